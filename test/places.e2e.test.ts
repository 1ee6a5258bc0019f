/**
 * `parley places` end to end: explaining the places a text names, and listing them with
 * character offsets for JSON lines, bad lines included.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonLines, lines, parley } from './cli-support.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parley-places-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parley places', () => {
  it('resolve explains each place: the one chosen, its use and why', async () => {
    const run = await parley(
      'places',
      'resolve',
      'Kerry met Lavrov in Geneva on Syria. Moscow said so.',
    );
    expect(run.code).toBe(0);
    const out = lines(run.out);
    expect(out.find((l) => l.includes('Geneva'))).toMatch(
      /Genève\s+CHE .* location .*aliases\.tsv/,
    );
    expect(out.find((l) => l.startsWith('2'))).toMatch(/Moscow\s+Moscow\s+RUS .* actor /);
    expect(out.at(-1)).toBe('3 place mention(s)');
  });

  it('--jsonl prints every place with offsets into the text, and an error line for a bad one', async () => {
    const file = join(dir, 'in.jsonl');
    const text = 'Talks in Geneva on Syria. Fighting near Idlib province.';
    writeFileSync(file, `${JSON.stringify({ id: 'a', text })}\nnot json\n`);
    const run = await parley('places', '--jsonl', file);
    expect(run.code).toBe(1);
    const [a, bad] = jsonLines(run.out);
    const places = (a?.places ?? []) as {
      text: string;
      start: number;
      end: number;
      country: string;
    }[];
    expect(places.map((p) => [p.text, p.country])).toEqual([
      ['Geneva', 'CHE'],
      ['Syria', 'SYR'],
      ['Idlib province', 'SYR'],
    ]);
    for (const p of places) expect(text.slice(p.start, p.end)).toBe(p.text);
    expect(bad).toMatchObject({ id: null, error: expect.stringContaining('in.jsonl:2') });
    expect(run.err).toContain('in.jsonl:2: malformed JSON');
  });
});
