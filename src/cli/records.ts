import { ParleyError } from '../errors.js';
import { csvField, line, table } from './output.js';
import type { Io } from './output.js';

/** A column of a record listing: its header and how to read it. */
export interface Column<T> {
  readonly header: string;
  readonly get: (r: T) => string | number | boolean | null;
}

export type Format = 'table' | 'jsonl' | 'csv';

/** `--format`, or a table on a terminal and JSON lines when piped. */
export function formatOf(io: Io, value: string | undefined): Format {
  const format = value ?? (io.out.isTTY ? 'table' : 'jsonl');
  if (format !== 'table' && format !== 'jsonl' && format !== 'csv') {
    throw new ParleyError(`invalid --format "${format}" (expected table, jsonl or csv)`);
  }
  return format;
}

/**
 * Writes records as a table (the columns; the last one cut to the terminal's width), as
 * JSON lines (each whole record) or as CSV (the columns). Returns how many were written.
 */
export function writeRecords<T>(
  io: Io,
  format: Format,
  columns: readonly Column<T>[],
  records: Iterable<T>,
): number {
  let n = 0;
  if (format === 'jsonl') {
    for (const r of records) {
      line(io.out, JSON.stringify(r));
      n++;
    }
  } else if (format === 'csv') {
    line(io.out, columns.map((c) => c.header).join(','));
    for (const r of records) {
      line(io.out, columns.map((c) => csvField(c.get(r))).join(','));
      n++;
    }
  } else {
    const rows: string[][] = [];
    for (const r of records) rows.push(columns.map((c) => String(c.get(r) ?? '')));
    n = rows.length;
    line(
      io.out,
      table(
        columns.map((c) => c.header),
        rows,
        io.out.columns ?? 160,
      ),
    );
  }
  return n;
}
