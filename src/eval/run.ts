import type { Pipeline } from '../pipeline.js';
import type { Coded } from './score.js';

/** Codes each record's text as one article, on the record's date (or undated). */
export function codeRecords<
  R extends { readonly id: string; readonly text: string; readonly date: string | null },
>(pipeline: Pipeline, records: readonly R[]): Coded<R>[] {
  return records.map((record) => ({
    record,
    events: pipeline.codeText(record.id, record.text, record.date).events,
  }));
}
