import { createRoute } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { mapPoints, timelineSeries } from '../../analytics/index.js';
import type { Period } from '../../analytics/index.js';
import { findCluster, pageClusters, reportsOf } from '../../store/index.js';
import type { ClusterSort } from '../../store/index.js';
import type { ServeContext } from '../context.js';
import { apiError, asBadRequest } from '../errors.js';
import { clusterFilter } from '../filters.js';
import { badRequest, json, notFound } from '../openapi.js';
import { EventDetail, EventPage, MapBody, Timeline } from '../responses.js';
import { EventsQuery, FilterQuery, IdParam, TimelineQuery } from '../schemas.js';

const list = createRoute({
  method: 'get',
  path: '/api/events',
  summary: 'Events (each once, with how widely it was reported), filtered, sorted, paginated',
  request: { query: EventsQuery },
  responses: {
    200: json(EventPage, 'A page of events and the cursor of the next'),
    400: badRequest,
  },
});

const one = createRoute({
  method: 'get',
  path: '/api/events/{id}',
  summary: 'One event with every mention: sentence, article, outlet, rule and why',
  request: { params: IdParam },
  responses: { 200: json(EventDetail, 'The event and its reports'), 404: notFound },
});

const timeline = createRoute({
  method: 'get',
  path: '/api/timeline',
  summary: 'Events per day, week or month, by quad class (negated and hypothetical left out)',
  request: { query: TimelineQuery },
  responses: { 200: json(Timeline, 'Counts per period') },
});

const map = createRoute({
  method: 'get',
  path: '/api/map',
  summary: 'Events with a location, grouped by place',
  request: { query: FilterQuery },
  responses: { 200: json(MapBody, 'One point per place') },
});

export function eventRoutes(app: OpenAPIHono, ctx: ServeContext): void {
  app.openapi(list, (c) => {
    const q = c.req.valid('query');
    const { sort, limit, cursor } = q;
    const page = asBadRequest(
      () =>
        pageClusters(ctx.db, clusterFilter(q), {
          sort: sort as ClusterSort,
          limit,
          ...(cursor !== undefined ? { cursor } : {}),
        }),
      'cursor',
    );
    if ('error' in page) return apiError(c, 400, page.error.message, page.field);
    return c.json(page, 200);
  });
  app.openapi(one, (c) => {
    const { id } = c.req.valid('param');
    const event = findCluster(ctx.db, id);
    if (!event) return apiError(c, 404, `no event ${id}`);
    return c.json({ event, reports: reportsOf(ctx.db, id) }, 200);
  });
  app.openapi(timeline, (c) => {
    const q = c.req.valid('query');
    return c.json(timelineSeries(ctx.db, clusterFilter(q), q.by as Period), 200);
  });
  app.openapi(map, (c) =>
    c.json({ points: mapPoints(ctx.db, clusterFilter(c.req.valid('query'))) }, 200),
  );
}
