import { createRoute } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { actorNetwork, dyadSeries, searchActors, topActors } from '../../analytics/index.js';
import type { Level, Period } from '../../analytics/index.js';
import type { ServeContext } from '../context.js';
import { json } from '../openapi.js';
import { Actors, Dyad, NetworkBody, TopActors } from '../responses.js';
import { ActorSearchQuery, DyadQuery, NetworkQuery, TopQuery } from '../schemas.js';

const dyad = createRoute({
  method: 'get',
  path: '/api/dyad',
  summary: 'Cooperation and conflict between two actors per period, both directions (parley dyad)',
  request: { query: DyadQuery },
  responses: { 200: json(Dyad, 'Quad counts and Goldstein sum and mean per period') },
});

const network = createRoute({
  method: 'get',
  path: '/api/network',
  summary: 'Actors and the signed, weighted edges between them (parley network)',
  request: { query: NetworkQuery },
  responses: { 200: json(NetworkBody, 'Nodes and directed edges') },
});

const top = createRoute({
  method: 'get',
  path: '/api/actors/top',
  summary: 'The most active actors (parley actors top)',
  request: { query: TopQuery },
  responses: { 200: json(TopActors, 'Actors, most events first') },
});

const search = createRoute({
  method: 'get',
  path: '/api/actors',
  summary: 'Actor codes of the stored events by code prefix or name, most active first',
  request: { query: ActorSearchQuery },
  responses: { 200: json(Actors, 'Matching actor codes') },
});

/** Only the range filters the analytic questions take. */
function range(q: {
  from?: string | undefined;
  to?: string | undefined;
  type?: string | undefined;
}) {
  return {
    ...(q.from !== undefined ? { from: q.from } : {}),
    ...(q.to !== undefined ? { to: q.to } : {}),
    ...(q.type !== undefined ? { type: q.type } : {}),
  };
}

export function analyticsRoutes(app: OpenAPIHono, ctx: ServeContext): void {
  app.openapi(dyad, (c) => {
    const q = c.req.valid('query');
    const series = dyadSeries(
      ctx.db,
      q.a.toUpperCase(),
      q.b.toUpperCase(),
      q.by as Period,
      range(q),
    );
    return c.json(series, 200);
  });
  app.openapi(network, (c) => {
    const q = c.req.valid('query');
    return c.json(actorNetwork(ctx.db, { ...range(q), min: q.min, level: q.level as Level }), 200);
  });
  app.openapi(top, (c) => {
    const q = c.req.valid('query');
    const items = topActors(ctx.db, { ...range(q), limit: q.limit, level: q.level as Level });
    return c.json({ items }, 200);
  });
  app.openapi(search, (c) => {
    const q = c.req.valid('query');
    return c.json({ items: searchActors(ctx.db, q.q, q.limit) }, 200);
  });
}
