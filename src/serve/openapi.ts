import type { z } from '@hono/zod-openapi';
import { ErrorBody } from './schemas.js';

/** A JSON response in a route's description. */
export function json<T extends z.ZodType>(schema: T, description: string) {
  return { content: { 'application/json': { schema } }, description };
}

export const notFound = json(ErrorBody, 'No such id');
export const badRequest = json(ErrorBody, 'An invalid field, named in the error');
