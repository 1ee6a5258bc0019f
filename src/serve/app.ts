import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { packageVersion } from '../data/index.js';
import { errorMessage } from '../errors.js';
import { SCHEMA_VERSION, storeCounts } from '../store/index.js';
import type { ServeContext } from './context.js';
import { apiError, invalidInput } from './errors.js';
import { securityHeaders } from './headers.js';
import { json } from './openapi.js';
import { Health } from './responses.js';
import { analyticsRoutes } from './routes/analytics.js';
import { articleRoutes } from './routes/articles.js';
import { codeRoutes } from './routes/code.js';
import { eventRoutes } from './routes/events.js';
import { typeRoutes } from './routes/types.js';
import { serveWeb } from './static.js';

/** Largest request bodies: a paragraph to code, a batch of articles to ingest. */
export const CODE_LIMIT_BYTES = 1024 * 1024;
export const INGEST_LIMIT_BYTES = 20 * 1024 * 1024;

export interface AppOptions extends ServeContext {
  /** The dashboard's built files (dist/web). */
  readonly webRoot: string;
  /** Where server errors are logged (stderr). */
  readonly log: (message: string) => void;
}

const health = createRoute({
  method: 'get',
  path: '/api/health',
  summary: 'Version and store counts',
  responses: { 200: json(Health, 'The server is up') },
});

function limit(maxSize: number) {
  return bodyLimit({
    maxSize,
    onError: (c) => apiError(c, 413, `request body over the ${maxSize}-byte limit`),
  });
}

/**
 * The HTTP API and the dashboard's files. Requests are validated against the schemas of
 * the OpenAPI document (`/api/openapi.json`); every error is JSON naming what was wrong.
 */
export function createApp(options: AppOptions): OpenAPIHono {
  const app = new OpenAPIHono({
    defaultHook: (result, c) => (result.success ? undefined : invalidInput(c, result.error.issues)),
  });
  app.use('*', securityHeaders);
  app.use('/api/code', limit(CODE_LIMIT_BYTES));
  app.use('/api/ingest', limit(INGEST_LIMIT_BYTES));
  app.openapi(health, (c) =>
    c.json({ version: packageVersion(), schema: SCHEMA_VERSION, ...storeCounts(options.db) }, 200),
  );
  eventRoutes(app, options);
  analyticsRoutes(app, options);
  articleRoutes(app, options);
  codeRoutes(app, options);
  typeRoutes(app, options);
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Parley',
      version: packageVersion(),
      description: 'Political event data: events, reports, actors, dyads, networks, articles.',
    },
  });
  app.all('/api/*', (c) => apiError(c, 404, `no route ${c.req.method} ${c.req.path}`));
  app.get('*', serveWeb(options.webRoot));
  app.notFound((c) => apiError(c, 404, `no route ${c.req.method} ${c.req.path}`));
  app.onError((error, c) => {
    // Hono's own refusals, such as a body that is not JSON.
    if (error instanceof HTTPException && error.status < 500) {
      return apiError(c, error.status as ContentfulStatusCode, error.message);
    }
    options.log(`parley serve: ${c.req.method} ${c.req.path}: ${errorMessage(error)}`);
    return apiError(c, 500, 'internal error (logged by the server)');
  });
  return app;
}
