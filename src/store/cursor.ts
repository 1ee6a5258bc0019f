import { ParleyError } from '../errors.js';

/** Where a page ended: its last row's sort key and id (keyset pagination). */
export type Position = readonly [key: string | number, id: string];

export function encodeCursor(position: Position): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

export function decodeCursor(cursor: string): Position {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    value = null;
  }
  if (
    Array.isArray(value) &&
    value.length === 2 &&
    (typeof value[0] === 'string' || typeof value[0] === 'number') &&
    typeof value[1] === 'string'
  ) {
    return [value[0], value[1]];
  }
  throw new ParleyError(`invalid cursor "${cursor}" (pass back the "next" of the previous page)`);
}
