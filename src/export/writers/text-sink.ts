import { closeSync, createWriteStream, openSync } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { ParleyError } from '../../errors.js';
import type { Destination } from './types.js';

/** Text is handed to the stream in chunks of about this many characters. */
const CHUNK = 1 << 16;

/** Buffered text output with back-pressure, shared by the CSV and JSON lines writers. */
export interface TextSink {
  /** Appends text; a promise when the stream's buffer is full and it must drain first. */
  push(text: string): Promise<void> | undefined;
  finish(): Promise<void>;
}

/** Opens `file` now, so that a bad path is an error naming it before any row is read. */
function openFile(file: string): Writable {
  let fd: number;
  try {
    fd = openSync(file, 'w');
  } catch (cause) {
    throw new ParleyError(`cannot write the export: ${(cause as Error).message}`, {
      where: file,
      cause,
    });
  }
  try {
    return createWriteStream(file, { fd });
  } catch (cause) {
    closeSync(fd);
    throw cause;
  }
}

export function textSink(destination: Destination): TextSink {
  const owned = 'file' in destination;
  const stream = owned ? openFile(destination.file) : destination.stream;
  const where = owned ? destination.file : 'output';
  let failure: unknown = null;
  const onError = (error: unknown): void => {
    failure = error;
  };
  stream.on('error', onError);
  const check = (): void => {
    if (failure !== null) {
      throw new ParleyError(`cannot write the export: ${(failure as Error).message}`, {
        where,
        cause: failure,
      });
    }
  };
  let buffer = '';
  const flush = (): Promise<void> | undefined => {
    check();
    if (buffer === '') return undefined;
    const ok = stream.write(buffer);
    buffer = '';
    return ok ? undefined : once(stream, 'drain').then(check);
  };
  return {
    push(text) {
      buffer += text;
      return buffer.length >= CHUNK ? flush() : undefined;
    },
    async finish() {
      await flush();
      if (owned) {
        stream.end();
        await once(stream, 'finish');
      }
      stream.off('error', onError);
      check();
    },
  };
}
