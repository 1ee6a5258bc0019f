import { errorMessage, ParleyError } from '../errors.js';

/**
 * Parses one line of JSON that must be an object (a JSONL record); throws a ParleyError
 * naming `where` (when given) with "malformed JSON (…)" or `notObject`.
 */
export function parseJsonObject(
  raw: string,
  notObject: string,
  where?: string,
): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (cause) {
    throw new ParleyError(`malformed JSON (${errorMessage(cause)})`, { where, cause });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ParleyError(notObject, { where });
  }
  return value as Record<string, unknown>;
}
