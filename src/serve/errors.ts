import type { Context } from 'hono';
import { ParleyError } from '../errors.js';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** Every error the API answers: `{"error": {"status", "message", "field"?}}`. */
export interface ApiError {
  readonly error: { readonly status: number; readonly message: string; readonly field?: string };
}

export function apiError<S extends ContentfulStatusCode>(
  c: Context,
  status: S,
  message: string,
  field?: string,
) {
  const error: ApiError['error'] =
    field === undefined ? { status, message } : { status, message, field };
  return c.json({ error }, status);
}

/** The first problem zod found, as a 400 naming its field. */
export function invalidInput(
  c: Context,
  issues: readonly { readonly path: readonly PropertyKey[]; readonly message: string }[],
): Response {
  const issue = issues[0];
  const field = issue?.path.map(String).join('.') ?? '';
  const message = issue ? `${field || 'request'}: ${issue.message}` : 'invalid request';
  return apiError(c, 400, message, field || undefined);
}

/**
 * Runs a store call whose ParleyError means the client's input was at fault (a bad cursor,
 * an id prefix naming several articles): the error is returned, with the field to name.
 */
export function asBadRequest<T>(
  run: () => T,
  field: string,
): T | { readonly error: ParleyError; readonly field: string } {
  try {
    return run();
  } catch (error) {
    if (error instanceof ParleyError) return { error, field };
    throw error;
  }
}
