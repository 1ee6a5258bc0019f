/**
 * Grouping mentions into events (src/dedup, store/clusters.ts): a synthetic store
 * (export-store.ts) of N mentions is clustered from scratch, then 1,000 new mentions
 * in 200 new articles are added and clustered incrementally, as an ingest does. Prints
 * the time per 10,000 mentions of each, the events made, and the peak RSS.
 *
 *   npm run bench:clusters                 # 10,000, 100,000 and 1,000,000 mentions
 *   npm run bench:clusters -- --mentions 200000
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { countryCodes, loadActorEntries } from '../src/actors/index.js';
import { DEFAULT_DATA_DIR } from '../src/data/index.js';
import { createWriter, openDatabase } from '../src/store/index.js';
import { fillStore } from './export-store.js';

const { values } = parseArgs({ options: { mentions: { type: 'string', multiple: true } } });
const sizes = (values.mentions ?? ['10000', '100000', '1000000']).map(Number);
const countries = countryCodes(loadActorEntries(DEFAULT_DATA_DIR));
const dir = mkdtempSync(join(tmpdir(), 'parley-clusters-'));
const count = (db: ReturnType<typeof openDatabase>, sql: string): number =>
  (db.prepare(sql).get() as { n: number }).n;

try {
  for (const n of sizes) {
    const db = openDatabase(join(dir, `${n}.db`));
    fillStore(db, DEFAULT_DATA_DIR, n);
    let started = performance.now();
    db.exec('BEGIN');
    // Creating the writer keys every mention; its flush clusters them all.
    const writer = createWriter(db, countries);
    writer.flush();
    db.exec('COMMIT');
    const full = performance.now() - started;
    const events = count(db, 'SELECT COUNT(*) AS n FROM clusters');
    // 1,000 more mentions: keyed by a new writer, clustered by one flush.
    fillStore(db, DEFAULT_DATA_DIR, 1000, { seed: 11, firstArticle: Math.ceil(n / 5) });
    started = performance.now();
    db.exec('BEGIN');
    createWriter(db, countries).flush();
    db.exec('COMMIT');
    const more = performance.now() - started;
    const rss = process.resourceUsage().maxRSS / 1024;
    console.log(
      `${n.toLocaleString('en-US').padStart(9)} mentions → ${events.toLocaleString('en-US')} events: ` +
        `all at once ${((full / n) * 10_000).toFixed(0)} ms per 10,000 mentions (${(full / 1000).toFixed(1)} s); ` +
        `1,000 more ${more.toFixed(0)} ms; peak RSS ${rss.toFixed(0)} MB`,
    );
    db.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
