import type { ColumnShape, ExportFormat } from '../types.js';
import { csvWriter } from './csv.js';
import { jsonlWriter } from './jsonl.js';
import { parquetWriter } from './parquet.js';
import type { ParquetOptions } from './parquet.js';
import type { Destination, RowWriter } from './types.js';

export { CSV_LIST_SEPARATOR } from './csv.js';
export type { ParquetOptions } from './parquet.js';
export type { Destination, RowWriter } from './types.js';

/** The writer of `format` for rows of `columns`. */
export function createRowWriter(
  format: ExportFormat,
  columns: readonly ColumnShape[],
  destination: Destination,
  options: ParquetOptions = {},
): RowWriter {
  if (format === 'csv') return csvWriter(columns, destination);
  if (format === 'jsonl') return jsonlWriter(columns, destination);
  return parquetWriter(columns, destination, options);
}
