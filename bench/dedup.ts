/**
 * Near-duplicate articles. Two parts:
 *
 *   npm run bench:dedup                  # throughput at 5k, 10k and 20k synthetic articles
 *   npm run bench:dedup -- --n 50000     # one size
 *   npm run bench:dedup -- --pairs       # similarity per kind of pair in
 *                                        # test/fixtures/near-duplicates, shingle sizes 1–6
 *
 * Throughput: seeded random articles (300 words drawn from a Zipf-like vocabulary of
 * 20,000 words), of which 20% are syndicated copies (a headline and boilerplate added) and
 * 10% light rewrites (5% of words changed, a sentence dropped) of an earlier one, published
 * up to three days apart either way. Each is saved (untimed), then timed: signature,
 * LSH lookup and linking. It prints articles/s and µs per article, wall and CPU (user +
 * system, steadier on a shared machine); near-linear cost shows as a flat µs/article
 * across sizes. Then how many planted copies were linked to the right original and how
 * many originals were wrongly linked.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  createFingerprinter,
  createLinker,
  DEDUP_OPTIONS,
  minhashSeeds,
} from '../src/dedup/index.js';
import { readPairs, PAIR_KINDS } from '../src/dedup/articles/pairs.js';
import { createCopyStore, createWriter, openDatabase } from '../src/store/index.js';
import type { RawArticle } from '../src/ingest/index.js';
import { shingles, signature, similarity } from '../src/dedup/index.js';
import { seeded } from './seeded.js';

const ROOT = join(fileURLToPath(import.meta.url), '../../..');

interface Synthetic {
  readonly text: string;
  readonly published: string;
  /** Index of the article it copies, or -1. */
  readonly copyOf: number;
}

function corpus(n: number, seed: number): Synthetic[] {
  const rnd = seeded(seed);
  const word = (): string => `w${Math.floor(20000 * rnd() ** 3)}`;
  const sentence = (): string[] => Array.from({ length: 15 + Math.floor(rnd() * 10) }, word);
  const day = (k: number): string =>
    new Date(Date.UTC(2026, 0, 1) + k * 864e5).toISOString().slice(0, 10);
  const out: Synthetic[] = [];
  const originals: { sentences: string[][]; day: number; index: number }[] = [];
  for (let i = 0; i < n; i++) {
    const r = rnd();
    const source = originals[Math.floor(rnd() * originals.length)];
    if (source && r < 0.3) {
      let sentences = source.sentences;
      if (r < 0.2)
        sentences = [
          ['breaking', 'news', ...sentence()],
          ...sentences,
          ['all', 'rights', 'reserved'],
        ];
      else
        sentences = sentences
          .filter((_, k) => k !== 3)
          .map((s) => s.map((w) => (rnd() < 0.05 ? word() : w)));
      const d = source.day + Math.floor(rnd() * 7) - 3;
      out.push({
        text: sentences.map((s) => s.join(' ')).join('. '),
        published: day(d),
        copyOf: source.index,
      });
      continue;
    }
    const sentences = Array.from({ length: 15 }, sentence);
    const d = Math.floor(i / 50);
    originals.push({ sentences, day: d, index: i });
    out.push({ text: sentences.map((s) => s.join(' ')).join('. '), published: day(d), copyOf: -1 });
  }
  return out;
}

function article(k: number, a: Synthetic): RawArticle {
  return {
    key: `bench:${k}`,
    origin: `bench:${k}`,
    format: 'txt',
    title: null,
    outlet: `outlet ${k % 40}`,
    url: null,
    published: a.published,
    publishedSource: 'record',
    publishedAt: null,
    dateline: null,
    text: a.text,
    removed: [],
    contentHash: createHash('sha256').update(a.text).digest('hex'),
  };
}

function throughput(n: number): void {
  const dir = mkdtempSync(join(tmpdir(), 'parley-bench-dedup-'));
  const db = openDatabase(join(dir, 'bench.db'));
  try {
    const writer = createWriter(db);
    const linker = createLinker(createCopyStore(db), createFingerprinter(DEDUP_OPTIONS));
    const articles = corpus(n, 7);
    const ids: string[] = [];
    let timed = 0;
    let cpu = 0;
    db.exec('BEGIN');
    for (const [k, a] of articles.entries()) {
      const raw = article(k, a);
      const id = createHash('sha256').update(raw.key).digest('hex').slice(0, 12);
      ids.push(id);
      writer.save({ id, article: raw, sentences: [], events: [] }, 'bench');
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      linker.attach({ id, text: raw.text, contentHash: raw.contentHash });
      const c = process.cpuUsage(c0);
      cpu += (c.user + c.system) / 1000;
      timed += performance.now() - t0;
    }
    db.exec('COMMIT');
    const rows = db.prepare('SELECT id, copy_of AS copyOf FROM articles').all() as {
      id: string;
      copyOf: string | null;
    }[];
    const linked = new Map(rows.map((r) => [r.id, r.copyOf]));
    // A planted copy is right when it shares its group's original with its source.
    const root = (id: string): string => linked.get(id) ?? id;
    const copied = new Set(articles.map((a) => a.copyOf));
    let planted = 0;
    let found = 0;
    let wrong = 0;
    for (const [k, a] of articles.entries()) {
      const id = ids[k] ?? '';
      if (a.copyOf >= 0) {
        planted++;
        if (root(id) === root(ids[a.copyOf] ?? '')) found++;
      } else if (!copied.has(k) && linked.get(id)) wrong++;
    }
    const perArticle = (timed * 1000) / n;
    console.log(
      `${String(n).padStart(6)} articles: ${Math.round(n / (timed / 1000))
        .toLocaleString('en')
        .padStart(
          7,
        )} articles/s, ${perArticle.toFixed(0)} µs/article (${((cpu * 1000) / n).toFixed(0)} CPU µs); copies linked ${found}/${planted}, originals wrongly linked ${wrong}`,
    );
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function pairTable(): void {
  const pairs = readPairs(join(ROOT, 'test/fixtures/near-duplicates'));
  const seeds = minhashSeeds(DEDUP_OPTIONS.permutations, DEDUP_OPTIONS.seed);
  console.log('estimated similarity (min–max) per kind of pair, by shingle size');
  console.log(['shingle', ...PAIR_KINDS].map((s) => s.padEnd(13)).join(''));
  for (let size = 1; size <= 6; size++) {
    const cells = PAIR_KINDS.map((kind) => {
      const s = pairs
        .filter((p) => p.kind === kind)
        .map((p) =>
          similarity(
            signature(shingles(p.texts[0], size), seeds),
            signature(shingles(p.texts[1], size), seeds),
          ),
        );
      return `${Math.min(...s).toFixed(2)}–${Math.max(...s).toFixed(2)}`.padEnd(13);
    });
    console.log([String(size).padEnd(13), ...cells].join(''));
  }
}

const { values } = parseArgs({ options: { n: { type: 'string' }, pairs: { type: 'boolean' } } });
if (values.pairs) pairTable();
else for (const n of values.n ? [Number(values.n)] : [5000, 10000, 20000]) throughput(n);
