import type Database from 'better-sqlite3';
import { clusterWhere } from '../store/index.js';
import type { ClusterFilter } from '../store/index.js';
import { COUNTED, QUAD_COUNTS } from './counted.js';
import type { QuadCounts } from './counted.js';
import { PERIODS } from './periods.js';
import type { Period } from './periods.js';

export type { Period } from './periods.js';

/** One period of one direction of a dyad. */
export interface DyadPeriod extends QuadCounts {
  readonly period: string;
  readonly source: string;
  readonly target: string;
  readonly goldsteinMean: number;
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
         ${QUAD_COUNTS}, ROUND(AVG(c.goldstein), 2) AS goldsteinMean
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
