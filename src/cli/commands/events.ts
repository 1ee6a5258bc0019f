import type Database from 'better-sqlite3';
import { oneADay } from '../../analytics/index.js';
import type { DailyRecord } from '../../analytics/index.js';
import type { EventRecord } from '../../store/index.js';
import { queryEvents } from '../../store/index.js';
import { parse } from '../args.js';
import { countOption } from '../filters.js';
import { line } from '../output.js';
import type { Io } from '../output.js';
import { formatOf, writeRecords } from '../records.js';
import type { Column, Format } from '../records.js';
import { readStore } from '../store.js';

export const EVENTS_HELP = `parley events [options]

Prints the stored event mentions (each coded event of each sentence of each article) in
date order. For events counted once however many articles reported them, see
parley timeline.

  --db FILE         database file (default: parley.db, or $PARLEY_DB)
  --format FMT      jsonl | csv | table (default: table on a terminal, jsonl when piped)
  --actor CODE      source or target code starts with CODE (RUS matches RUSGOV)
  --from YYYY-MM-DD --to YYYY-MM-DD   event date range (undated events are left out)
  --code PREFIX     CAMEO code prefix (19 = all fighting)
  --article ID      events of one article
  --limit N         at most N mentions
  --one-a-day       the strict Phoenix/ICEWS-style series instead: one row per date,
                    source, target and CAMEO code, with the mentions and articles it
                    folds (negated, hypothetical and undated mentions left out)`;

/** The CSV columns of a mention (JSON lines carry the whole record, `why` included). */
const CSV: readonly Column<EventRecord>[] = [
  { header: 'id', get: (e) => e.id },
  { header: 'articleId', get: (e) => e.articleId },
  { header: 'sentenceId', get: (e) => e.sentenceId },
  { header: 'date', get: (e) => e.date },
  { header: 'datePrecision', get: (e) => e.datePrecision },
  { header: 'dateSource', get: (e) => e.dateSource },
  { header: 'dateText', get: (e) => e.dateText },
  { header: 'sourceCode', get: (e) => e.source.code },
  { header: 'sourceName', get: (e) => e.source.name },
  { header: 'sourceText', get: (e) => e.source.text },
  { header: 'targetCode', get: (e) => e.target?.code ?? null },
  { header: 'targetName', get: (e) => e.target?.name ?? null },
  { header: 'targetText', get: (e) => e.target?.text ?? null },
  { header: 'cameo', get: (e) => e.cameo },
  { header: 'cameoName', get: (e) => e.cameoName },
  { header: 'plover', get: (e) => e.plover },
  { header: 'ploverMode', get: (e) => e.ploverMode },
  { header: 'quad', get: (e) => e.quad },
  { header: 'goldstein', get: (e) => e.goldstein },
  { header: 'modality', get: (e) => e.modality },
  { header: 'negated', get: (e) => e.negated },
  { header: 'reciprocal', get: (e) => e.reciprocal },
  { header: 'sentence', get: (e) => e.sentence },
  { header: 'rule', get: (e) => e.rule },
];

/** The table columns of a mention: what it is, and the sentence it was coded from. */
export const EVENT_TABLE: readonly Column<EventRecord>[] = [
  { header: 'date', get: (e) => e.date ?? '?' },
  { header: 'source', get: (e) => e.source.code },
  { header: 'cameo', get: (e) => e.cameo },
  { header: 'plover', get: (e) => e.plover ?? '-' },
  { header: 'target', get: (e) => e.target?.code ?? '-' },
  { header: 'flags', get: (e) => flags(e) },
  {
    header: 'mention | sentence',
    get: (e) => `${e.source.text} → ${e.target?.text ?? '∅'} | ${e.sentence}`,
  },
];

const DAILY: readonly Column<DailyRecord>[] = [
  { header: 'date', get: (d) => d.date },
  { header: 'source', get: (d) => d.sourceCode },
  { header: 'target', get: (d) => d.targetCode },
  { header: 'cameo', get: (d) => d.cameo },
  { header: 'plover', get: (d) => d.plover },
  { header: 'quad', get: (d) => d.quad },
  { header: 'goldstein', get: (d) => d.goldstein },
  { header: 'mentions', get: (d) => d.mentions },
  { header: 'articles', get: (d) => d.articles },
  { header: 'example', get: (d) => d.example },
];

/** A short flag string: negated, intent/hypothetical, reciprocal. */
export function flags(e: Pick<EventRecord, 'negated' | 'modality' | 'reciprocal'>): string {
  return [
    e.negated ? 'not' : '',
    e.modality === 'actual' ? '' : e.modality,
    e.reciprocal ? 'mutual' : '',
  ]
    .filter((f) => f !== '')
    .join(',');
}

export function writeEvents(
  db: Database.Database,
  io: Io,
  format: Format,
  filter: Parameters<typeof queryEvents>[1],
): number {
  const n = writeRecords(
    io,
    format,
    format === 'table' ? EVENT_TABLE : CSV,
    queryEvents(db, filter),
  );
  if (format === 'table') line(io.out, `${n} event mention(s)`);
  return n;
}

export async function eventsCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values } = parse(
    'events',
    argv,
    {
      db: { type: 'string' },
      format: { type: 'string' },
      actor: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      code: { type: 'string' },
      article: { type: 'string' },
      limit: { type: 'string' },
      'one-a-day': { type: 'boolean' },
    },
    false,
  );
  const format = formatOf(io, values.format);
  const limit = countOption('limit', values.limit);
  const filter = {
    ...(values.actor ? { actor: values.actor.toUpperCase() } : {}),
    ...(values.from ? { from: values.from } : {}),
    ...(values.to ? { to: values.to } : {}),
    ...(values.code ? { code: values.code } : {}),
    ...(values.article ? { article: values.article } : {}),
    ...(limit !== undefined ? { limit } : {}),
  };
  readStore(values.db, (db) => {
    if (!values['one-a-day']) return writeEvents(db, io, format, filter);
    const n = writeRecords(io, format, DAILY, oneADay(db, filter));
    if (format === 'table') line(io.out, `${n} row(s), one per date, source, target and code`);
    return n;
  });
  return 0;
}
