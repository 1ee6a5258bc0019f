/**
 * The PETRARCH verb dictionaries of ../shared/ref/petrarch2 through the importer: what
 * each holds, the handful of lines Parley cannot read (each naming its line), and the
 * codes Parley's ontology lacks.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HAS_SHARED, SHARED, fixtures, needsShared } from '../../../test/support.js';
import { importVerbDictionary, withImportedVerbs } from './index.js';

const dir = join(SHARED, 'ref', 'petrarch2');

describe.skipIf(!HAS_SHARED)(needsShared('PETRARCH verb dictionaries'), () => {
  it.each([
    // file, synsets, blocks, verbs, pattern lines, Parley patterns, problems, codes not in CAMEO
    ['CAMEO.2.0.txt', 40, 397, 1817, 4663, 10386, 13, 3],
    ['PETR.Validate.verbs.txt', 17, 261, 269, 469, 681, 9, 41],
  ])(
    '%s: %i synsets, %i blocks, %i verbs, %i pattern lines → %i patterns, %i problems, %i new codes',
    (name, synsets, blocks, verbs, patternLines, patterns, problems, newCodes) => {
      const path = join(dir, name);
      const d = importVerbDictionary(path);
      expect(d.counts).toMatchObject({ synsets, blocks, verbs, patternLines, patterns });
      expect(d.patterns).toHaveLength(patterns);
      expect(d.problems).toHaveLength(problems);
      for (const p of d.problems) expect(p.where).toMatch(new RegExp(`^${path}:\\d+$`));
      const merged = withImportedVerbs(fixtures().knowledge.coder, [d]);
      expect(merged.warnings).toHaveLength(newCodes);
      expect(merged.coder.patterns.size).toBe(fixtures().knowledge.coder.patterns.size + patterns);
    },
  );

  it('reports the lines of CAMEO.2.0.txt it cannot read', () => {
    const { problems } = importVerbDictionary(join(dir, 'CAMEO.2.0.txt'));
    const at = (p: { where?: string | undefined; detail: string }): string =>
      `${(p.where ?? '').replace(/^.*:/, '')} ${p.detail}`;
    expect(problems.map(at)).toEqual([
      '2374 ")" without "("',
      '5787 invalid code "[080!]"; pattern ignored',
      '7606 ")" without "("',
      '8443 undefined synset &WEATHER; pattern ignored',
      '8444 undefined synset &DEMONSTRATION; pattern ignored',
      ...[9178, 9179, 9180, 9181, 9183, 9184, 9185, 9186].map(
        (n) => `${n} transformations ("~") are not supported; line ignored`,
      ),
    ]);
  });

  it('counts the PETRARCH features each file uses', () => {
    const features = (name: string) => importVerbDictionary(join(dir, name)).counts.features;
    expect(features('CAMEO.2.0.txt')).toEqual({
      synset: 851,
      phrase: 659,
      preposition: 1093,
      alternatives: 9,
      before: 319,
      sourceBefore: 5,
      targetBefore: 8,
      compoundBefore: 1,
      source: 12,
      target: 63,
      skip: 28,
      pairedCode: 436,
      nullCode: 167,
      multiWordVerb: 129,
      irregularForms: 315,
      transformation: 8,
    });
    expect(features('PETR.Validate.verbs.txt')).toEqual({
      synset: 41,
      before: 174,
      sourceBefore: 9,
      targetBefore: 19,
      compoundBefore: 12,
      source: 14,
      target: 9,
      compound: 3,
      skip: 10,
      pairedCode: 9,
      nullCode: 5,
      multiWordVerb: 8,
      irregularForms: 8,
    });
  });
});
