import type Database from 'better-sqlite3';
import { statSync } from 'node:fs';
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
  /** Bytes of the input files (0 when unknown, as for stdin), and how many are read. */
  bytes: number;
  bytesDone: number;
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

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    // Unreadable files are reported when they are read; they count for nothing here.
    return 0;
  }
}

/** How often an ingest commits: articles are written atomically, committed in batches. */
export const COMMIT_EVERY_MS = 500;

/**
 * Reads every input, runs the pipeline on each article and stores it. Each article is
 * written atomically (its own savepoint: all of it or nothing); the outer transaction
 * is committed every COMMIT_EVERY_MS and at the end, because a commit per article costs
 * a third of the throughput. An interrupted run keeps every committed article (at most
 * the last half second of work is lost), and running again skips them (same content
 * hash and processing version) and completes the rest.
 */
export async function ingestAll(
  expansion: Expansion,
  db: Database.Database,
  pipeline: Pipeline,
  options: ReadOptions,
  callbacks: IngestCallbacks = {},
): Promise<IngestTotals> {
  const writer = createWriter(db, pipeline.countries);
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
    bytes: 0,
    bytesDone: 0,
  };
  const sizes = expansion.items.map((item) => (item.kind === 'file' ? fileSize(item.path) : 0));
  totals.bytes = sizes.reduce((a, b) => a + b, 0);
  const failed = (f: IngestFailure): void => {
    totals.failed++;
    callbacks.onFailure?.(f);
  };
  const store = (article: RawArticle): void => {
    const seen = writer.lookup(article, pipeline.processedWith);
    if (seen.state === 'unchanged' || seen.state === 'duplicate') {
      totals.articles++;
      if (seen.state === 'unchanged') totals.unchanged++;
      else totals.duplicates++;
      callbacks.onArticle?.(article, seen.state, seen.id);
      return;
    }
    const processed = pipeline.processArticle(article);
    const outcome = writer.save(processed, pipeline.processedWith);
    totals.articles++;
    totals[outcome]++;
    totals.sentences += processed.sentences.length;
    totals.events += processed.events.length;
    callbacks.onArticle?.(article, outcome, processed.id);
  };

  for (const m of expansion.missing) failed(m);
  let lastCommit = Date.now();
  db.exec('BEGIN');
  try {
    for (const [k, item] of expansion.items.entries()) {
      const bytesBefore = totals.bytesDone;
      for await (const result of readInput(item, options)) {
        if (result.bytes !== undefined) totals.bytesDone += result.bytes;
        if ('failure' in result) failed(result.failure);
        else {
          try {
            store(result.article);
          } catch (error) {
            failed({ origin: result.article.origin, reason: errorMessage(error) });
          }
        }
        callbacks.onProgress?.(totals);
        if (Date.now() - lastCommit >= COMMIT_EVERY_MS) {
          writer.flush();
          db.exec('COMMIT');
          db.exec('BEGIN');
          lastCommit = Date.now();
        }
      }
      totals.inputsDone++;
      totals.bytesDone = bytesBefore + (sizes[k] ?? 0);
      callbacks.onProgress?.(totals);
    }
    writer.flush();
  } finally {
    if (db.inTransaction) db.exec('COMMIT');
  }
  return totals;
}
