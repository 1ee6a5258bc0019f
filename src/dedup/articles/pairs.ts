import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ParleyError } from '../../errors.js';

/** Kinds of article pairs the threshold is chosen on; the first two must be linked. */
export const PAIR_KINDS = ['syndicated', 'rewrite', 'independent', 'unrelated'] as const;
export type PairKind = (typeof PAIR_KINDS)[number];

export interface ArticlePair {
  readonly kind: PairKind;
  readonly names: readonly [string, string];
  readonly texts: readonly [string, string];
}

/** Reads a pairs file (`kind<TAB>file<TAB>file` lines, `#` comments) and the files it names. */
export function readPairs(dir: string, file = 'pairs.tsv'): ArticlePair[] {
  const path = join(dir, file);
  return readFileSync(path, 'utf8')
    .split('\n')
    .flatMap((line, k) => {
      if (line.trim() === '' || line.startsWith('#')) return [];
      const [kind, a, b] = line.split('\t');
      if (!PAIR_KINDS.includes(kind as PairKind) || !a || !b)
        throw new ParleyError(`expected "kind<TAB>file<TAB>file", got "${line}"`, {
          where: `${path}:${k + 1}`,
        });
      const read = (name: string): string => readFileSync(join(dir, name), 'utf8');
      return [{ kind: kind as PairKind, names: [a, b], texts: [read(a), read(b)] } as const];
    });
}
