import { csvField } from '../../cli/output.js';
import type { ColumnShape, Value } from '../types.js';
import { textSink } from './text-sink.js';
import type { Destination, RowWriter } from './types.js';

/** Separates the texts of a list column in a CSV cell. */
export const CSV_LIST_SEPARATOR = ' | ';

function cell(value: Value): string {
  if (Array.isArray(value)) return csvField(value.join(CSV_LIST_SEPARATOR));
  return csvField(value as string | number | boolean | null);
}

/** CSV (RFC 4180): a header of column names, then one line per row; null is an empty cell. */
export function csvWriter(columns: readonly ColumnShape[], destination: Destination): RowWriter {
  const sink = textSink(destination);
  sink.push(`${columns.map((c) => csvField(c.name)).join(',')}\n`);
  return {
    write: (values) => sink.push(`${values.map(cell).join(',')}\n`),
    finish: () => sink.finish(),
  };
}
