/**
 * Every example written next to a pattern in data/verbs/ (`# ex: sentence [=> SRC TGT]`)
 * is coded, undated, with the built-in actors: the pattern must fire on it, with the
 * source and target codes when they are given. Format: data/README.md.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR } from '../../data/index.js';
import { events } from '../../../test/support.js';
import { parseExample } from './examples.js';

const dir = join(DEFAULT_DATA_DIR, 'verbs');
const examples = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .flatMap((f) =>
    readFileSync(join(dir, f), 'utf8')
      .split('\n')
      .map((line, n) => parseExample(line, `data/verbs/${f}:${n + 1}`))
      .filter((x) => x !== null),
  );

describe('pattern examples in data/verbs', () => {
  it('has examples to check', () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  it.each(examples.map((x) => [x.where, x] as const))('%s', (_where, x) => {
    const all = events(x.sentence);
    // A `---` pattern codes nothing: its example must give no event at all.
    if (x.none) {
      expect(all.map((e) => e.rule)).toEqual([]);
      return;
    }
    const coded = all.filter((e) => e.why.pattern === x.where);
    const got = coded.map((e) => `${e.source.code} ${e.target?.code || '-'}`);
    if (x.actors) expect(got).toContain(x.actors);
    else expect(got.length, `no event from ${x.where} in "${x.sentence}"`).toBeGreaterThan(0);
  });
});

describe('parseExample', () => {
  it.each([
    [
      '112 accuse +T of  # ex: Turkey accused Russia of lying.',
      'Turkey accused Russia of lying.',
      null,
    ],
    ['040 meet +T  # ex: Iran met Iraq. => IRN IRQ', 'Iran met Iraq.', 'IRN IRQ'],
    ['112 accuse +T  # "Turkey accused Russia of …"', null, null],
    ['# ex: a comment line is not an example', null, null],
  ])('%s', (line, sentence, actors) => {
    const x = parseExample(line, 'f:1');
    expect(x ? [x.sentence, x.actors] : [null, null]).toEqual([sentence, actors]);
  });
});
