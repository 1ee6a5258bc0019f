/** Running the `parley` command in process for tests: `main(argv, io)` with collecting streams. */
import { Writable } from 'node:stream';
import { main } from '../src/cli/main.js';
import type { Io } from '../src/cli/output.js';

export interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

function collector(): { stream: Writable & { isTTY: boolean }; text: () => string } {
  const chunks: string[] = [];
  const stream = Object.assign(
    new Writable({
      write(chunk: Buffer | string, _encoding, done) {
        chunks.push(String(chunk));
        done();
      },
    }),
    { isTTY: false },
  );
  return { stream, text: () => chunks.join('') };
}

/** Runs `parley …argv` with stdout and stderr captured (neither is a terminal). */
export async function parley(...argv: string[]): Promise<Run> {
  const out = collector();
  const err = collector();
  const io: Io = { out: out.stream, err: err.stream, stdinIsTTY: false };
  const code = await main(argv, io);
  return { code, out: out.text(), err: err.text() };
}

export const lines = (text: string): string[] => text.split('\n').filter((l) => l !== '');

export const jsonLines = (text: string): Record<string, unknown>[] =>
  lines(text).map((l) => JSON.parse(l) as Record<string, unknown>);
