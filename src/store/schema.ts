import type Database from 'better-sqlite3';
import { ParleyError } from '../errors.js';

/**
 * Schema migrations, applied in order; `PRAGMA user_version` records how many ran.
 * Never edit a migration that has shipped: append a new one.
 */
const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL,
    processed_with TEXT NOT NULL,
    origin TEXT NOT NULL,
    format TEXT NOT NULL,
    title TEXT,
    outlet TEXT,
    url TEXT,
    published TEXT,
    published_source TEXT,
    dateline TEXT,
    text TEXT NOT NULL,
    ingested_at TEXT NOT NULL
  );
  CREATE INDEX articles_content_hash ON articles(content_hash);
  CREATE INDEX articles_published ON articles(published);

  CREATE TABLE removed_lines (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    line INTEGER NOT NULL,
    text TEXT NOT NULL,
    reason TEXT NOT NULL,
    PRIMARY KEY (article_id, line)
  ) WITHOUT ROWID;

  CREATE TABLE sentences (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL
  );
  CREATE INDEX sentences_article ON sentences(article_id, idx);

  CREATE TABLE mentions (
    sentence_id TEXT NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    text TEXT NOT NULL,
    source TEXT NOT NULL,
    person TEXT,
    role TEXT,
    PRIMARY KEY (sentence_id, start)
  ) WITHOUT ROWID;
  CREATE INDEX mentions_code ON mentions(code);
  CREATE INDEX mentions_article ON mentions(article_id);

  CREATE TABLE events (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence_id TEXT NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    date TEXT,
    date_source TEXT NOT NULL,
    source_code TEXT NOT NULL,
    source_name TEXT NOT NULL,
    source_text TEXT NOT NULL,
    target_code TEXT,
    target_name TEXT,
    target_text TEXT,
    cameo TEXT NOT NULL,
    cameo_name TEXT NOT NULL,
    plover TEXT,
    plover_mode TEXT,
    quad INTEGER NOT NULL,
    goldstein REAL NOT NULL,
    modality TEXT NOT NULL,
    negated INTEGER NOT NULL,
    reciprocal INTEGER NOT NULL,
    rule TEXT NOT NULL,
    why TEXT NOT NULL
  );
  CREATE INDEX events_article ON events(article_id);
  CREATE INDEX events_date ON events(date);
  CREATE INDEX events_source ON events(source_code);
  CREATE INDEX events_target ON events(target_code);
  CREATE INDEX events_cameo ON events(cameo);
  `,
  // 2: the discard (data/discards.txt line and phrase) that kept a sentence's events from being coded.
  `ALTER TABLE sentences ADD COLUMN discarded TEXT;`,
  // 3: an event's date precision (day, week, month, year) and the date expression as written.
  `ALTER TABLE events ADD COLUMN date_precision TEXT;
   ALTER TABLE events ADD COLUMN date_text TEXT;`,
  // 4: where an event took place: the location as JSON (output contract), its country indexed.
  `ALTER TABLE events ADD COLUMN location TEXT;
   ALTER TABLE events ADD COLUMN location_country TEXT;
   CREATE INDEX events_location_country ON events(location_country);`,
  // 5: events across reports. Each row of \`events\` is one coded mention; mentions with one
  // cluster key (dedup/events/key.ts) are grouped into the events of \`clusters\`.
  // A mention's date as the first and last day of its period (a month: its first and last
  // day) lets date ranges and re-clustering use an index.
  `ALTER TABLE events ADD COLUMN date_start TEXT;
   ALTER TABLE events ADD COLUMN date_end TEXT;
   ALTER TABLE events ADD COLUMN cluster_key TEXT;
   ALTER TABLE events ADD COLUMN cluster_id TEXT;
   CREATE INDEX events_cluster_span ON events(cluster_key, date_start);
   CREATE INDEX events_cluster_id ON events(cluster_id);
   CREATE TABLE clusters (
     id TEXT PRIMARY KEY,
     key TEXT NOT NULL,
     date TEXT,
     date_precision TEXT,
     date_start TEXT,
     date_end TEXT,
     source_code TEXT NOT NULL,
     source_name TEXT NOT NULL,
     source_side TEXT NOT NULL,
     target_code TEXT,
     target_name TEXT,
     target_side TEXT,
     cameo TEXT NOT NULL,
     cameo_name TEXT NOT NULL,
     root TEXT NOT NULL,
     plover TEXT,
     plover_mode TEXT,
     quad INTEGER NOT NULL,
     goldstein REAL NOT NULL,
     modality TEXT NOT NULL,
     negated INTEGER NOT NULL,
     reciprocal INTEGER NOT NULL,
     location TEXT,
     location_country TEXT,
     mentions INTEGER NOT NULL,
     articles INTEGER NOT NULL,
     outlets INTEGER NOT NULL,
     copies INTEGER NOT NULL,
     event_id TEXT NOT NULL,
     sentence_id TEXT NOT NULL
   );
   CREATE INDEX clusters_key ON clusters(key);
   CREATE INDEX clusters_date ON clusters(date_start);
   CREATE INDEX clusters_source ON clusters(source_code);
   CREATE INDEX clusters_target ON clusters(target_code);
   CREATE INDEX clusters_source_side ON clusters(source_side);
   CREATE INDEX clusters_target_side ON clusters(target_side);`,
  // 6: near-duplicate articles: the original of a copy (always the group's original, never a
  // chain) and their estimated similarity, the MinHash signature, and the LSH band index of
  // originals (one indexed probe per band).
  `ALTER TABLE articles ADD COLUMN copy_of TEXT REFERENCES articles(id) ON DELETE SET NULL;
   ALTER TABLE articles ADD COLUMN similarity REAL;
   ALTER TABLE articles ADD COLUMN signature BLOB;
   CREATE INDEX articles_copy_of ON articles(copy_of);
   CREATE TABLE article_bands (
     band INTEGER NOT NULL,
     hash INTEGER NOT NULL,
     article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
     PRIMARY KEY (band, hash, article_id)
   ) WITHOUT ROWID;
   CREATE INDEX article_bands_article ON article_bands(article_id);`,
  // 7: for the HTTP API. The orders events are paged in (store/cluster-pages.ts: undated
  // last), so a page reads its rows from an index instead of sorting every event; events by
  // place; the counts per period (analytics/timeline.ts) and of a date range by actor from
  // an index alone; the mentions
  // of a sentence (text search). A full-text index (FTS5) of the sentences made ingest 14%
  // slower (bench/compare.ts) for searches a scan answers fast enough.
  `CREATE INDEX clusters_page_date ON clusters(COALESCE(date_start, '~'), id);
   CREATE INDEX clusters_page_date_desc ON clusters(COALESCE(date_start, ''), id);
   CREATE INDEX clusters_page_mentions ON clusters(mentions, id);
   CREATE INDEX clusters_location_country ON clusters(location_country);
   CREATE INDEX clusters_series ON clusters(
     date_start, date_precision, negated, modality, quad, goldstein, mentions);
   CREATE INDEX clusters_span_actors ON clusters(date_start, date_end, source_code, target_code, id);
   CREATE INDEX events_sentence ON events(sentence_id);`,
];

/** The schema version this Parley writes. */
export const SCHEMA_VERSION = MIGRATIONS.length;

/**
 * What makes a store's tables differ from the schema its version promises (a column
 * missing, as in stores written by development builds whose first migration later
 * changed), or null when they match.
 */
export function schemaProblem(db: Database.Database, fresh: Database.Database): string | null {
  const columns = (d: Database.Database, table: string): string[] =>
    (d.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name);
  const tables = fresh
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .all() as { name: string }[];
  for (const { name } of tables) {
    const have = new Set(columns(db, name));
    if (have.size === 0) return `table ${name} is missing`;
    const missing = columns(fresh, name).find((c) => !have.has(c));
    if (missing) return `table ${name} has no column ${missing}`;
  }
  return null;
}

/** Brings a database to the current schema inside one transaction. */
export function migrate(db: Database.Database): void {
  const current = Number(db.pragma('user_version', { simple: true }));
  if (current > MIGRATIONS.length) {
    throw new ParleyError(
      `database schema version ${current} is newer than this Parley (${MIGRATIONS.length}); upgrade Parley`,
    );
  }
  const apply = db.transaction(() => {
    for (let v = current; v < MIGRATIONS.length; v++) {
      db.exec(MIGRATIONS[v] ?? '');
      db.pragma(`user_version = ${v + 1}`);
    }
  });
  apply();
}
