import type { ColumnShape } from '../types.js';
import { textSink } from './text-sink.js';
import type { Destination, RowWriter } from './types.js';

/** JSON lines: one object per row, keyed by column name, nulls kept, lists as arrays. */
export function jsonlWriter(columns: readonly ColumnShape[], destination: Destination): RowWriter {
  const sink = textSink(destination);
  const names = columns.map((c) => c.name);
  return {
    write(values) {
      const row: Record<string, unknown> = {};
      names.forEach((name, k) => {
        row[name] = values[k] ?? null;
      });
      return sink.push(`${JSON.stringify(row)}\n`);
    },
    finish: () => sink.finish(),
  };
}
