/**
 * End-to-end throughput: a corpus made by replicating the project-written samples is
 * ingested (read → clean → sentences → actors → events → SQLite) in one process, and
 * the benchmark prints sentences/s, articles/s and peak RSS, next to the stored
 * baseline (bench/baseline.json). Each corpus size runs in its own child process so
 * that peak RSS is that run's alone.
 *
 *   npm run bench                 # 5 MB and 20 MB corpora
 *   npm run bench -- --mb 50      # one size
 *   npm run bench -- --runs 3     # three runs of each size, and the median one
 *
 * Besides wall time it reports sentences per CPU second (user + system time of the
 * process): on a shared machine that figure moves much less than the wall time.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { resolveConfig } from '../src/config.js';
import { PROJECT_ROOT } from '../src/data/index.js';
import { expandInputs, readOptions } from '../src/ingest/index.js';
import { createPipeline } from '../src/pipeline.js';
import { ingestAll } from '../src/run.js';
import { openDatabase } from '../src/store/index.js';
import { writeCorpus } from './corpus.js';

interface Result {
  megabytes: number;
  articles: number;
  sentences: number;
  events: number;
  seconds: number;
  /** CPU time (user + system) of the ingest: on a shared, noisy machine it varies less than wall time. */
  cpuSeconds?: number;
  sentencesPerSecond: number;
  /** Sentences per CPU second. */
  sentencesPerCpuSecond?: number;
  articlesPerSecond: number;
  megabytesPerSecond: number;
  peakRssMb: number;
}

async function child(megabytes: number): Promise<Result> {
  const dir = mkdtempSync(join(tmpdir(), 'parley-bench-'));
  try {
    const corpus = writeCorpus(join(dir, 'corpus'), megabytes);
    const config = resolveConfig({ db: join(dir, 'bench.db') });
    const db = openDatabase(config.db);
    const pipeline = createPipeline(config);
    const started = process.hrtime.bigint();
    const cpuBefore = process.cpuUsage();
    const totals = await ingestAll(
      expandInputs([join(dir, 'corpus')]),
      db,
      pipeline,
      readOptions(config),
    );
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const cpu = process.cpuUsage(cpuBefore);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    db.close();
    if (totals.failed > 0) throw new Error(`${totals.failed} inputs failed`);
    return {
      megabytes: Math.round((corpus.bytes / 1024 / 1024) * 10) / 10,
      articles: totals.articles,
      sentences: totals.sentences,
      events: totals.events,
      seconds: Math.round(seconds * 100) / 100,
      cpuSeconds: Math.round(cpuSeconds * 100) / 100,
      sentencesPerSecond: Math.round(totals.sentences / seconds),
      sentencesPerCpuSecond: Math.round(totals.sentences / cpuSeconds),
      articlesPerSecond: Math.round(totals.articles / seconds),
      megabytesPerSecond: Math.round((corpus.bytes / 1024 / 1024 / seconds) * 100) / 100,
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** bench/baseline.json, the figures to compare with; none when the file is absent. */
function baseline(): Record<string, Result> {
  const path = join(PROJECT_ROOT, 'bench', 'baseline.json');
  if (!existsSync(path)) return {};
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, Result>;
}

function row(label: string, r: Result | undefined): string {
  if (!r) return `${label.padEnd(10)} (none)`;
  return [
    label.padEnd(10),
    `${String(r.megabytes).padStart(6)} MB`,
    `${String(r.articles).padStart(7)} articles`,
    `${String(r.sentences).padStart(8)} sentences`,
    `${String(r.seconds).padStart(7)} s`,
    `${String(r.sentencesPerSecond).padStart(7)} sent/s`,
    `${String(r.sentencesPerCpuSecond ?? '-').padStart(7)} sent/cpu-s`,
    `${String(r.articlesPerSecond).padStart(6)} art/s`,
    `${String(r.peakRssMb).padStart(5)} MB peak RSS`,
  ].join('  ');
}

/** The run with the median wall time; its other figures are that run's own. */
function median(results: readonly Result[]): Result {
  const sorted = [...results].sort((a, b) => a.seconds - b.seconds);
  const middle = sorted[Math.floor((sorted.length - 1) / 2)];
  if (!middle) throw new Error('no benchmark run');
  return middle;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      mb: { type: 'string', multiple: true },
      runs: { type: 'string' },
      child: { type: 'boolean' },
    },
  });
  const runs = Math.max(1, Number(values.runs ?? 1));
  const sizes = (values.mb ?? ['5', '20']).map(Number);
  if (values.child) {
    process.stdout.write(`${JSON.stringify(await child(sizes[0] ?? 5))}\n`);
    return;
  }
  const base = baseline();
  console.log(
    `Parley end-to-end ingest benchmark (node ${process.version}, one process, one core)`,
  );
  for (const mb of sizes) {
    const results: Result[] = [];
    for (let run = 1; run <= runs; run++) {
      const out = execFileSync(
        process.execPath,
        [fileURLToPath(import.meta.url), '--child', '--mb', String(mb)],
        {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'inherit'],
        },
      );
      const result = JSON.parse(out) as Result;
      results.push(result);
      if (runs > 1) console.log(row(`  run ${run}`, result));
    }
    const result = median(results);
    console.log(row(runs > 1 ? `${mb} MB med` : `${mb} MB`, result));
    console.log(row('  baseline', base[String(mb)]));
    console.log(`  ${result.events} events coded, ${result.megabytesPerSecond} MB/s`);
  }
}

await main();
