import { describe, expect, it } from 'vitest';
import { createFingerprinter } from './fingerprint.js';
import { DEDUP_OPTIONS } from './options.js';

const fingerprints = createFingerprinter(DEDUP_OPTIONS);
const TEXT = Array.from({ length: 40 }, (_, k) => `Word${k}`).join(' ');

describe('fingerprints', () => {
  it('are the same for the same text, and for its case and spacing variants', () => {
    expect(fingerprints.of(TEXT)).toEqual(
      fingerprints.of(TEXT.toUpperCase().replace(/ /g, ' \n ')),
    );
  });

  it('carry the band hashes of their signature', () => {
    const fp = fingerprints.of(TEXT);
    expect(fp?.signature).toHaveLength(128);
    expect(fp?.bands).toHaveLength(42);
    expect(fp && fingerprints.bandsOf(fp.signature)).toEqual(fp?.bands);
  });

  it.each([
    ['no words', ''],
    ['fewer than minWords words', 'Russia and Turkey agreed on a ceasefire in Sochi.'],
  ])('are null for %s', (_name, short) => expect(fingerprints.of(short)).toBeNull());

  it('refuse options whose bands need more values than the signature has', () => {
    expect(() => createFingerprinter({ ...DEDUP_OPTIONS, bands: 43 })).toThrow(
      /43 bands × 3 rows exceed 128 permutations/,
    );
  });
});
