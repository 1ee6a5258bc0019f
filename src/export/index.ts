/**
 * Exports (`parley export`): the store's coded mentions or clustered events as CSV, JSON
 * lines or Parquet, streamed, with documented columns that follow ICEWS/Phoenix names.
 */
export { columnReference } from './docs.js';
export { exportRows } from './export.js';
export type { ExportOptions } from './export.js';
export type { ExportFilter } from './rows.js';
export { EVENT_COLUMNS } from './columns/events.js';
export { MENTION_COLUMNS } from './columns/mentions.js';
export type { EventRow } from './columns/events.js';
export type { ArticleFields, MentionRow } from './columns/mentions.js';
export { createRowWriter } from './writers/index.js';
export type { Destination, ParquetOptions, RowWriter } from './writers/index.js';
export { EXPORT_FORMATS } from './types.js';
export type {
  ColumnShape,
  ColumnSpec,
  ColumnType,
  ExportContext,
  ExportFormat,
  ExportKind,
  Value,
} from './types.js';
