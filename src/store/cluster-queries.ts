import type Database from 'better-sqlite3';
import { ParleyError } from '../errors.js';
import type { EventSummary } from '../dedup/index.js';
import type { Modality, PloverType } from '../events/index.js';
import type { EventLocation } from '../geo/index.js';
import type { DatePrecision } from '../time/index.js';
import { dateOverlap, likeLiteral, queryReports, startsWith } from './queries.js';
import type { ReportRecord } from './queries.js';

/**
 * One event as reported across articles (the output contract of `parley timeline`): the
 * codes most of its mentions agree on, its date and place, how widely it was reported, and
 * its representative mention with that mention's article and sentence.
 */
export interface ClusterRecord extends Omit<
  EventSummary,
  'key' | 'dateStart' | 'dateEnd' | 'sentenceId'
> {
  readonly articleId: string;
  readonly sentence: string;
}

/** Filters shared by the questions asked of events; all optional, combined with AND. */
export interface ClusterFilter {
  /** Actor code prefix, source or target (`RUS` matches `RUSGOV`). */
  readonly actors?: readonly string[];
  /** Both actors (code prefixes), either direction. */
  readonly dyad?: readonly [string, string];
  /** A PLOVER type (`ASSAULT`) or a CAMEO code prefix (`19`). */
  readonly type?: string;
  /** Events whose date overlaps the range (a month-dated event overlaps each of its days). */
  readonly from?: string;
  readonly to?: string;
  readonly minMentions?: number;
  /** ISO3 of the country where the event took place. */
  readonly country?: string;
  /** Words that one of the event's reported sentences contains, each (case-insensitive). */
  readonly words?: readonly string[];
  readonly limit?: number;
}

export interface ClusterRow {
  id: string;
  date: string | null;
  date_precision: string | null;
  source_code: string;
  source_name: string;
  source_side: string;
  target_code: string | null;
  target_name: string | null;
  target_side: string | null;
  cameo: string;
  cameo_name: string;
  root: string;
  plover: string | null;
  plover_mode: string | null;
  quad: number;
  goldstein: number;
  modality: string;
  negated: number;
  reciprocal: number;
  location: string | null;
  mentions: number;
  articles: number;
  outlets: number;
  copies: number;
  event_id: string;
  article_id: string;
  sentence: string;
}

/** Events with their representative mention's article and sentence; add WHERE/ORDER. */
const CLUSTER_SELECT = `SELECT c.*, s.article_id, s.text AS sentence FROM clusters c
  JOIN sentences s ON s.id = c.sentence_id`;

export function toCluster(r: ClusterRow): ClusterRecord {
  return {
    id: r.id,
    date: r.date,
    datePrecision: r.date_precision as DatePrecision | null,
    source: { code: r.source_code, name: r.source_name, side: r.source_side },
    target:
      r.target_code === null
        ? null
        : { code: r.target_code, name: r.target_name ?? '', side: r.target_side ?? '' },
    cameo: r.cameo,
    cameoName: r.cameo_name,
    root: r.root,
    plover: r.plover as PloverType | null,
    ploverMode: r.plover_mode,
    quad: r.quad as ClusterRecord['quad'],
    goldstein: r.goldstein,
    modality: r.modality as Modality,
    negated: r.negated === 1,
    reciprocal: r.reciprocal === 1,
    location: r.location === null ? null : (JSON.parse(r.location) as EventLocation),
    mentions: r.mentions,
    articles: r.articles,
    outlets: r.outlets,
    copies: r.copies,
    mention: r.event_id,
    articleId: r.article_id,
    sentence: r.sentence,
  };
}

/** The WHERE clause of a filter over `clusters c`, with its parameters. */
export function clusterWhere(filter: ClusterFilter): { sql: string; params: (string | number)[] } {
  const where: string[] = [];
  const params: (string | number)[] = [];
  const either = (code: string): string =>
    `(${startsWith('c.source_code', code, params)} OR ${startsWith('c.target_code', code, params)})`;
  for (const a of filter.actors ?? []) where.push(either(a));
  if (filter.dyad) {
    const [a, b] = filter.dyad;
    const one = `(${startsWith('c.source_code', a, params)} AND ${startsWith('c.target_code', b, params)})`;
    const other = `(${startsWith('c.source_code', b, params)} AND ${startsWith('c.target_code', a, params)})`;
    where.push(`(${one} OR ${other})`);
  }
  if (filter.type) {
    if (/^\d{1,4}$/.test(filter.type)) where.push(startsWith('c.cameo', filter.type, params));
    else if (/^[A-Z]+$/.test(filter.type)) {
      where.push('c.plover = ?');
      params.push(filter.type);
    } else {
      throw new ParleyError(
        `invalid type "${filter.type}" (expected a PLOVER type such as ASSAULT or CAMEO digits)`,
      );
    }
  }
  where.push(
    ...dateOverlap(filter, params, {
      date: 'c.date_start',
      start: 'c.date_start',
      end: 'c.date_end',
    }),
  );
  if (filter.minMentions !== undefined) {
    where.push('c.mentions >= ?');
    params.push(filter.minMentions);
  }
  if (filter.country !== undefined) {
    where.push('c.location_country = ?');
    params.push(filter.country);
  }
  const words = filter.words ?? [];
  if (words.length > 0) {
    // One scan of the sentences for all the words, then their mentions by index.
    const like = words.map(() => `s.text LIKE ? ESCAPE '\\'`).join(' AND ');
    where.push(`c.id IN (SELECT e.cluster_id FROM sentences s
      JOIN events e ON e.sentence_id = s.id WHERE ${like})`);
    params.push(...words.map((w) => `%${likeLiteral(w)}%`));
  }
  return { sql: where.length > 0 ? `WHERE ${where.join(' AND ')}` : '', params };
}

/** Events matching the filter in date order (undated last), streamed. */
export function* queryClusters(
  db: Database.Database,
  filter: ClusterFilter = {},
): Generator<ClusterRecord> {
  const { sql, params } = clusterWhere(filter);
  const limit = filter.limit !== undefined ? `LIMIT ${Math.max(0, Math.floor(filter.limit))}` : '';
  const query = `${CLUSTER_SELECT} ${sql}
    ORDER BY c.date_start IS NULL, c.date_start, c.id ${limit}`;
  for (const row of db.prepare(query).iterate(...params)) yield toCluster(row as ClusterRow);
}

/** One event by id, or null. */
export function findCluster(db: Database.Database, id: string): ClusterRecord | null {
  const row = db.prepare(`${CLUSTER_SELECT} WHERE c.id = ?`).get(id) as ClusterRow | undefined;
  return row ? toCluster(row) : null;
}

/** The mentions of one event, in publication order (undated articles last), then by id. */
export function reportsOf(db: Database.Database, clusterId: string): ReportRecord[] {
  const reports = [...queryReports(db, { cluster: clusterId })].map((r) => r.report);
  const order = (r: ReportRecord): string => `${r.published ?? '\uffff'} ${r.id}`;
  return reports.sort((x, y) => (order(x) < order(y) ? -1 : 1));
}
