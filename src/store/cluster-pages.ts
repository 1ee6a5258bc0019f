import type Database from 'better-sqlite3';
import { clusterWhere, toCluster } from './cluster-queries.js';
import type { ClusterFilter, ClusterRecord, ClusterRow } from './cluster-queries.js';
import { decodeCursor, encodeCursor } from './cursor.js';

/** How a page of events is ordered: by date (undated last either way) or by mentions. */
export type ClusterSort = 'date' | '-date' | 'mentions' | '-mentions';
export const CLUSTER_SORTS: readonly ClusterSort[] = ['date', '-date', 'mentions', '-mentions'];

/**
 * Each sort as one key per row plus the id, compared as a pair: undated events get a key
 * that sorts after every date in both directions ('~' above digits; '' below them).
 */
const SORTS: Record<ClusterSort, { readonly key: string; readonly desc: boolean }> = {
  date: { key: `COALESCE(c.date_start, '~')`, desc: false },
  '-date': { key: `COALESCE(c.date_start, '')`, desc: true },
  mentions: { key: 'c.mentions', desc: false },
  '-mentions': { key: 'c.mentions', desc: true },
};

export interface ClusterPage {
  readonly items: ClusterRecord[];
  /** Pass back as `cursor` (with the same filter and sort) for the next page; null at the end. */
  readonly next: string | null;
  /** Events matching the filter, on all pages. */
  readonly total: number;
}

/**
 * One page of the events matching the filter: keyset pagination on (sort key, id), so a
 * page is as fast deep in the list as at its start and rows added meanwhile never repeat
 * or skip an event already passed.
 */
export function pageClusters(
  db: Database.Database,
  filter: ClusterFilter,
  page: { readonly sort: ClusterSort; readonly limit: number; readonly cursor?: string },
): ClusterPage {
  const { sql, params } = clusterWhere(filter);
  const { key, desc } = SORTS[page.sort];
  const conditions = sql === '' ? [] : [sql.replace(/^WHERE /, '')];
  const pageParams = [...params];
  if (page.cursor !== undefined) {
    conditions.push(`(${key}, c.id) ${desc ? '<' : '>'} (?, ?)`);
    pageParams.push(...decodeCursor(page.cursor));
  }
  const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
  const dir = desc ? 'DESC' : 'ASC';
  // The page is chosen by sort key and id alone (from an index when it can), then its rows
  // are read with their sentences.
  const rows = db
    .prepare(
      `SELECT c.*, s.article_id, s.text AS sentence, p.sort_key FROM (
         SELECT ${key} AS sort_key, c.id FROM clusters c ${where}
         ORDER BY ${key} ${dir}, c.id ${dir} LIMIT ?) p
       JOIN clusters c ON c.id = p.id JOIN sentences s ON s.id = c.sentence_id
       ORDER BY p.sort_key ${dir}, c.id ${dir}`,
    )
    .all(...pageParams, page.limit + 1) as (ClusterRow & { sort_key: string | number })[];
  const more = rows.length > page.limit;
  const kept = more ? rows.slice(0, page.limit) : rows;
  const last = kept.at(-1);
  const total = (
    db.prepare(`SELECT COUNT(*) AS n FROM clusters c ${sql}`).get(...params) as { n: number }
  ).n;
  return {
    items: kept.map(toCluster),
    next: more && last ? encodeCursor([last.sort_key, last.id]) : null,
    total,
  };
}
