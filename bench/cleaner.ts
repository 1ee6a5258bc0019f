/**
 * Cleaner throughput: `cleanText` alone, over the project-written samples (every
 * `samples/txt/*.txt` file and the `text` of every record in `samples/jsonl/wire.jsonl`).
 * After a warm-up, the pages are cleaned over and over for about three seconds; the
 * benchmark prints microseconds per non-blank input line and per page, and lines per second.
 *
 *   npx tsc -p tsconfig.build.json && node dist/bench/cleaner.js
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/data/index.js';
import { cleanText } from '../src/ingest/clean/index.js';

/** How long the warm-up and the timed run last, in milliseconds. */
const WARM_UP_MS = 1000;
const RUN_MS = 3000;

/** The sample pages: the plain-text files, then the wire records' texts. */
function samplePages(): string[] {
  const txt = join(PROJECT_ROOT, 'samples', 'txt');
  const pages = readdirSync(txt)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(join(txt, name), 'utf8'));
  const wire = readFileSync(join(PROJECT_ROOT, 'samples', 'jsonl', 'wire.jsonl'), 'utf8');
  for (const record of wire.split('\n')) {
    if (record.trim() === '') continue;
    const { text } = JSON.parse(record) as { text?: unknown };
    if (typeof text === 'string') pages.push(text);
  }
  return pages;
}

/** Cleans every page once; returns the number of kept paragraphs so the work is not dead code. */
function cleanAll(pages: readonly string[]): number {
  let kept = 0;
  for (const page of pages) kept += cleanText(page).paragraphs.length;
  return kept;
}

/** Cleans the pages in rounds until `ms` milliseconds have passed; returns rounds and seconds. */
function run(pages: readonly string[], ms: number): { rounds: number; seconds: number } {
  const started = process.hrtime.bigint();
  const limit = BigInt(ms) * 1_000_000n;
  let rounds = 0;
  let elapsed = 0n;
  while (elapsed < limit) {
    cleanAll(pages);
    rounds += 1;
    elapsed = process.hrtime.bigint() - started;
  }
  return { rounds, seconds: Number(elapsed) / 1e9 };
}

function main(): void {
  const pages = samplePages();
  const lines = pages.reduce(
    (sum, page) => sum + page.split(/\r\n|\r|\n/u).filter((line) => line.trim() !== '').length,
    0,
  );
  const kept = cleanAll(pages);
  run(pages, WARM_UP_MS);
  const { rounds, seconds } = run(pages, RUN_MS);
  const micros = (seconds * 1e6) / rounds;
  console.log(`Parley cleaner benchmark (node ${process.version}, one process, one core)`);
  console.log(`${pages.length} pages, ${lines} non-blank lines, ${kept} paragraphs kept per round`);
  console.log(`${rounds} rounds in ${seconds.toFixed(2)} s`);
  console.log(`${(micros / lines).toFixed(2).padStart(9)} µs per line`);
  console.log(`${(micros / pages.length).toFixed(1).padStart(9)} µs per page`);
  console.log(
    `${Math.round((lines * rounds) / seconds)
      .toLocaleString('en')
      .padStart(9)} lines/s`,
  );
}

main();
