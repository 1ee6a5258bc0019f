/**
 * Paired end-to-end comparison of two builds: both ingest the same benchmark corpus in
 * one process, article by article, alternating which goes first, each into its own
 * SQLite file. On a shared machine whose speed drifts by ±40% between runs, this shows
 * differences of a few percent that separate `npm run bench` runs cannot.
 *
 *   git worktree add /tmp/before main && (cd /tmp/before && npm run build)
 *   npm run build && node dist/bench/compare.js --before /tmp/before/dist [--mb 5]
 *
 * A build is the `dist/` folder of a checkout with its own `data/` and `node_modules/`
 * beside it. Prints the time each spent and whether the stored events are the same.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type * as ConfigModule from '../src/config.js';
import type * as IngestModule from '../src/ingest/index.js';
import type * as PipelineModule from '../src/pipeline.js';
import type * as StoreModule from '../src/store/index.js';
import { writeCorpus } from './corpus.js';

interface Side {
  readonly label: string;
  readonly ingest: typeof IngestModule;
  readonly pipeline: PipelineModule.Pipeline;
  readonly writer: StoreModule.Writer;
  readonly db: ReturnType<typeof StoreModule.openDatabase>;
  ms: number;
  events: number;
}

async function load(label: string, dist: string, dbPath: string): Promise<Side> {
  const at = (module: string): string => join(resolve(dist), 'src', module);
  const config = (await import(at('config.js'))) as typeof ConfigModule;
  const ingest = (await import(at('ingest/index.js'))) as typeof IngestModule;
  const pipeline = (await import(at('pipeline.js'))) as typeof PipelineModule;
  const store = (await import(at('store/index.js'))) as typeof StoreModule;
  const db = store.openDatabase(dbPath);
  return {
    label,
    ingest,
    pipeline: pipeline.createPipeline(config.resolveConfig({ db: dbPath })),
    writer: store.createWriter(db),
    db,
    ms: 0,
    events: 0,
  };
}

/** Commits as often as `ingestAll` does at ~1,500 sentences/s (every 500 ms). */
const COMMIT_EVERY_ARTICLES = 40;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { before: { type: 'string' }, mb: { type: 'string' } } });
  if (!values.before) throw new Error('usage: compare.js --before OTHER/dist [--mb 5]');
  const here = dirname(dirname(fileURLToPath(import.meta.url)));
  const dir = mkdtempSync(join(tmpdir(), 'parley-compare-'));
  try {
    writeCorpus(join(dir, 'corpus'), Number(values.mb ?? 5));
    const lines = readdirSync(join(dir, 'corpus'))
      .flatMap((f) => readFileSync(join(dir, 'corpus', f), 'utf8').split('\n'))
      .filter((l) => l.trim() !== '');
    const sides = [
      await load('before', values.before, join(dir, 'before.db')),
      await load('after', here, join(dir, 'after.db')),
    ];
    const options = { explicit: {}, maxFileBytes: 1e9, maxLineBytes: 1e9, format: null };
    let sentences = 0;
    for (const s of sides) s.db.exec('BEGIN');
    lines.forEach((line, i) => {
      const order = i % 2 === 0 ? sides : [...sides].reverse();
      for (const s of order) {
        const started = performance.now();
        const article = s.ingest.fromJsonlLine(line, 'bench', `bench:${i}`, options);
        s.writer.lookup(article, s.pipeline.processedWith);
        const processed = s.pipeline.processArticle(article);
        s.writer.save(processed, s.pipeline.processedWith);
        if (i % COMMIT_EVERY_ARTICLES === COMMIT_EVERY_ARTICLES - 1) {
          // An older build's writer may have no clusters to flush.
          if ('flush' in s.writer) s.writer.flush();
          s.db.exec('COMMIT');
          s.db.exec('BEGIN');
        }
        s.ms += performance.now() - started;
        s.events += processed.events.length;
        if (s === sides[0]) sentences += processed.sentences.length;
      }
    });
    for (const s of sides) {
      const started = performance.now();
      if ('flush' in s.writer) s.writer.flush();
      s.db.exec('COMMIT');
      s.ms += performance.now() - started;
    }
    // Only the columns both builds store are compared.
    const columns = sides.map((s) =>
      (s.db.pragma('table_info(events)') as { name: string }[]).map((c) => `"${c.name}"`),
    );
    const shared = (columns[0] ?? []).filter((c) => columns[1]?.includes(c));
    const dumps = sides.map((s) => {
      const rows = s.db.prepare(`SELECT ${shared.join(', ')} FROM events ORDER BY id`).all();
      s.db.close();
      return JSON.stringify(rows);
    });
    for (const s of sides) {
      const perSecond = Math.round((sentences / s.ms) * 1000);
      console.log(
        `${s.label.padEnd(7)} ${(s.ms / 1000).toFixed(2).padStart(7)} s  ${String(perSecond).padStart(6)} sent/s  ${s.events} events`,
      );
    }
    const [before, after] = sides;
    if (before && after) console.log(`after/before time: ${(after.ms / before.ms).toFixed(3)}`);
    console.log(dumps[0] === dumps[1] ? 'stored events identical' : 'stored events DIFFER');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
