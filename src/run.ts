import type Database from 'better-sqlite3';
import { errorMessage } from './errors.js';
import { readInput } from './ingest/index.js';
import type { Expansion, IngestFailure, RawArticle, ReadOptions } from './ingest/index.js';
import type { Pipeline } from './pipeline.js';
import { createWriter } from './store/index.js';

/** Counts of one ingest run. */
export interface IngestTotals {
  /** Articles read without error (stored, unchanged or duplicate). */
  articles: number;
  added: number;
  replaced: number;
  unchanged: number;
  duplicates: number;
  failed: number;
  sentences: number;
  events: number;
  /** Input files and stdin, and how many are done. */
  inputs: number;
  inputsDone: number;
}

export interface IngestCallbacks {
  /** One input or record could not be read or processed. */
  onFailure?(failure: IngestFailure): void;
  /** Called after each article and each finished input. */
  onProgress?(totals: Readonly<IngestTotals>): void;
  /** An article was stored, skipped as unchanged or skipped as a duplicate. */
  onArticle?(
    article: RawArticle,
    outcome: 'added' | 'replaced' | 'unchanged' | 'duplicate',
    id: string,
  ): void;
}

/**
 * Reads every input, runs the pipeline on each article and stores it, one transaction
 * per article: an interrupted run keeps every article already committed, and running
 * again skips them (same content hash and processing version) and completes the rest.
 */
export async function ingestAll(
  expansion: Expansion,
  db: Database.Database,
  pipeline: Pipeline,
  options: ReadOptions,
  callbacks: IngestCallbacks = {},
): Promise<IngestTotals> {
  const writer = createWriter(db);
  const totals: IngestTotals = {
    articles: 0,
    added: 0,
    replaced: 0,
    unchanged: 0,
    duplicates: 0,
    failed: 0,
    sentences: 0,
    events: 0,
    inputs: expansion.items.length,
    inputsDone: 0,
  };
  const failed = (f: IngestFailure): void => {
    totals.failed++;
    callbacks.onFailure?.(f);
  };
  for (const m of expansion.missing) failed(m);
  for (const item of expansion.items) {
    for await (const result of readInput(item, options)) {
      if ('failure' in result) {
        failed(result.failure);
        continue;
      }
      const article = result.article;
      try {
        const seen = writer.lookup(article, pipeline.processedWith);
        if (seen.state === 'unchanged' || seen.state === 'duplicate') {
          totals.articles++;
          if (seen.state === 'unchanged') totals.unchanged++;
          else totals.duplicates++;
          callbacks.onArticle?.(article, seen.state, seen.id);
        } else {
          const processed = pipeline.processArticle(article);
          const outcome = writer.save(processed, pipeline.processedWith);
          totals.articles++;
          totals[outcome]++;
          totals.sentences += processed.sentences.length;
          totals.events += processed.events.length;
          callbacks.onArticle?.(article, outcome, processed.id);
        }
      } catch (error) {
        failed({ origin: article.origin, reason: errorMessage(error) });
      }
      callbacks.onProgress?.(totals);
    }
    totals.inputsDone++;
    callbacks.onProgress?.(totals);
  }
  return totals;
}
