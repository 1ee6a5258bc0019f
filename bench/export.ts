/**
 * Export throughput and memory: a synthetic store of 1,000,000 coded mentions
 * (bench/export-store.ts, seeded) is clustered with the store's own writer, then
 * exported as mentions and as events in each format, each export in its own child
 * process so that its peak RSS is its own. Prints rows/s and peak RSS per export.
 *
 *   npm run bench:export                       # 1,000,000 mentions
 *   npm run bench:export -- --mentions 100000  # a smaller store
 *   npm run bench:export -- --keep             # keep the exported files too
 *   npm run bench:export -- --row-group 50000  # Parquet row group size (default 10,000)
 *
 * The store is kept in /tmp/parley-bench-export/ and reused by the next run of the same
 * size (`--rebuild` builds it again); the exported files are removed unless `--keep`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { resolveConfig } from '../src/config.js';
import { countryCodes, loadActorEntries } from '../src/actors/index.js';
import { EXPORT_FORMATS, exportRows } from '../src/export/index.js';
import type { ExportFormat, ExportKind } from '../src/export/index.js';
import { createWriter, openDatabase } from '../src/store/index.js';
import { fillStore } from './export-store.js';

const DIR = '/tmp/parley-bench-export';

interface Measure {
  rows: number;
  seconds: number;
  /** User + system CPU time: on a shared machine it varies less than wall time. */
  cpuSeconds: number;
  maxRssMb: number;
  bytes: number;
}

const rssMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

/** In the child: one export, then its figures as one JSON line. */
async function child(
  db: string,
  kind: ExportKind,
  format: ExportFormat,
  rowGroupSize: number,
): Promise<void> {
  const { dataDir } = resolveConfig({});
  const out = join(DIR, `${kind}.${format}`);
  const store = openDatabase(db, { readonly: true });
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const rows = await exportRows(store, {
    kind,
    format,
    destination: { file: out },
    context: { countries: countryCodes(loadActorEntries(dataDir)) },
    parquet: { rowGroupSize },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  store.close();
  const measure: Measure = {
    rows,
    seconds,
    cpuSeconds,
    maxRssMb: rssMb(),
    bytes: statSync(out).size,
  };
  process.stdout.write(`${JSON.stringify(measure)}\n`);
}

function build(db: string, mentions: number): void {
  rmSync(db, { force: true });
  rmSync(`${db}-wal`, { force: true });
  rmSync(`${db}-shm`, { force: true });
  mkdirSync(DIR, { recursive: true });
  const { dataDir } = resolveConfig({});
  const store = openDatabase(db);
  let started = Date.now();
  fillStore(store, dataDir, mentions);
  console.log(
    `store: ${mentions.toLocaleString('en-US')} mentions written in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  started = Date.now();
  // The writer keys every mention stored without a cluster key, and flush() clusters them.
  const writer = createWriter(store, countryCodes(loadActorEntries(dataDir)));
  store.transaction(() => writer.flush())();
  const clusters = (store.prepare('SELECT COUNT(*) AS n FROM clusters').get() as { n: number }).n;
  console.log(
    `clusters: ${clusters.toLocaleString('en-US')} events clustered in ${((Date.now() - started) / 1000).toFixed(1)} s (createWriter + flush), peak RSS ${rssMb()} MB`,
  );
  store.close();
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      mentions: { type: 'string', default: '1000000' },
      keep: { type: 'boolean', default: false },
      rebuild: { type: 'boolean', default: false },
      'row-group': { type: 'string', default: '10000' },
      child: { type: 'boolean', default: false },
      kind: { type: 'string' },
      format: { type: 'string' },
    },
  });
  const db = join(DIR, `store-${values.mentions}.db`);
  if (values.child) {
    const group = Number(values['row-group']);
    await child(db, values.kind as ExportKind, values.format as ExportFormat, group);
    return;
  }
  if (values.rebuild || !existsSync(db)) build(db, Number(values.mentions));
  else console.log(`store: ${db} (built by an earlier run; --rebuild to build it again)`);
  console.log('');
  console.log(
    `Parquet row groups of ${values['row-group']} rows; rows/s of wall time and of CPU time`,
  );
  console.log('kind      format   rows         seconds   rows/s      rows/cpu-s  peak RSS   file');
  for (const kind of ['mentions', 'events'] as const) {
    for (const format of EXPORT_FORMATS) {
      const out = execFileSync(
        process.execPath,
        [
          fileURLToPath(import.meta.url),
          '--child',
          '--mentions',
          String(values.mentions),
          '--kind',
          kind,
          '--format',
          format,
          '--row-group',
          String(values['row-group']),
        ],
        { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
      );
      const m = JSON.parse(out) as Measure;
      if (!values.keep) rmSync(join(DIR, `${kind}.${format}`), { force: true });
      console.log(
        [
          kind.padEnd(9),
          format.padEnd(8),
          m.rows.toLocaleString('en-US').padEnd(12),
          m.seconds.toFixed(1).padEnd(9),
          Math.round(m.rows / m.seconds)
            .toLocaleString('en-US')
            .padEnd(11),
          Math.round(m.rows / m.cpuSeconds)
            .toLocaleString('en-US')
            .padEnd(11),
          `${m.maxRssMb} MB`.padEnd(10),
          `${(m.bytes / 1024 / 1024).toFixed(0)} MB`,
        ].join(' '),
      );
    }
  }
}

await main();
