import type { ColumnSpec, ColumnType, ExportContext, Value } from '../types.js';

/** One column spec as a table row: name, type, convention, description, reader. */
export function column<Row>(
  name: string,
  type: ColumnType,
  convention: string,
  description: string,
  read: (row: Row, context: ExportContext) => Value,
): ColumnSpec<Row> {
  return { name, type, convention, description, read };
}

/** The same columns read from another row type (`pick` finds the part they read). */
export function via<Outer, Inner>(
  columns: readonly ColumnSpec<Inner>[],
  pick: (row: Outer) => Inner,
): ColumnSpec<Outer>[] {
  return columns.map((c) => ({ ...c, read: (row, context) => c.read(pick(row), context) }));
}
