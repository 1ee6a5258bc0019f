import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RawArticle } from '../../ingest/index.js';
import { createCopyStore, createWriter, openDatabase } from '../../store/index.js';
import { idOf, rawArticle } from '../../store/test-support.js';
import { createFingerprinter } from './fingerprint.js';
import { createLinker } from './link.js';
import type { Linker } from './link.js';
import { DEDUP_OPTIONS } from './options.js';

const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/near-duplicates');
const text = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

interface Spec {
  readonly key: string;
  readonly file: string;
  readonly outlet?: string;
  readonly published?: string;
}

function raw({ key, file, outlet, published }: Spec): RawArticle {
  return rawArticle(key, text(file), {
    outlet: outlet ?? null,
    published: published ?? null,
    publishedSource: published ? 'flag' : null,
  });
}

let db: Database.Database;
/** Keys of the articles the linker reported re-linked (became or stopped being a copy). */
let relinked: string[];
beforeEach(() => {
  db = openDatabase(':memory:');
  relinked = [];
});

const keyOf = (id: string): string =>
  (db.prepare('SELECT key FROM articles WHERE id = ?').get(id) as { key: string }).key;
const linker = (): Linker =>
  createLinker(createCopyStore(db), createFingerprinter(DEDUP_OPTIONS), (id) =>
    relinked.push(keyOf(id)),
  );

/** Stores an article the way `ingestAll` does (lookup, leave the group, save, link); returns the outcome. */
function ingest(spec: Spec): string {
  const writer = createWriter(db);
  const linking = linker();
  const article = raw(spec);
  const seen = writer.lookup(article, 'test');
  if (seen.state === 'unchanged' || seen.state === 'duplicate') return seen.state;
  const id = idOf(spec.key);
  const stored = seen.state === 'changed' ? linking.detach(id) : null;
  writer.save({ id, article, sentences: [], events: [] }, 'test');
  const link = linking.attach({ id, text: article.text, contentHash: article.contentHash, stored });
  return link ? `copy of ${link.copyOf}` : seen.state === 'changed' ? 'replaced' : 'original';
}

/** Every article: key → `original` or `key-of-original similarity`. */
function links(): Record<string, string> {
  const rows = db
    .prepare(
      `SELECT a.key, o.key AS original, a.similarity FROM articles a
       LEFT JOIN articles o ON o.id = a.copy_of ORDER BY a.key`,
    )
    .all() as { key: string; original: string | null; similarity: number | null }[];
  return Object.fromEntries(
    rows.map((r) => [r.key, r.original ? `${r.original} ${r.similarity?.toFixed(2)}` : 'original']),
  );
}

const bandRows = (): string[] =>
  (
    db
      .prepare(
        'SELECT DISTINCT a.key FROM article_bands b JOIN articles a ON a.id = b.article_id ORDER BY 1',
      )
      .all() as { key: string }[]
  ).map((r) => r.key);

describe('linking near-duplicate articles at ingest', () => {
  it('links a syndicated copy and a rewrite to the original; independent reports stay apart', () => {
    ingest({ key: 'a', file: 'sochi.txt', outlet: 'A', published: '2026-10-01' });
    ingest({ key: 'b', file: 'sochi-syndicated.txt', outlet: 'B', published: '2026-10-01' });
    ingest({ key: 'c', file: 'sochi-rewrite-words.txt', outlet: 'C', published: '2026-10-02' });
    ingest({ key: 'd', file: 'sochi-independent.txt', outlet: 'D', published: '2026-10-01' });
    ingest({ key: 'e', file: 'vienna.txt', outlet: 'A', published: '2026-10-01' });
    expect(links()).toEqual({
      a: 'original',
      b: 'a 0.78',
      c: 'a 0.84',
      d: 'original',
      e: 'original',
    });
    expect(bandRows()).toEqual(['a', 'd', 'e']);
  });

  it('makes an older article the original and re-points the group to it (never a chain)', () => {
    ingest({ key: 'late', file: 'minsk.txt', published: '2026-06-10' });
    ingest({ key: 'later', file: 'minsk-syndicated.txt', published: '2026-06-11' });
    expect(
      ingest({ key: 'early', file: 'minsk-rewrite-reordered.txt', published: '2026-06-09' }),
    ).toBe('original');
    expect(links()).toEqual({ early: 'original', late: 'early 0.95', later: 'early 0.84' });
    expect(bandRows()).toEqual(['early']);
    expect(relinked).toEqual(['late']);
  });

  it('keeps the first stored as original when publication ties or is unknown', () => {
    ingest({ key: 'x', file: 'nairobi.txt' });
    ingest({ key: 'y', file: 'nairobi-rewrite-dropped.txt' });
    ingest({ key: 'z', file: 'nairobi-syndicated.txt', published: '2026-06-25' });
    expect(links()).toEqual({ x: 'z 0.87', y: 'z 0.63', z: 'original' });
  });

  it('stores exact copies from another outlet with similarity 1, skips them from the same one', () => {
    ingest({ key: 'v1', file: 'vienna.txt', outlet: 'Wire' });
    expect(ingest({ key: 'v2', file: 'vienna.txt', outlet: 'Daily' })).toBe(
      `copy of ${idOf('v1')}`,
    );
    expect(ingest({ key: 'v3', file: 'vienna.txt', outlet: 'wire' })).toBe('duplicate');
    expect(ingest({ key: 'v1', file: 'vienna.txt', outlet: 'Wire' })).toBe('unchanged');
    expect(links()).toEqual({ v1: 'original', v2: 'v1 1.00' });
  });

  it('re-evaluates a replaced article, and re-links copies when their original goes', () => {
    ingest({ key: 'o', file: 'vienna.txt', published: '2026-01-01' });
    ingest({ key: 'p', file: 'vienna-rewrite-added.txt', published: '2026-01-03' });
    ingest({ key: 'q', file: 'vienna-syndicated.txt', published: '2026-01-02' });
    expect(links()).toEqual({ o: 'original', p: 'o 0.91', q: 'o 0.87' });
    // The original now says something else: the earliest remaining member takes over.
    expect(ingest({ key: 'o', file: 'comet.txt', published: '2026-01-01' })).toBe('replaced');
    expect(links()).toEqual({ o: 'original', p: 'q 0.80', q: 'original' });
    // A copy replaced by an independent report leaves the group.
    ingest({ key: 'p', file: 'vienna-independent.txt', published: '2026-01-03' });
    expect(links()).toEqual({ o: 'original', p: 'original', q: 'original' });
    expect(bandRows()).toEqual(['o', 'p', 'q']);
    // Back to the first text: the earliest again, so the original again.
    ingest({ key: 'o', file: 'vienna.txt', published: '2026-01-01' });
    expect(links()).toEqual({ o: 'original', p: 'original', q: 'o 0.87' });
  });

  it('keeps the original of a same-day group when its articles are re-processed', () => {
    ingest({ key: 'm1', file: 'minsk.txt', published: '2026-05-01' });
    ingest({ key: 'm2', file: 'minsk-syndicated.txt', published: '2026-05-01' });
    const before = links();
    expect(before).toEqual({ m1: 'original', m2: 'm1 0.88' });
    // A new Parley version re-processes both: same content, each replaced in turn.
    db.prepare("UPDATE articles SET processed_with = 'older'").run();
    expect([ingest({ key: 'm1', file: 'minsk.txt', published: '2026-05-01' })]).toEqual([
      'replaced',
    ]);
    ingest({ key: 'm2', file: 'minsk-syndicated.txt', published: '2026-05-01' });
    expect(links()).toEqual(before);
  });

  it('re-links the copies of a deleted original to the earliest remaining member', () => {
    ingest({ key: 'k1', file: 'sochi.txt', published: '2026-03-01' });
    ingest({ key: 'k2', file: 'sochi-syndicated.txt', published: '2026-03-03' });
    ingest({ key: 'k3', file: 'sochi-rewrite-words.txt', published: '2026-03-02' });
    linker().detach(idOf('k1'));
    db.prepare('DELETE FROM articles WHERE id = ?').run(idOf('k1'));
    expect(links()).toEqual({ k2: 'k3 0.63', k3: 'original' });
    expect(relinked).toEqual(['k3']);
    expect(bandRows()).toEqual(['k3']);
  });

  it('gives short texts an empty signature: computed, none; only exact copies are linked', () => {
    ingest({ key: 's', file: 'comet.txt' });
    db.prepare("UPDATE articles SET text = 'Russia met Turkey.' WHERE key = 's'").run();
    expect(
      linker().attach({ id: idOf('s'), text: 'Russia met Turkey.', contentHash: 'h' }),
    ).toBeNull();
    const row = db.prepare("SELECT signature FROM articles WHERE key = 's'").get() as {
      signature: Buffer | null;
    };
    expect(row.signature).toEqual(Buffer.alloc(0));
    expect(createCopyStore(db).member(idOf('s'))?.signature).toBeNull();
    expect(linker().backfill()).toBe(0);
  });

  it('links articles stored before detection existed, once, in storage order', () => {
    ingest({ key: 'f1', file: 'nairobi.txt', published: '2026-06-25' });
    ingest({ key: 'f2', file: 'nairobi-syndicated.txt', published: '2026-06-25' });
    ingest({ key: 'f3', file: 'nairobi-independent.txt', published: '2026-06-24' });
    ingest({ key: 'f4', file: 'nairobi-rewrite-dropped.txt', published: '2026-06-24' });
    const linked = links();
    // As a database from before the near-duplicate migration holds them.
    db.exec('UPDATE articles SET copy_of = NULL, similarity = NULL, signature = NULL');
    db.exec('DELETE FROM article_bands');
    relinked = [];
    expect(linker().backfill()).toBe(4);
    expect(links()).toEqual(linked);
    expect(linked).toEqual({ f1: 'f4 0.72', f2: 'f4 0.63', f3: 'original', f4: 'original' });
    expect(relinked.sort()).toEqual(['f1', 'f2']);
    expect(linker().backfill()).toBe(0);
  });
});
