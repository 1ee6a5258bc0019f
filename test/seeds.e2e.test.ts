/**
 * The five scraped seed pages of ../shared/seeds through the whole `parley ingest`: what is
 * stored must be the news, never the page's boilerplate. Skipped when ../shared is absent.
 * Expectations quote only a few words of each page.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parley } from './cli-support.js';
import { HAS_SHARED, SHARED, needsShared } from './support.js';

interface StoredArticle {
  readonly id: string;
  readonly origin: string;
  readonly published: string | null;
  readonly sentences: readonly string[];
}

/** Boilerplate in the seed pages: navigation, ads, credits, banners, comments, footers. */
const MARKERS = [
  'Skip to',
  'Advertisement',
  'Bloomberg Terminal',
  'Image:',
  'Courtesy of',
  'Disclaimer',
  'copyright',
  'Articles by',
  'media inquiries',
  'Would love your thoughts',
  'Notify of',
  'Inline Feedbacks',
  'Joe Doe',
  'Concrete Mike',
  'RichardD',
  'Tommy Jensen',
  'talk is cheap',
  'Support SouthFront',
  'DAYS LEFT',
  '2,500 $',
  'ASSOCIATED PRESS',
  'Infografik',
  'dj/msh',
];

/** Per seed: the publication date and a few words of sentences that must be stored. */
const SEEDS: readonly (readonly [string, string | null, readonly string[]])[] = [
  [
    '000_573e73761c3ea316.txt',
    '2016-02-11',
    ['Foreign ministers from 17 nations', 'walked out of the talks'],
  ],
  [
    '001_4f6c05089ed85c55.txt',
    null,
    ['The failure surprised USA officials', 'Caught in the middle'],
  ],
  ['002_a3d8366b8ce0ad3d.txt', '2014-02-01', ['pressed the U.S. and Russia', 'Ban said that']],
  [
    '003_70b95a2f9ee432e5.txt',
    null,
    ['Idlib is the only Syrian province', 'Turkey deployed additional troops'],
  ],
  [
    '004_c61f6c06034c5320.txt',
    null,
    ['in a phone conversation late Friday', 'also exchanged views'],
  ],
];

describe.skipIf(!HAS_SHARED)(needsShared('the seed pages through parley ingest'), () => {
  let dir: string;
  const stored = new Map<string, StoredArticle>();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parley-seeds-'));
    const db = join(dir, 'seeds.db');
    const run = await parley('ingest', join(SHARED, 'seeds'), '--db', db);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^ingest: 5 articles \(5 added,/);
    const listed = await parley('articles', '--json', '--db', db);
    for (const line of listed.out.split('\n').filter((l) => l !== '')) {
      const a = JSON.parse(line) as { id: string; origin: string; published: string | null };
      const show = await parley('show', a.id, '--json', '--db', db);
      const full = JSON.parse(show.out) as { sentenceList: { text: string }[] };
      const name = a.origin.split('/').at(-1) ?? a.origin;
      stored.set(name, { ...a, sentences: full.sentenceList.map((s) => s.text) });
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stores one article per seed', () => {
    expect([...stored.keys()].sort()).toEqual(SEEDS.map(([file]) => file));
  });

  it.each(SEEDS)('%s: published %s', (file, published) => {
    expect(stored.get(file)?.published).toBe(published);
  });

  it.each(SEEDS)('%s: the news sentences are stored', (file, _published, quotes) => {
    const sentences = stored.get(file)?.sentences ?? [];
    for (const quote of quotes)
      expect(
        sentences.filter((s) => s.includes(quote)),
        quote,
      ).toHaveLength(1);
  });

  it.each(MARKERS)('no stored sentence contains "%s"', (marker) => {
    const hits = [...stored.values()].flatMap((a) =>
      a.sentences
        .filter((s) => s.toLowerCase().includes(marker.toLowerCase()))
        .map((s) => `${a.origin}: ${s}`),
    );
    expect(hits).toEqual([]);
  });
});
