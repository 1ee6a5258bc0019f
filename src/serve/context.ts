import type Database from 'better-sqlite3';
import type { Config } from '../config.js';
import type { Pipeline } from '../pipeline.js';

/** What every route reads: the store, the coder (loaded on first use), the settings. */
export interface ServeContext {
  readonly db: Database.Database;
  /** The pipeline, loaded once on first use (loading the dictionaries takes seconds). */
  pipeline(): Pipeline;
  readonly config: Config;
  /** The bearer token `POST /api/ingest` requires; null turns ingest off. */
  readonly ingestToken: string | null;
}
