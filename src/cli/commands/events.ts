import type Database from 'better-sqlite3';
import { ParleyError } from '../../errors.js';
import type { EventRecord } from '../../store/index.js';
import { queryEvents } from '../../store/index.js';
import { parse } from '../args.js';
import { readStore } from '../store.js';
import { csvField, line, table } from '../output.js';
import type { Io } from '../output.js';

export const EVENTS_HELP = `parley events [options]

Prints stored events in date order.

  --db FILE         database file (default: parley.db, or $PARLEY_DB)
  --format FMT      jsonl | csv | table (default: table on a terminal, jsonl when piped)
  --actor CODE      source or target code starts with CODE (RUS matches RUSGOV)
  --from YYYY-MM-DD --to YYYY-MM-DD   event date range (undated events are left out)
  --code PREFIX     CAMEO code prefix (19 = all fighting)
  --article ID      events of one article
  --limit N         at most N events`;

export const CSV_COLUMNS = [
  'id',
  'articleId',
  'sentenceId',
  'date',
  'datePrecision',
  'dateSource',
  'dateText',
  'sourceCode',
  'sourceName',
  'sourceText',
  'targetCode',
  'targetName',
  'targetText',
  'cameo',
  'cameoName',
  'plover',
  'ploverMode',
  'quad',
  'goldstein',
  'modality',
  'negated',
  'reciprocal',
  'sentence',
  'rule',
] as const;

function csvRow(e: EventRecord): string {
  return [
    e.id,
    e.articleId,
    e.sentenceId,
    e.date,
    e.datePrecision,
    e.dateSource,
    e.dateText,
    e.source.code,
    e.source.name,
    e.source.text,
    e.target?.code ?? null,
    e.target?.name ?? null,
    e.target?.text ?? null,
    e.cameo,
    e.cameoName,
    e.plover,
    e.ploverMode,
    e.quad,
    e.goldstein,
    e.modality,
    e.negated,
    e.reciprocal,
    e.sentence,
    e.rule,
  ]
    .map(csvField)
    .join(',');
}

/** A short flag string: negated, intent/hypothetical, reciprocal. */
export function flags(e: EventRecord): string {
  return [
    e.negated ? 'not' : '',
    e.modality === 'actual' ? '' : e.modality,
    e.reciprocal ? 'mutual' : '',
  ]
    .filter((f) => f !== '')
    .join(',');
}

export function eventTableRows(events: Iterable<EventRecord>): string[][] {
  const rows: string[][] = [];
  for (const e of events) {
    rows.push([
      e.date ?? '?',
      e.source.code,
      e.cameo,
      e.plover ?? '-',
      e.target?.code ?? '-',
      flags(e),
      `${e.source.text} → ${e.target?.text ?? '∅'} | ${e.sentence}`,
    ]);
  }
  return rows;
}

export const EVENT_HEADERS = [
  'date',
  'source',
  'cameo',
  'plover',
  'target',
  'flags',
  'mention | sentence',
];

export function writeEvents(
  db: Database.Database,
  io: Io,
  format: string,
  filter: Parameters<typeof queryEvents>[1],
): number {
  const events = queryEvents(db, filter);
  let n = 0;
  if (format === 'jsonl') {
    for (const e of events) {
      line(io.out, JSON.stringify(e));
      n++;
    }
  } else if (format === 'csv') {
    line(io.out, CSV_COLUMNS.join(','));
    for (const e of events) {
      line(io.out, csvRow(e));
      n++;
    }
  } else {
    const rows = eventTableRows(events);
    n = rows.length;
    line(io.out, table(EVENT_HEADERS, rows, io.out.columns ?? 160));
    line(io.out, `${n} event(s)`);
  }
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
    },
    false,
  );
  const format = values.format ?? (io.out.isTTY ? 'table' : 'jsonl');
  if (!['jsonl', 'csv', 'table'].includes(format)) {
    throw new ParleyError(`invalid --format "${format}" (expected jsonl, csv or table)`);
  }
  let limit: number | undefined;
  if (values.limit !== undefined) {
    limit = Number(values.limit);
    if (!Number.isInteger(limit) || limit < 0)
      throw new ParleyError(`invalid --limit "${values.limit}"`);
  }
  const filter = {
    ...(values.actor ? { actor: values.actor.toUpperCase() } : {}),
    ...(values.from ? { from: values.from } : {}),
    ...(values.to ? { to: values.to } : {}),
    ...(values.code ? { code: values.code } : {}),
    ...(values.article ? { article: values.article } : {}),
    ...(limit !== undefined ? { limit } : {}),
  };
  readStore(values.db, (db) => writeEvents(db, io, format, filter));
  return 0;
}
