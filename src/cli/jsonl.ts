import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { errorMessage, ParleyError } from '../errors.js';
import { line } from './output.js';
import type { Io } from './output.js';

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
