import { resolve } from 'node:path';
import { ParleyError } from './errors.js';
import { DEFAULT_DATA_DIR } from './data/index.js';

/** Parley's configuration: parsed and validated once, frozen, passed down. */
export interface Config {
  /** The SQLite file. */
  readonly db: string;
  /** The folder with dictionaries and ontology (data/). */
  readonly dataDir: string;
  /** Largest single document read (txt, html, xml), in bytes. */
  readonly maxFileBytes: number;
  /** Largest JSONL line, in bytes. */
  readonly maxLineBytes: number;
  /** PETRARCH/TABARI actor or agent dictionaries to load over the built-in base (`--actors`). */
  readonly actorFiles: readonly string[];
  /** PETRARCH/TABARI verb dictionaries to merge over the built-in patterns (`--verbs`). */
  readonly verbFiles: readonly string[];
  /** Discard lists (PETRARCH format) added to data/discards.txt (`--discards`). */
  readonly discardFiles: readonly string[];
}

export interface ConfigOptions {
  readonly db?: string;
  readonly dataDir?: string;
  readonly maxFileMb?: string | number;
  readonly maxLineMb?: string | number;
  readonly actorFiles?: readonly string[] | undefined;
  readonly verbFiles?: readonly string[] | undefined;
  readonly discardFiles?: readonly string[] | undefined;
}

export const DEFAULT_DB = 'parley.db';
export const DEFAULT_MAX_FILE_MB = 50;
export const DEFAULT_MAX_LINE_MB = 10;

function megabytes(name: string, value: string | number): number {
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n) || n <= 0) {
    throw new ParleyError(`invalid --${name} "${value}" (expected a positive number of megabytes)`);
  }
  return Math.floor(n * 1024 * 1024);
}

export function resolveConfig({
  db = process.env.PARLEY_DB ?? DEFAULT_DB,
  dataDir = DEFAULT_DATA_DIR,
  maxFileMb = DEFAULT_MAX_FILE_MB,
  maxLineMb = DEFAULT_MAX_LINE_MB,
  actorFiles = [],
  verbFiles = [],
  discardFiles = [],
}: ConfigOptions = {}): Config {
  if (db.trim() === '') throw new ParleyError('invalid --db "" (expected a file path)');
  return Object.freeze({
    db: db === ':memory:' ? db : resolve(db),
    dataDir: resolve(dataDir),
    maxFileBytes: megabytes('max-file-mb', maxFileMb),
    maxLineBytes: megabytes('max-line-mb', maxLineMb),
    actorFiles: Object.freeze(actorFiles.map((f) => resolve(f))),
    verbFiles: Object.freeze(verbFiles.map((f) => resolve(f))),
    discardFiles: Object.freeze(discardFiles.map((f) => resolve(f))),
  });
}
