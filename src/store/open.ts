import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { ParleyError } from '../errors.js';
import { migrate } from './schema.js';

/**
 * Opens (creating if needed) the embedded SQLite database at `path` and brings it to
 * the current schema. WAL journaling: a crash loses at most the article being written.
 */
export function openDatabase(
  path: string,
  options: { readonly readonly?: boolean } = {},
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
  return db;
}
