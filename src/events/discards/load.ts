import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ParleyError } from '../../errors.js';
import { parseDiscards } from './parse.js';
import type { Discard } from './parse.js';

/** Reads a discard file, naming it in any error. */
export function readDiscards(path: string, label: string = path): Discard[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new ParleyError(`cannot read discard list: ${(e as Error).message}`, {
      where: label,
      cause: e,
    });
  }
  return parseDiscards(text, label);
}

/** data/discards.txt, Parley's own list. */
export function loadDiscards(dataDir: string): Discard[] {
  return readDiscards(join(dataDir, 'discards.txt'), 'data/discards.txt');
}
