/** A value in an export row: text, number, flag, a list of texts, or null (empty). */
export type Value = string | number | boolean | null | readonly string[];

/**
 * A column's type, the same in every format: `string`, `int` (Parquet INT32), `double`
 * (DOUBLE), `boolean` (BOOLEAN), `strings` (a list of texts: a Parquet LIST, a JSON
 * array, and in CSV the texts joined by ` | `).
 */
export type ColumnType = 'string' | 'int' | 'double' | 'boolean' | 'strings';

/** The name and type of a column: all a writer needs. */
export interface ColumnShape {
  readonly name: string;
  readonly type: ColumnType;
}

/** What column readers may need beyond the row: loaded once per export. */
export interface ExportContext {
  /** The country codes of data/actors/countries.tsv (ISO 3166-1 alpha-3), as clustering uses them. */
  readonly countries: ReadonlySet<string>;
}

/** One documented column: how it is named, typed, described, and read from a row. */
export interface ColumnSpec<Row> extends ColumnShape {
  readonly description: string;
  /** The dataset convention its name follows (`Phoenix EventRootCode`), or `Parley` for our own. */
  readonly convention: string;
  readonly read: (row: Row, context: ExportContext) => Value;
}

export const EXPORT_FORMATS = ['csv', 'jsonl', 'parquet'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** `mentions`: one row per coded mention; `events`: one row per clustered event. */
export type ExportKind = 'mentions' | 'events';
