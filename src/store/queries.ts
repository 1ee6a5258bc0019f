import type Database from 'better-sqlite3';
import { ParleyError } from '../errors.js';
import type { Explanation, Modality, PloverType } from '../events/index.js';
import type { RemovedLine } from '../ingest/index.js';
import type { DatePrecision, DateSource } from '../time/index.js';
import type { EventLocation } from '../geo/index.js';
import type { EventRecord } from './records.js';
import { decodeCursor, encodeCursor } from './cursor.js';

/** Filters for `parley events`; all optional, combined with AND. */
export interface EventFilter {
  /** Actor code prefix matched against source or target (`RUS` matches `RUSGOV`). */
  readonly actor?: string;
  readonly from?: string;
  readonly to?: string;
  /** CAMEO code prefix (`19` = every FIGHT code). */
  readonly code?: string;
  readonly article?: string;
  /** The mentions of one event (a `clusters` id). */
  readonly cluster?: string;
  readonly limit?: number;
}

export interface EventRow {
  id: string;
  article_id: string;
  sentence_id: string;
  date: string | null;
  date_precision: string | null;
  date_source: string;
  date_text: string | null;
  location: string | null;
  source_code: string;
  source_name: string;
  source_text: string;
  target_code: string | null;
  target_name: string | null;
  target_text: string | null;
  cameo: string;
  cameo_name: string;
  plover: string | null;
  plover_mode: string | null;
  quad: number;
  goldstein: number;
  modality: string;
  negated: number;
  reciprocal: number;
  rule: string;
  why: string;
  sentence: string;
}

export function toRecord(r: EventRow): EventRecord {
  return {
    id: r.id,
    articleId: r.article_id,
    sentenceId: r.sentence_id,
    date: r.date,
    datePrecision: r.date_precision as DatePrecision | null,
    dateSource: r.date_source as DateSource,
    dateText: r.date_text,
    source: { code: r.source_code, name: r.source_name, text: r.source_text },
    target:
      r.target_code !== null
        ? { code: r.target_code, name: r.target_name ?? '', text: r.target_text ?? '' }
        : null,
    cameo: r.cameo,
    cameoName: r.cameo_name,
    plover: r.plover as PloverType | null,
    ploverMode: r.plover_mode,
    quad: r.quad as 1 | 2 | 3 | 4,
    goldstein: r.goldstein,
    modality: r.modality as Modality,
    negated: r.negated === 1,
    reciprocal: r.reciprocal === 1,
    location: r.location === null ? null : (JSON.parse(r.location) as EventLocation),
    sentence: r.sentence,
    rule: r.rule,
    why: JSON.parse(r.why) as Explanation,
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A condition "column starts with ?" as a range, so it uses the column's index and takes
 * the prefix literally (no LIKE wildcards).
 */
export function startsWith(column: string, prefix: string, params: (string | number)[]): string {
  params.push(prefix, `${prefix}\uffff`);
  return `(${column} >= ? AND ${column} < ?)`;
}

/** Text for a LIKE pattern with `ESCAPE '\\'`, taken literally (its % and _ escaped). */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

/** SQL for the first and last day of a date column's period. */
export interface PeriodSql {
  /** The date column as stored ("2016-02-11", "2016-02", "2016"), for index-friendly bounds. */
  readonly date: string;
  readonly start: string;
  readonly end: string;
}

/** A mention's period as stored (store/write.ts), and its date for the index. */
const MENTION_PERIOD: PeriodSql = { date: 'e.date', start: 'e.date_start', end: 'e.date_end' };

/**
 * Conditions for "the date's period overlaps from…to": a month-dated event is in a range
 * that holds any of its days. The bare bounds on the date column let its index narrow the
 * scan ("2016" ≤ "2016-02" ≤ "2016-02-11" as strings; from the year before, for weeks).
 */
export function dateOverlap(
  range: { readonly from?: string | undefined; readonly to?: string | undefined },
  params: (string | number)[],
  period: PeriodSql,
): string[] {
  const where: string[] = [];
  for (const field of ['from', 'to'] as const) {
    const v = range[field];
    if (v === undefined) continue;
    if (!DATE.test(v))
      throw new ParleyError(`invalid --${field} date "${v}" (expected YYYY-MM-DD)`);
    if (field === 'from') where.push(`${period.date} >= ?`, `${period.end} >= ?`);
    else where.push(`${period.date} <= ?`, `${period.start} <= ?`);
    // A week that starts in the year before `from` can still reach it.
    params.push(field === 'from' ? String(Number(v.slice(0, 4)) - 1) : v, v);
  }
  return where;
}

/** The WHERE clause of a filter over `events e` (mentions), with its parameters. */
export function eventWhere(filter: EventFilter): { sql: string; params: (string | number)[] } {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (filter.actor) {
    const source = startsWith('e.source_code', filter.actor, params);
    where.push(`(${source} OR ${startsWith('e.target_code', filter.actor, params)})`);
  }
  where.push(...dateOverlap(filter, params, MENTION_PERIOD));
  if (filter.code) {
    if (!/^\d{1,4}$/.test(filter.code))
      throw new ParleyError(`invalid --code "${filter.code}" (expected CAMEO digits)`);
    where.push(startsWith('e.cameo', filter.code, params));
  }
  if (filter.article) {
    where.push('e.article_id = ?');
    params.push(filter.article);
  }
  if (filter.cluster) {
    where.push('e.cluster_id = ?');
    params.push(filter.cluster);
  }
  return { sql: where.length > 0 ? `WHERE ${where.join(' AND ')}` : '', params };
}

/** The ORDER BY and LIMIT of mention listings: date order, undated last. */
function inDateOrder(filter: EventFilter): string {
  return `ORDER BY e.date IS NULL, e.date, e.article_id, s.idx, e.id
    ${filter.limit !== undefined ? `LIMIT ${Math.max(0, Math.floor(filter.limit))}` : ''}`;
}

/** Events matching the filter, in date then id order, streamed (a large store needs little memory). */
export function* queryEvents(db: Database.Database, filter: EventFilter): Generator<EventRecord> {
  const { sql: where, params } = eventWhere(filter);
  const sql = `SELECT e.*, s.text AS sentence FROM events e JOIN sentences s ON s.id = e.sentence_id
    ${where} ${inDateOrder(filter)}`;
  for (const row of db.prepare(sql).iterate(...params)) yield toRecord(row as EventRow);
}

/** A coded mention with the article that carries it. */
export interface ReportRecord extends EventRecord {
  readonly outlet: string | null;
  readonly url: string | null;
  readonly published: string | null;
  readonly title: string | null;
}

type ReportRow = EventRow & Pick<ReportRecord, 'outlet' | 'url' | 'published' | 'title'>;

/**
 * Mentions matching the filter as `queryEvents` gives them, each with its article and the
 * event (cluster) it reports, read in the same one query; streamed.
 */
export function* queryReports(
  db: Database.Database,
  filter: EventFilter,
): Generator<{ readonly report: ReportRecord; readonly clusterId: string | null }> {
  const { sql: where, params } = eventWhere(filter);
  const sql = `SELECT e.*, s.text AS sentence, a.outlet, a.url, a.published, a.title
    FROM events e JOIN sentences s ON s.id = e.sentence_id JOIN articles a ON a.id = e.article_id
    ${where} ${inDateOrder(filter)}`;
  for (const row of db.prepare(sql).iterate(...params)) {
    const r = row as ReportRow & { cluster_id: string | null };
    const { outlet, url, published, title } = r;
    yield { report: { ...toRecord(r), outlet, url, published, title }, clusterId: r.cluster_id };
  }
}

export interface ArticleRecord {
  readonly id: string;
  readonly key: string;
  readonly origin: string;
  readonly format: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly published: string | null;
  readonly publishedSource: string | null;
  readonly dateline: string | null;
  readonly text: string;
  readonly ingestedAt: string;
  readonly sentences: number;
  readonly events: number;
  /** The original this article is a near-duplicate copy of, and their estimated similarity. */
  readonly copyOf: string | null;
  readonly similarity: number | null;
  /** How many stored articles are copies of this one. */
  readonly copies: number;
}

/** An article's fields but its text, and its counts. */
const ARTICLE_FIELDS = `a.id, a.key, a.origin, a.format, a.title, a.outlet, a.url, a.published,
  a.published_source AS publishedSource, a.dateline, a.ingested_at AS ingestedAt,
  (SELECT COUNT(*) FROM sentences s WHERE s.article_id = a.id) AS sentences,
  (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id) AS events,
  a.copy_of AS copyOf, a.similarity,
  (SELECT COUNT(*) FROM articles c WHERE c.copy_of = a.id) AS copies`;

const ARTICLE_SELECT = `SELECT ${ARTICLE_FIELDS}, a.text FROM articles a`;

/**
 * Finds an article by id, id prefix (at least 4 characters), key (path or URL) or the
 * origin shown when it was ingested. Ambiguous prefixes are an error listing the matches.
 */
export function findArticle(db: Database.Database, ref: string): ArticleRecord | null {
  const exact = db
    .prepare(`${ARTICLE_SELECT} WHERE a.id = ? OR a.key = ? OR a.origin = ? OR a.url = ? LIMIT 2`)
    .all(ref, ref, ref, ref) as ArticleRecord[];
  if (exact.length === 1) return exact[0] ?? null;
  if (exact.length > 1)
    throw new ParleyError(`"${ref}" names more than one article; use the article id`);
  if (ref.length < 4) return null;
  const prefix = db
    .prepare(`${ARTICLE_SELECT} WHERE a.id >= ? AND a.id < ? LIMIT 6`)
    .all(ref, `${ref}\uffff`) as ArticleRecord[];
  if (prefix.length > 1) {
    throw new ParleyError(`"${ref}" is ambiguous: ${prefix.map((a) => a.id).join(', ')}`);
  }
  return prefix[0] ?? null;
}

export function listArticles(db: Database.Database): ArticleRecord[] {
  return db
    .prepare(`${ARTICLE_SELECT} ORDER BY a.published IS NULL, a.published, a.origin`)
    .all() as ArticleRecord[];
}

export function removedLines(db: Database.Database, articleId: string): RemovedLine[] {
  return db
    .prepare('SELECT line, text, reason FROM removed_lines WHERE article_id = ? ORDER BY line')
    .all(articleId) as RemovedLine[];
}

/** A stored actor mention with the sentence it is in. */
export interface MentionRow {
  readonly sentenceId: string;
  /** UTF-16 offsets into the article's text. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** '' for an unresolved name. */
  readonly code: string;
  readonly name: string;
  readonly source: string;
  readonly person: string | null;
  readonly role: string | null;
}

/** The actor mentions of an article, in order, resolved and unresolved. */
export function mentionsOf(db: Database.Database, articleId: string): MentionRow[] {
  return db
    .prepare(
      `SELECT m.sentence_id AS sentenceId, s.start + m.start AS start, s.start + m."end" AS "end", m.text, m.code, m.name, m.source, m.person, m.role
       FROM mentions m JOIN sentences s ON s.id = m.sentence_id
       WHERE m.article_id = ? ORDER BY s.idx, m.start`,
    )
    .all(articleId) as MentionRow[];
}

export interface SentenceRow {
  readonly id: string;
  readonly idx: number;
  /** UTF-16 offsets into the article's text. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The discard that kept its events from being coded, or null. */
  readonly discarded: string | null;
}

export function sentencesOf(db: Database.Database, articleId: string): SentenceRow[] {
  return db
    .prepare(
      'SELECT id, idx, start, "end", text, discarded FROM sentences WHERE article_id = ? ORDER BY idx',
    )
    .all(articleId) as SentenceRow[];
}

/** Counts for the summary: totals, by PLOVER type, by CAMEO root, top dyads. */
export interface StoreSummary {
  readonly articles: number;
  readonly sentences: number;
  readonly events: number;
  readonly negated: number;
  /** Events across reports (clusters), and how many of them more than one mention reports. */
  readonly clusters: number;
  readonly multiReported: number;
  readonly byModality: readonly { modality: string; n: number }[];
  readonly byPlover: readonly { plover: string | null; n: number }[];
  readonly byQuad: readonly { quad: number; n: number; goldstein: number }[];
  readonly topDyads: readonly { source: string; target: string; n: number; goldstein: number }[];
  readonly datedArticles: number;
  /** Articles stored as near-duplicate copies, and the originals they copy. */
  readonly copies: number;
  readonly originalsCopied: number;
  /** Actor mentions stored, how many are names no dictionary resolved, and how many generic actors ("anti-war groups"). */
  readonly mentions: number;
  readonly unresolved: number;
  readonly generic: number;
  readonly topUnresolved: readonly { text: string; n: number }[];
  readonly firstDate: string | null;
  readonly lastDate: string | null;
}

export function summarize(db: Database.Database): StoreSummary {
  const one = <T>(sql: string): T => db.prepare(sql).get() as T;
  const all = <T>(sql: string): T[] => db.prepare(sql).all() as T[];
  const counts = one<{
    articles: number;
    sentences: number;
    events: number;
    negated: number;
    dated: number;
  }>(
    `SELECT (SELECT COUNT(*) FROM articles) AS articles, (SELECT COUNT(*) FROM sentences) AS sentences,
      (SELECT COUNT(*) FROM events) AS events, (SELECT COUNT(*) FROM events WHERE negated = 1) AS negated,
      (SELECT COUNT(*) FROM articles WHERE published IS NOT NULL) AS dated`,
  );
  const span = one<{ first: string | null; last: string | null }>(
    'SELECT MIN(date) AS first, MAX(date) AS last FROM events',
  );
  return {
    articles: counts.articles,
    sentences: counts.sentences,
    events: counts.events,
    negated: counts.negated,
    datedArticles: counts.dated,
    ...one<{ copies: number; originalsCopied: number }>(
      'SELECT COUNT(copy_of) AS copies, COUNT(DISTINCT copy_of) AS originalsCopied FROM articles',
    ),
    ...one<{ clusters: number; multiReported: number }>(
      'SELECT COUNT(*) AS clusters, COALESCE(SUM(mentions > 1), 0) AS multiReported FROM clusters',
    ),
    ...one<{ mentions: number; unresolved: number; generic: number }>(
      `SELECT COUNT(*) AS mentions, COALESCE(SUM(source = 'unresolved'), 0) AS unresolved,
       COALESCE(SUM(source = 'generic'), 0) AS generic FROM mentions`,
    ),
    topUnresolved: all(
      "SELECT text, COUNT(*) AS n FROM mentions WHERE source = 'unresolved' GROUP BY text ORDER BY n DESC, text LIMIT 10",
    ),
    firstDate: span.first,
    lastDate: span.last,
    byModality: all('SELECT modality, COUNT(*) AS n FROM events GROUP BY modality ORDER BY n DESC'),
    byPlover: all(
      'SELECT plover, COUNT(*) AS n FROM events WHERE negated = 0 GROUP BY plover ORDER BY n DESC, plover',
    ),
    byQuad: all(
      'SELECT quad, COUNT(*) AS n, ROUND(SUM(goldstein), 1) AS goldstein FROM events WHERE negated = 0 GROUP BY quad ORDER BY quad',
    ),
    topDyads: all(
      `SELECT source_code AS source, target_code AS target, COUNT(*) AS n, ROUND(SUM(goldstein), 1) AS goldstein
       FROM events WHERE negated = 0 AND target_code IS NOT NULL
       GROUP BY source_code, target_code ORDER BY n DESC, source, target LIMIT 10`,
    ),
  };
}

/**
 * One page of the stored articles (without their text), by publication date (undated
 * last), then id; keyset-paginated like `pageClusters`.
 */
export function pageArticles(
  db: Database.Database,
  page: { readonly limit: number; readonly cursor?: string },
): { items: Omit<ArticleRecord, 'text'>[]; next: string | null } {
  const key = `COALESCE(a.published, '~')`;
  const after = page.cursor === undefined ? '' : `WHERE (${key}, a.id) > (?, ?)`;
  const params = page.cursor === undefined ? [] : [...decodeCursor(page.cursor)];
  const rows = db
    .prepare(`SELECT ${ARTICLE_FIELDS} FROM articles a ${after} ORDER BY ${key}, a.id LIMIT ?`)
    .all(...params, page.limit + 1) as Omit<ArticleRecord, 'text'>[];
  const kept = rows.slice(0, page.limit);
  const last = kept.at(-1);
  return {
    items: kept,
    next: rows.length > page.limit && last ? encodeCursor([last.published ?? '~', last.id]) : null,
  };
}

/** Stored articles, coded mentions and the events they report. */
export function storeCounts(db: Database.Database): {
  articles: number;
  mentions: number;
  events: number;
} {
  return db
    .prepare(
      `SELECT (SELECT COUNT(*) FROM articles) AS articles, (SELECT COUNT(*) FROM events) AS mentions,
         (SELECT COUNT(*) FROM clusters) AS events`,
    )
    .get() as { articles: number; mentions: number; events: number };
}
