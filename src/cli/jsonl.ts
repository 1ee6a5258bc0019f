import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseJsonObject } from '../data/index.js';
import { errorMessage, ParleyError } from '../errors.js';
import { line } from './output.js';
import type { Io } from './output.js';

/**
 * One input line `{"id", "text", …}`: its id (a string or number), its text and the
 * whole object; an error naming `where` when either is missing. `shape` is written in
 * the error for a line that is not a JSON object.
 */
export function idAndText(
  raw: string,
  where: string,
  shape: string,
): { id: string; text: string; fields: Record<string, unknown> } {
  const fields = parseJsonObject(raw, `expected a JSON object ${shape}`, where);
  const id =
    typeof fields.id === 'string' || typeof fields.id === 'number' ? String(fields.id) : null;
  if (id === null) throw new ParleyError('missing "id"', { where });
  if (typeof fields.text !== 'string')
    throw new ParleyError(`missing "text" for id ${id}`, { where });
  return { id, text: fields.text, fields };
}

/**
 * Reads JSON lines from FILE or `-` (stdin) and prints, for each non-blank line, what
 * `each` makes of it; a line it throws on prints `{"id", "error"}` (and the error on
 * stderr) and the run goes on. Returns the exit code: 1 when a line failed.
 */
export async function eachJsonLine(
  source: string,
  io: Io,
  each: (raw: string, where: string) => string,
): Promise<number> {
  const input = source === '-' ? process.stdin : createReadStream(source);
  let failed = 0;
  let n = 0;
  try {
    for await (const raw of createInterface({ input, crlfDelay: Infinity })) {
      n++;
      if (raw.trim() === '') continue;
      try {
        line(io.out, each(raw, `${source}:${n}`));
      } catch (error) {
        failed++;
        const id = /"id"\s*:\s*"?([^",}]+)/.exec(raw)?.[1] ?? null;
        line(io.out, JSON.stringify({ id, error: errorMessage(error) }));
        line(io.err, `parley: ${errorMessage(error)}`);
      }
    }
  } catch (error) {
    throw new ParleyError(`cannot read: ${errorMessage(error)}`, { where: source, cause: error });
  }
  return failed > 0 ? 1 : 0;
}
