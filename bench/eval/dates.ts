/**
 * Event-dating evaluation on Parley's own set (bench/eval/dates/news-dates.tsv, format and
 * conventions in bench/eval/dates/README.md): each sentence is coded as an article
 * published on its `published` date; a row is right when one of its events has the
 * expected date at the expected precision (`-`/`none`: a null date). Rows where no event
 * is coded are counted apart. Also lists every event of the seed pages dated from a
 * sentence expression, when ../shared is present.
 * Prints a table by kind of expression and the misses; writes bench/out/eval-dates.json.
 *
 *   npm run eval:dates [-- --misses N]
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { table } from '../../src/cli/output.js';
import { resolveConfig } from '../../src/config.js';
import { PROJECT_ROOT, readTsv } from '../../src/data/index.js';
import { readInput } from '../../src/ingest/index.js';
import { createPipeline } from '../../src/pipeline.js';
import type { EventRecord } from '../../src/store/index.js';
import { findDateExpressions } from '../../src/time/index.js';
import { createAnalyzer } from '../../src/text/index.js';
import type { Analyzer } from '../../src/text/index.js';

const SET = join(PROJECT_ROOT, 'bench', 'eval', 'dates', 'news-dates.tsv');
const COLUMNS = ['published', 'sentence', 'expected', 'precision', 'expression', 'event'] as const;
const SEEDS = join(PROJECT_ROOT, '..', 'shared', 'seeds');

function pct(n: number, d: number): string {
  return d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`;
}

/** The kind of a row's expression, for the table: what the time stage finds in it. */
function kindOf(analyzer: Analyzer, expression: string): string {
  if (expression === '-') return 'no expression';
  const [s] = analyzer.sentences(expression);
  const [e] = s ? findDateExpressions(s.tokens) : [];
  if (!e) return 'not found as a date';
  const m = e.meaning;
  if (m.kind === 'calendar') {
    const unit = m.day !== null ? 'day' : m.month !== null ? 'month' : 'year';
    return m.year === null ? `${unit} without a year` : `explicit ${unit}`;
  }
  return m.kind;
}

interface Row {
  readonly where: string;
  readonly published: string | null;
  readonly sentence: string;
  readonly expected: string;
  readonly kind: string;
  readonly got: readonly string[];
  readonly right: boolean;
}

async function seedDates(): Promise<string[][]> {
  if (!existsSync(SEEDS)) return [];
  const pipeline = createPipeline(resolveConfig({}));
  const rows: string[][] = [];
  const options = { explicit: {}, maxFileBytes: 50 << 20, maxLineBytes: 50 << 20, format: null };
  for (const name of readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const path = join(SEEDS, name);
    for await (const r of readInput({ kind: 'file', path, display: path }, options)) {
      if (!('article' in r)) throw new Error(`${name}: ${r.failure.reason}`);
      for (const e of pipeline.processArticle(r.article).events) {
        if (e.dateSource !== 'sentence') continue;
        const who = `${e.source.code || e.source.text} ${e.cameo} ${e.target?.code ?? '-'}`;
        rows.push([
          name.slice(0, 24),
          r.article.published ?? '-',
          e.dateText ?? '',
          `${e.date ?? '-'} ${e.datePrecision ?? ''}`,
          who,
          e.sentence.slice(0, 70),
        ]);
      }
    }
  }
  return rows;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { misses: { type: 'string' } } });
  const misses = Number(values.misses ?? 20);
  const analyzer = createAnalyzer();
  const pipeline = createPipeline(resolveConfig({}), analyzer);
  const rows: Row[] = [];
  for (const r of readTsv(SET, 'bench/eval/dates/news-dates.tsv', COLUMNS)) {
    const f = r.fields;
    const published = f.published === '-' ? null : (f.published ?? null);
    const sentence = f.sentence ?? '';
    const want = f.precision === 'none' ? '- none' : `${f.expected ?? ''} ${f.precision ?? ''}`;
    const events: readonly EventRecord[] = pipeline.codeText(r.where, sentence, published).events;
    const got = events.map((e) => `${e.date ?? '-'} ${e.datePrecision ?? 'none'}`);
    rows.push({
      where: r.where,
      published,
      sentence,
      expected: want,
      kind: kindOf(analyzer, f.expression ?? '-'),
      got,
      right: got.includes(want),
    });
  }
  const coded = rows.filter((r) => r.got.length > 0);
  const kinds = [...new Set(rows.map((r) => r.kind))].sort();
  const byKind = kinds.map((k) => {
    const all = coded.filter((r) => r.kind === k);
    const right = all.filter((r) => r.right).length;
    return [
      k,
      String(rows.filter((r) => r.kind === k).length),
      String(all.length),
      `${right}/${all.length}`,
      pct(right, all.length),
    ];
  });
  const right = coded.filter((r) => r.right).length;
  console.log(`event dates on ${rows.length} sentences (bench/eval/dates/news-dates.tsv)\n`);
  console.log(
    table(
      ['expression', 'rows', 'coded', 'right', 'accuracy'],
      [
        ...byKind,
        [
          'all',
          String(rows.length),
          String(coded.length),
          `${right}/${coded.length}`,
          pct(right, coded.length),
        ],
      ],
    ),
  );
  console.log(`\nsentences with no event coded (not scored): ${rows.length - coded.length}`);
  const wrong = coded.filter((r) => !r.right);
  if (wrong.length > 0) {
    console.log(`\nmisses (${wrong.length}, first ${Math.min(misses, wrong.length)}):`);
    for (const r of wrong.slice(0, misses))
      console.log(
        `  ${r.where} [${r.published ?? '-'}] want ${r.expected}, got ${r.got.join('; ')} | ${r.sentence}`,
      );
  }
  const seeds = await seedDates();
  if (seeds.length > 0) {
    console.log(`\nseed pages: events dated from their sentence (${seeds.length})`);
    console.log(table(['seed', 'published', 'expression', 'date', 'event', 'sentence'], seeds));
  } else if (!existsSync(SEEDS)) console.log(`\nseed pages skipped: ${SEEDS} is absent`);
  const dir = join(PROJECT_ROOT, 'bench', 'out');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'eval-dates.json'),
    `${JSON.stringify({ rows: rows.length, coded: coded.length, right, byKind, misses: wrong, seeds }, null, 1)}\n`,
  );
}

await main();
