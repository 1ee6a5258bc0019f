/**
 * Near-duplicate articles through `parley ingest`: syndicated copies and light rewrites are
 * stored, linked to their original and shown as such; independent reports stay apart; an
 * exact copy from the same (unknown) outlet is skipped; ingesting again changes nothing.
 * Inputs are built in a temporary folder from test/fixtures/near-duplicates.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/store/index.js';
import { jsonLines, parley } from './cli-support.js';

const FIXTURES = join(import.meta.dirname, 'fixtures/near-duplicates');
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

/** key (url) → [fixture, outlet, published] */
const RECORDS = [
  ['https://wire.example/sochi', 'sochi.txt', 'Wire', '2026-10-01'],
  ['https://post.example/sochi', 'sochi-syndicated.txt', 'Post', '2026-10-02'],
  ['https://gazette.example/sochi', 'sochi-rewrite-words.txt', 'Gazette', '2026-10-02'],
  ['https://herald.example/sochi', 'sochi-independent.txt', 'Herald', '2026-10-01'],
  ['https://wire.example/vienna', 'vienna.txt', 'Wire', '2026-10-03'],
  // Published before the Wire story it copies: it becomes the original of that group.
  ['https://post.example/vienna', 'vienna-syndicated.txt', 'Post', '2026-10-02'],
] as const;

interface Row {
  id: string;
  key: string;
  origin: string;
  copyOf: string | null;
  similarity: number | null;
  copies: number;
}

let root: string;
let db: string;
let input: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'parley-dedup-'));
  db = join(root, 'parley.db');
  input = join(root, 'in');
  mkdirSync(join(input, 'again'), { recursive: true });
  writeFileSync(
    join(input, 'news.jsonl'),
    RECORDS.map(([url, file, outlet, published]) =>
      JSON.stringify({ url, outlet, published, text: fixture(file) }),
    ).join('\n'),
  );
  // The same file twice, no outlet known: the second is a duplicate, not stored.
  writeFileSync(join(input, 'minsk.txt'), fixture('minsk.txt'));
  writeFileSync(join(input, 'again', 'minsk.txt'), fixture('minsk.txt'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function rows(): Promise<Row[]> {
  const run = await parley('articles', '--json', '--db', db);
  expect(run.code).toBe(0);
  return jsonLines(run.out) as unknown as Row[];
}

/** Events clustered across reports count the copies among their articles, up to date. */
function expectCopiesCounted(): void {
  const store = openDatabase(db, { readonly: true });
  try {
    const counts = store
      .prepare(
        `SELECT c.copies AS stored, (SELECT COUNT(DISTINCT e.article_id) FROM events e
           JOIN articles a ON a.id = e.article_id
           WHERE e.cluster_id = c.id AND a.copy_of IS NOT NULL) AS actual
         FROM clusters c`,
      )
      .all() as { stored: number; actual: number }[];
    expect(counts.reduce((n, c) => n + c.actual, 0)).toBeGreaterThan(0);
    expect(counts.filter((c) => c.stored !== c.actual)).toEqual([]);
  } finally {
    store.close();
  }
}

describe('parley ingest: near-duplicate articles', () => {
  it('stores copies linked to the original and counts them', async () => {
    const run = await parley('ingest', input, '--db', db);
    expect(run.err).toBe('');
    expect(run.out).toMatch(
      /^ingest: 8 articles \(7 added, 0 replaced, 0 unchanged, 1 duplicates, 2 copies\), /,
    );
    const byKey = new Map((await rows()).map((r) => [r.key, r]));
    const id = (key: string): string | undefined => byKey.get(key)?.id;
    const link = (key: string): [string | null | undefined, string | undefined] => [
      byKey.get(key)?.copyOf,
      byKey.get(key)?.similarity?.toFixed(2),
    ];
    expect(link('https://post.example/sochi')).toEqual([id('https://wire.example/sochi'), '1.00']);
    expect(link('https://gazette.example/sochi')).toEqual([
      id('https://wire.example/sochi'),
      '0.84',
    ]);
    expect(link('https://herald.example/sochi')).toEqual([null, undefined]);
    // Re-pointed: the earlier Post copy is the original, the Wire story its copy.
    expect(link('https://wire.example/vienna')).toEqual([
      id('https://post.example/vienna'),
      '1.00',
    ]);
    expect(link('https://post.example/vienna')).toEqual([null, undefined]);
    expect(byKey.get('https://wire.example/sochi')?.copies).toBe(2);
    expect(byKey.size).toBe(7);
    expectCopiesCounted();
  });

  it('shows copies in parley articles, parley show and parley summary', async () => {
    const original = (await rows()).find((r) => r.key === 'https://wire.example/sochi');
    const list = await parley('articles', '--db', db);
    expect(list.out).toContain(`copy of ${original?.id} (1.00)`);
    const show = await parley('show', 'https://post.example/sochi', '--db', db);
    expect(show.out).toMatch(new RegExp(`^copy of +${original?.id} \\(1\\.00\\)$`, 'm'));
    const shown = await parley('show', 'https://wire.example/sochi', '--db', db);
    expect(shown.out).toMatch(/^copies +2 near-duplicate article\(s\)/m);
    const summary = await parley('summary', '--db', db);
    expect(summary.out).toMatch(/^near-duplicate copies: 3 articles copy 2 others/m);
  });

  it('changes nothing when the same input is ingested again', async () => {
    const before = await rows();
    const run = await parley('ingest', input, '--db', db);
    expect(run.out).toMatch(
      /^ingest: 8 articles \(0 added, 0 replaced, 7 unchanged, 1 duplicates, 0 copies\), /,
    );
    expect(await rows()).toEqual(before);
  });

  it('re-points a group to an older copy ingested later, and recounts its events', async () => {
    const later = join(root, 'later.jsonl');
    const record = {
      url: 'https://daily.example/sochi',
      outlet: 'Daily',
      published: '2026-09-30',
      text: fixture('sochi-rewrite-words.txt'),
    };
    writeFileSync(later, JSON.stringify(record));
    const run = await parley('ingest', later, '--db', db);
    expect(run.out).toMatch(/\(1 added, 0 replaced, 0 unchanged, 0 duplicates, 0 copies\)/);
    const byKey = new Map((await rows()).map((r) => [r.key, r]));
    const daily = byKey.get('https://daily.example/sochi')?.id;
    for (const outlet of ['wire', 'post', 'gazette'])
      expect(byKey.get(`https://${outlet}.example/sochi`)?.copyOf).toBe(daily);
    expectCopiesCounted();
  });
});
