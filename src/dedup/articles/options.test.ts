import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from './fingerprint.js';
import type { Fingerprint } from './fingerprint.js';
import { similarity } from './minhash.js';
import { DEDUP_OPTIONS } from './options.js';
import { readPairs } from './pairs.js';

const pairs = readPairs(join(import.meta.dirname, '../../../test/fixtures/near-duplicates'));
const fingerprints = createFingerprinter(DEDUP_OPTIONS);
const print = (text: string): Fingerprint => {
  const fp = fingerprints.of(text);
  if (!fp) throw new Error('fixture shorter than minWords');
  return fp;
};

describe('the near-duplicate threshold on the project-written pairs', () => {
  it('covers every kind of pair', () => {
    expect(new Set(pairs.map((p) => p.kind))).toEqual(
      new Set(['syndicated', 'rewrite', 'independent', 'unrelated']),
    );
  });

  it.each(pairs.map((p) => [p.kind, p.names[0], p.names[1], p] as const))(
    '%s: %s ~ %s',
    (kind, _a, _b, pair) => {
      const [a, b] = pair.texts.map(print) as [Fingerprint, Fingerprint];
      const s = similarity(a.signature, b.signature);
      const copy = kind === 'syndicated' || kind === 'rewrite';
      expect(s >= DEDUP_OPTIONS.threshold).toBe(copy);
      // Copies must also meet in the band index to be found at all.
      if (copy) expect(a.bands.some((h, k) => h === b.bands[k])).toBe(true);
    },
  );
});
