import { createRoute, z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { findArticle, pageArticles } from '../../store/index.js';
import { articleView } from '../article-view.js';
import type { ServeContext } from '../context.js';
import { apiError, asBadRequest } from '../errors.js';
import { badRequest, json, notFound } from '../openapi.js';
import { ArticleBody, Articles } from '../responses.js';
import { ArticlesQuery } from '../schemas.js';

const list = createRoute({
  method: 'get',
  path: '/api/articles',
  summary: 'Stored articles without their text, by publication date, paginated',
  request: { query: ArticlesQuery },
  responses: { 200: json(Articles, 'A page of articles'), 400: badRequest },
});

const one = createRoute({
  method: 'get',
  path: '/api/articles/{id}',
  summary: 'An article for the reader: cleaned text, spans, removed lines, coded mentions',
  request: {
    params: z.object({
      id: z.string().regex(/^[0-9a-f]{4,64}$/, 'expected an article id or id prefix (4+ hex)'),
    }),
  },
  responses: { 200: json(ArticleBody, 'The article'), 400: badRequest, 404: notFound },
});

export function articleRoutes(app: OpenAPIHono, ctx: ServeContext): void {
  app.openapi(list, (c) => {
    const { limit, cursor } = c.req.valid('query');
    const page = asBadRequest(
      () => pageArticles(ctx.db, { limit, ...(cursor !== undefined ? { cursor } : {}) }),
      'cursor',
    );
    if ('error' in page) return apiError(c, 400, page.error.message, page.field);
    return c.json(page, 200);
  });
  app.openapi(one, (c) => {
    const { id } = c.req.valid('param');
    const article = asBadRequest(() => findArticle(ctx.db, id), 'id');
    if (article !== null && 'error' in article) {
      return apiError(c, 400, article.error.message, article.field);
    }
    if (article === null) return apiError(c, 404, `no article ${id}`);
    return c.json(articleView(ctx.db, ctx.pipeline(), article), 200);
  });
}
