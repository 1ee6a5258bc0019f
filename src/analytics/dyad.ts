import type Database from 'better-sqlite3';
import { clusterWhere } from '../store/index.js';
import type { ClusterFilter } from '../store/index.js';
import { COUNTED } from './counted.js';
import { PERIODS } from './periods.js';
import type { Period } from './periods.js';

export type { Period } from './periods.js';

/** One period of one direction of a dyad. */
export interface DyadPeriod {
  readonly period: string;
  readonly source: string;
  readonly target: string;
  readonly events: number;
  /** Events per quad class: verbal cooperation, material cooperation, verbal conflict, material conflict. */
  readonly verbalCoop: number;
  readonly materialCoop: number;
  readonly verbalConflict: number;
  readonly materialConflict: number;
  readonly goldsteinSum: number;
  readonly goldsteinMean: number;
  /** Mentions of these events: how much they were reported. */
  readonly mentions: number;
}

export interface DyadSeries {
  readonly periods: DyadPeriod[];
  /** Events of the dyad dated less precisely than a period (a month-dated event in a weekly series). */
  readonly coarser: number;
}

/**
 * Counts per quad class and Goldstein sum and mean per period, in both directions of the
 * dyad A–B (actor code prefixes: RUS matches RUSGOV). Periods with no event are absent.
 */
export function dyadSeries(
  db: Database.Database,
  a: string,
  b: string,
  by: Period,
  filter: Pick<ClusterFilter, 'from' | 'to' | 'type'> = {},
): DyadSeries {
  const { sql, params } = clusterWhere({ ...filter, dyad: [a, b] });
  const where = `${sql} AND ${COUNTED} AND c.date_start IS NOT NULL`;
  const p = PERIODS[by];
  const direction = `CASE WHEN c.source_code >= ? AND c.source_code < ? THEN ? ELSE ? END`;
  const rows = db
    .prepare(
      `SELECT ${p.sql} AS period, ${direction} AS source,
         COUNT(*) AS events, SUM(c.quad = 1) AS verbalCoop, SUM(c.quad = 2) AS materialCoop,
         SUM(c.quad = 3) AS verbalConflict, SUM(c.quad = 4) AS materialConflict,
         ROUND(SUM(c.goldstein), 2) AS goldsteinSum, ROUND(AVG(c.goldstein), 2) AS goldsteinMean,
         SUM(c.mentions) AS mentions
       FROM clusters c ${where} AND c.date_precision IN ${p.fits}
       GROUP BY period, source ORDER BY period, source <> ?`,
    )
    .all(a, `${a}\uffff`, a, b, ...params, a) as Omit<DyadPeriod, 'target'>[];
  const coarser = db
    .prepare(`SELECT COUNT(*) AS n FROM clusters c ${where} AND c.date_precision NOT IN ${p.fits}`)
    .get(...params) as { n: number };
  return {
    periods: rows.map((r) => ({ ...r, target: r.source === a ? b : a })),
    coarser: coarser.n,
  };
}
