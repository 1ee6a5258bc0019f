import type Database from 'better-sqlite3';
import { resolveConfig } from '../config.js';
import { openDatabase } from '../store/index.js';

/** Runs `fn` on the store named by `--db` (or $PARLEY_DB, or parley.db), opened read-only. */
export function readStore<T>(dbOption: string | undefined, fn: (db: Database.Database) => T): T {
  const db = openDatabase(resolveConfig({ db: dbOption }).db, { readonly: true });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}
