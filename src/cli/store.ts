import type Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { countryCodes, loadActorEntries } from '../actors/index.js';
import { resolveConfig } from '../config.js';
import type { Config } from '../config.js';
import { createWriter, openDatabase, SCHEMA_VERSION, storeVersion } from '../store/index.js';

/**
 * Brings a store written by an older Parley to the current schema: the migrations, then
 * the events across reports of the mentions it already holds.
 */
function upgrade(config: Config): void {
  const db = openDatabase(config.db);
  try {
    createWriter(db, countryCodes(loadActorEntries(config.dataDir))).flush();
  } finally {
    db.close();
  }
}

/**
 * Opens the store named by `--db` (or $PARLEY_DB, or parley.db) read-only, upgrading a
 * store of an older schema first. The caller closes it.
 */
export function openStore(dbOption: string | undefined): Database.Database {
  const config = resolveConfig({ db: dbOption });
  if (existsSync(config.db) && storeVersion(config.db) < SCHEMA_VERSION) upgrade(config);
  return openDatabase(config.db, { readonly: true });
}

/** Runs `fn` on the store named by `--db`, opened as `openStore` does. */
export function readStore<T>(dbOption: string | undefined, fn: (db: Database.Database) => T): T {
  const db = openStore(dbOption);
  try {
    return fn(db);
  } finally {
    db.close();
  }
}
