import type Database from 'better-sqlite3';
import { EVENT_COLUMNS } from './columns/events.js';
import { MENTION_COLUMNS } from './columns/mentions.js';
import { eventRows, mentionRows, storeRows } from './rows.js';
import type { ExportFilter } from './rows.js';
import type { ColumnSpec, ExportContext, ExportFormat, ExportKind, Value } from './types.js';
import { createRowWriter } from './writers/index.js';
import type { Destination, ParquetOptions } from './writers/index.js';

export interface ExportOptions {
  readonly kind: ExportKind;
  readonly format: ExportFormat;
  readonly destination: Destination;
  readonly filter?: ExportFilter;
  readonly context: ExportContext;
  readonly parquet?: ParquetOptions;
  /** Called every `progressEvery` rows with the rows written and the store's total. */
  readonly onProgress?: (rows: number, total: number) => void;
  readonly progressEvery?: number;
}

async function pump<Row>(
  rows: Iterable<Row>,
  columns: readonly ColumnSpec<Row>[],
  options: ExportOptions,
  total: number,
): Promise<number> {
  const writer = createRowWriter(options.format, columns, options.destination, options.parquet);
  const every = options.progressEvery ?? 10_000;
  let n = 0;
  const values: Value[] = columns.map(() => null);
  for (const row of rows) {
    for (let k = 0; k < columns.length; k++)
      values[k] = columns[k]?.read(row, options.context) ?? null;
    const wait = writer.write(values);
    if (wait) await wait;
    n++;
    if (n % every === 0) options.onProgress?.(n, total);
  }
  await writer.finish();
  options.onProgress?.(n, Math.max(n, total));
  return n;
}

/**
 * Streams the store's mentions or events to a CSV, JSON lines or Parquet destination,
 * one row at a time (memory stays flat: at most a Parquet row group is held), and returns
 * the number of rows written.
 */
export function exportRows(db: Database.Database, options: ExportOptions): Promise<number> {
  const filter = options.filter ?? {};
  const total = storeRows(db, options.kind);
  return options.kind === 'mentions'
    ? pump(mentionRows(db, filter), MENTION_COLUMNS, options, total)
    : pump(eventRows(db, filter), EVENT_COLUMNS, options, total);
}
