import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { ParleyError } from '../errors.js';
import { migrate, SCHEMA_VERSION, schemaProblem } from './schema.js';

/**
 * Opens (creating if needed) the embedded SQLite database at `path` and brings it to
 * the current schema. WAL journaling: a crash loses at most the article being written.
 */
export function openDatabase(
  path: string,
  options: {
    readonly readonly?: boolean;
    /** Skip the schema check (to read the version of a store that may be old). */
    readonly unchecked?: boolean;
  } = {},
): Database.Database {
  if (options.readonly && path !== ':memory:' && !existsSync(path)) {
    throw new ParleyError('no database here yet; run "parley ingest" or "parley demo" first', {
      where: path,
    });
  }
  let db: Database.Database;
  try {
    if (!options.readonly && path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    db = new Database(path, {
      readonly: options.readonly ?? false,
      fileMustExist: options.readonly ?? false,
    });
  } catch (cause) {
    throw new ParleyError(`cannot open database: ${(cause as Error).message}`, {
      where: path,
      cause,
    });
  }
  try {
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      // Ids are hashes, so inserts land all over the indexes: a 64 MiB page cache keeps
      // large stores from slowing down (SQLite's default is 2 MiB).
      db.pragma('cache_size = -65536');
      // Checkpoint the WAL into the database every 10,000 pages (~40 MiB) instead of
      // SQLite's 1,000: each checkpoint costs two fsyncs and rewrites the index pages
      // that every commit touched again, half of the commit time of an ingest.
      db.pragma('wal_autocheckpoint = 10000');
    }
    db.pragma('foreign_keys = ON');
    if (!options.readonly) migrate(db);
  } catch (cause) {
    db.close();
    throw new ParleyError(`cannot use database: ${(cause as Error).message}`, {
      where: path,
      cause,
    });
  }
  const problem = options.unchecked ? null : checkSchema(db);
  if (problem) {
    db.close();
    throw new ParleyError(problem, { where: path });
  }
  return db;
}

/** The schema version of the store at `path` (0 for a file that is not one yet). */
export function storeVersion(path: string): number {
  const db = openDatabase(path, { readonly: true, unchecked: true });
  try {
    return Number(db.pragma('user_version', { simple: true }));
  } finally {
    db.close();
  }
}

/** Why a store cannot be used as it is, or null. */
function checkSchema(db: Database.Database): string | null {
  const version = Number(db.pragma('user_version', { simple: true }));
  if (version < SCHEMA_VERSION) {
    return `the store has schema ${version}, older than this Parley's ${SCHEMA_VERSION}: open it once for writing (parley ingest) to upgrade it`;
  }
  const fresh = new Database(':memory:');
  try {
    migrate(fresh);
    const problem = schemaProblem(db, fresh);
    return problem
      ? `the store's tables differ from schema ${version} (${problem}); it was written by a development build of Parley: delete it and ingest again`
      : null;
  } finally {
    fresh.close();
  }
}
