import { timingSafeEqual } from 'node:crypto';
import { createRoute } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { readOptions } from '../../ingest/index.js';
import { ingestAll } from '../../run.js';
import type { ServeContext } from '../context.js';
import { apiError } from '../errors.js';
import { badRequest, json } from '../openapi.js';
import { Coded, Ingested } from '../responses.js';
import { CodeBody, ErrorBody, IngestBody } from '../schemas.js';

const code = createRoute({
  method: 'post',
  path: '/api/code',
  summary: 'Code text without storing it (parley code): events with why each was coded',
  request: { body: { content: { 'application/json': { schema: CodeBody } }, required: true } },
  responses: {
    200: json(Coded, 'The coded events, and the sentences a discard kept from being coded'),
    400: badRequest,
    413: json(ErrorBody, 'Body over the size limit'),
  },
});

const ingest = createRoute({
  method: 'post',
  path: '/api/ingest',
  summary: 'Store articles (parley ingest); off unless the server has an ingest token',
  request: { body: { content: { 'application/json': { schema: IngestBody } }, required: true } },
  responses: {
    200: json(Ingested, 'What was stored; failed articles by index'),
    400: badRequest,
    403: json(ErrorBody, 'Ingest is off, or the bearer token is wrong'),
    413: json(ErrorBody, 'Body over the size limit'),
  },
});

/** Whether the request carries the bearer token, compared in constant time. */
function authorised(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.replace(/^Bearer\s+/i, '') ?? '');
  const wanted = Buffer.from(token);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

export function codeRoutes(app: OpenAPIHono, ctx: ServeContext): void {
  app.openapi(code, (c) => {
    const { text, published } = c.req.valid('json');
    return c.json(ctx.pipeline().codeText('1', text, published ?? null), 200);
  });
  app.openapi(ingest, async (c) => {
    if (ctx.ingestToken === null) {
      return apiError(
        c,
        403,
        'ingest is off: start parley serve with --ingest-token TOKEN (or PARLEY_INGEST_TOKEN)',
      );
    }
    if (!authorised(c.req.header('Authorization'), ctx.ingestToken)) {
      return apiError(c, 403, 'wrong or missing bearer token (Authorization: Bearer TOKEN)');
    }
    const { articles } = c.req.valid('json');
    const failed: { index: number; error: string }[] = [];
    const { config } = ctx;
    const totals = await ingestAll(
      {
        items: [{ kind: 'lines', lines: articles.map((a) => JSON.stringify(a)), display: 'api' }],
        missing: [],
        skipped: [],
      },
      ctx.db,
      ctx.pipeline(),
      readOptions(config, { format: 'jsonl' }),
      {
        onFailure: (f) => {
          const line = /:(\d+)$/.exec(f.origin);
          failed.push({ index: line ? Number(line[1]) - 1 : -1, error: f.reason });
        },
      },
    );
    const { added, replaced, unchanged, duplicates } = totals;
    return c.json({ added, replaced, unchanged, duplicates, failed }, 200);
  });
}
