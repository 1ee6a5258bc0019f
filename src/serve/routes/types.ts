import { createRoute } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { loadOntology, PLOVER_TYPE_NAMES } from '../../events/index.js';
import type { ServeContext } from '../context.js';
import { json } from '../openapi.js';
import { Types } from '../responses.js';

const types = createRoute({
  method: 'get',
  path: '/api/types',
  summary: 'The event types a filter takes: PLOVER types and CAMEO roots (data/ontology)',
  responses: { 200: json(Types, 'PLOVER types and CAMEO root codes with names') },
});

export function typeRoutes(app: OpenAPIHono, ctx: ServeContext): void {
  const roots = [...loadOntology(ctx.config.dataDir).values()]
    .filter((c) => c.code.length === 2)
    .map(({ code, name }) => ({ code, name }));
  app.openapi(types, (c) => c.json({ plover: [...PLOVER_TYPE_NAMES], cameoRoots: roots }, 200));
}
