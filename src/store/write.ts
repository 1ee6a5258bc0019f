import type Database from 'better-sqlite3';
import { clusterKey, periodOf } from '../dedup/index.js';
import type { KeyedMention } from '../dedup/index.js';
import type { DatePrecision } from '../time/index.js';
import type { RawArticle } from '../ingest/index.js';
import { createClusterer } from './clusters.js';
import type { Span } from './clusters.js';
import { sameProvenance } from './copies.js';
import type { EventRecord } from './records.js';

/**
 * An actor mention as stored: offsets into the sentence text; `code` is '' when unresolved,
 * and the members' codes joined by `+` for a plural reference ("the two diplomats").
 */
export interface MentionRecord {
  readonly start: number;
  readonly end: number;
  readonly code: string;
  readonly name: string;
  readonly text: string;
  /** How it was resolved: dictionary, person, group, title-holder, coreference, appositive, unresolved. */
  readonly source: string;
  readonly person: string | null;
  readonly role: string | null;
}

/** A fully processed article, ready to store. */
export interface ProcessedArticle {
  readonly id: string;
  readonly article: RawArticle;
  readonly sentences: readonly {
    readonly id: string;
    readonly idx: number;
    readonly start: number;
    readonly end: number;
    readonly text: string;
    readonly mentions: readonly MentionRecord[];
    /** The discard that kept its events from being coded (`data/discards.txt:20 World Cup`), or null. */
    readonly discarded: string | null;
  }[];
  readonly events: readonly EventRecord[];
}

/** What storing an article did. */
export type SaveOutcome = 'added' | 'replaced';

/** What the store already holds for an incoming article. */
export type Lookup =
  | { readonly state: 'new' }
  | { readonly state: 'unchanged'; readonly id: string }
  | { readonly state: 'duplicate'; readonly id: string; readonly key: string }
  | { readonly state: 'changed'; readonly id: string };

export interface Writer {
  lookup(article: RawArticle, processedWith: string): Lookup;
  /**
   * Writes an article and everything derived from it in one transaction, replacing any old
   * version. Its mentions join events at the next `flush`.
   */
  save(p: ProcessedArticle, processedWith: string): SaveOutcome;
  /**
   * Brings the events (clusters) of every mention saved, replaced or removed since the last
   * flush up to date. Call it before committing: one flush after many articles re-clusters
   * each busy dyad once instead of once per article.
   */
  flush(): void;
  /** A stored article became or stopped being a near-duplicate copy: its events are recounted at the next flush. */
  relinked(articleId: string): void;
}

/** A stored mention as far as its cluster key needs it. */
interface StoredMention {
  id: string;
  date: string | null;
  date_precision: string | null;
  source_code: string;
  source_text: string;
  target_code: string | null;
  target_text: string | null;
  cameo: string;
  plover: string | null;
  modality: string;
  negated: number;
}

function keyedOf(r: StoredMention): KeyedMention {
  return {
    date: r.date,
    datePrecision: r.date_precision as DatePrecision | null,
    source: { code: r.source_code, text: r.source_text },
    target: r.target_code === null ? null : { code: r.target_code, text: r.target_text ?? '' },
    cameo: r.cameo,
    plover: r.plover,
    modality: r.modality,
    negated: r.negated === 1,
  };
}

/** A mention's cluster key and the first and last day of its date's period (null: undated). */
function placeInClusters(
  m: KeyedMention,
  countries: ReadonlySet<string>,
): { key: string; start: string | null; end: string | null } {
  const period =
    m.date !== null && m.datePrecision !== null ? periodOf(m.date, m.datePrecision) : null;
  return { key: clusterKey(m, countries), start: period?.[0] ?? null, end: period?.[1] ?? null };
}

/**
 * `countries`: the ISO3 codes that stand for their whole country in a dyad (Kerry's USAGOV
 * and "Washington"'s USA are one side); without them each full code is a side of its own.
 * Mentions stored before clusters existed (no cluster key) are keyed and clustered at the
 * first flush.
 */
export function createWriter(
  db: Database.Database,
  countries: ReadonlySet<string> = new Set(),
): Writer {
  const clusterer = createClusterer(db, countries);
  /** The keys changed since the last flush, each with the span of days it changed. */
  const dirty = new Map<string, Span>();
  const touch = (key: string, start: string | null, end: string | null): void => {
    const was = dirty.get(key);
    if (start === null || end === null || was === null) dirty.set(key, null);
    else if (was === undefined) dirty.set(key, [start, end]);
    else dirty.set(key, [start < was[0] ? start : was[0], end > was[1] ? end : was[1]]);
  };
  const oldSpans = db.prepare<
    [string],
    { cluster_key: string | null; start: string | null; end: string | null }
  >(
    `SELECT cluster_key, MIN(date_start) AS start, MAX(date_end) AS "end" FROM events
     WHERE article_id = ? GROUP BY cluster_key`,
  );
  const unkeyed = db.prepare<[], StoredMention>(
    `SELECT id, date, date_precision, source_code, source_text, target_code, target_text, cameo,
       plover, modality, negated FROM events WHERE cluster_key IS NULL LIMIT 10000`,
  );
  const setKey = db.prepare<[string, string | null, string | null, string]>(
    'UPDATE events SET cluster_key = ?, date_start = ?, date_end = ? WHERE id = ?',
  );
  // In batches: a store of millions of mentions is keyed without holding them all.
  const backfill = db.transaction(() => {
    for (let batch = unkeyed.all(); batch.length > 0; batch = unkeyed.all()) {
      for (const r of batch) {
        const { key, start, end } = placeInClusters(keyedOf(r), countries);
        setKey.run(key, start, end, r.id);
        touch(key, start, end);
      }
    }
  });
  backfill();
  const byHash = db.prepare<
    [string],
    { id: string; key: string; outlet: string | null; url: string | null }
  >('SELECT id, key, outlet, url FROM articles WHERE content_hash = ?');
  const byKey = db.prepare<[string], { id: string; content_hash: string; processed_with: string }>(
    'SELECT id, content_hash, processed_with FROM articles WHERE key = ?',
  );
  const remove = db.prepare<[string]>('DELETE FROM articles WHERE id = ?');
  const insertArticle = db.prepare(
    `INSERT INTO articles (id, key, content_hash, processed_with, origin, format, title, outlet, url,
       published, published_source, dateline, text, ingested_at)
     VALUES (@id, @key, @contentHash, @processedWith, @origin, @format, @title, @outlet, @url,
       @published, @publishedSource, @dateline, @text, @ingestedAt)`,
  );
  const insertRemoved = db.prepare(
    'INSERT OR REPLACE INTO removed_lines (article_id, line, text, reason) VALUES (?, ?, ?, ?)',
  );
  const insertSentence = db.prepare(
    'INSERT INTO sentences (id, article_id, idx, start, "end", text, discarded) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const insertMention = db.prepare(
    'INSERT OR IGNORE INTO mentions (sentence_id, article_id, start, "end", code, name, text, source, person, role) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertEvent = db.prepare(
    `INSERT INTO events (id, article_id, sentence_id, date, date_precision, date_source, date_text,
       source_code, source_name, source_text, target_code, target_name, target_text, cameo,
       cameo_name, plover, plover_mode, quad, goldstein, modality, negated, reciprocal, rule, why,
       location, location_country, cluster_key, date_start, date_end)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );

  const save = db.transaction((p: ProcessedArticle, processedWith: string): SaveOutcome => {
    const a = p.article;
    const existed = byKey.get(a.key) !== undefined;
    // Replacing deletes the old version; its sentences, mentions and events cascade, and
    // the events they reported are re-clustered without them.
    if (existed) {
      for (const r of oldSpans.all(p.id)) if (r.cluster_key) touch(r.cluster_key, r.start, r.end);
      remove.run(p.id);
    }
    insertArticle.run({
      id: p.id,
      key: a.key,
      contentHash: a.contentHash,
      processedWith,
      origin: a.origin,
      format: a.format,
      title: a.title,
      outlet: a.outlet,
      url: a.url,
      published: a.published,
      publishedSource: a.publishedSource,
      dateline: a.dateline,
      text: a.text,
      ingestedAt: new Date().toISOString(),
    });
    for (const r of a.removed) insertRemoved.run(p.id, r.line, r.text, r.reason);
    for (const s of p.sentences) {
      insertSentence.run(s.id, p.id, s.idx, s.start, s.end, s.text, s.discarded);
      for (const m of s.mentions)
        insertMention.run(
          s.id,
          p.id,
          m.start,
          m.end,
          m.code,
          m.name,
          m.text,
          m.source,
          m.person,
          m.role,
        );
    }
    for (const e of p.events) {
      const { key, start, end } = placeInClusters(e, countries);
      touch(key, start, end);
      insertEvent.run(
        e.id,
        p.id,
        e.sentenceId,
        e.date,
        e.datePrecision,
        e.dateSource,
        e.dateText,
        e.source.code,
        e.source.name,
        e.source.text,
        e.target?.code ?? null,
        e.target?.name ?? null,
        e.target?.text ?? null,
        e.cameo,
        e.cameoName,
        e.plover,
        e.ploverMode,
        e.quad,
        e.goldstein,
        e.modality,
        e.negated ? 1 : 0,
        e.reciprocal ? 1 : 0,
        e.rule,
        JSON.stringify(e.why),
        e.location ? JSON.stringify(e.location) : null,
        e.location?.country || null,
        key,
        start,
        end,
      );
    }
    return existed ? 'replaced' : 'added';
  });

  return {
    lookup(article, processedWith) {
      // The article's identity decides first: a key seen before is unchanged or changed.
      const existing = byKey.get(article.key);
      if (existing) {
        const same =
          existing.content_hash === article.contentHash &&
          existing.processed_with === processedWith;
        return same
          ? { state: 'unchanged', id: existing.id }
          : { state: 'changed', id: existing.id };
      }
      // A new identity whose content is already stored under another from the same outlet
      // is a duplicate; from another outlet it is a syndicated copy, stored and linked.
      const copy = byHash.all(article.contentHash).find((c) => sameProvenance(c, article));
      return copy ? { state: 'duplicate', id: copy.id, key: copy.key } : { state: 'new' };
    },
    save: (p, processedWith) => save(p, processedWith),
    flush() {
      clusterer.recluster(dirty);
      dirty.clear();
    },
    relinked(articleId) {
      for (const r of oldSpans.all(articleId))
        if (r.cluster_key) touch(r.cluster_key, r.start, r.end);
    },
  };
}
