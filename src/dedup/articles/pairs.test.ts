import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readPairs } from './pairs.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-pairs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, 'a.txt'), 'first');
writeFileSync(join(dir, 'b.txt'), 'second');

describe('readPairs', () => {
  it('reads kind, names and texts, skipping comments and blank lines', () => {
    writeFileSync(join(dir, 'ok.tsv'), '# kind\tfirst\tsecond\n\nrewrite\ta.txt\tb.txt\n');
    expect(readPairs(dir, 'ok.tsv')).toEqual([
      { kind: 'rewrite', names: ['a.txt', 'b.txt'], texts: ['first', 'second'] },
    ]);
  });

  it.each([
    ['an unknown kind', 'copy\ta.txt\tb.txt'],
    ['a missing file name', 'rewrite\ta.txt'],
  ])('names the line of %s', (_name, line) => {
    writeFileSync(join(dir, 'bad.tsv'), `# pairs\n${line}\n`);
    expect(() => readPairs(dir, 'bad.tsv')).toThrow(
      /bad\.tsv:2: expected "kind<TAB>file<TAB>file"/,
    );
  });
});
