import type Database from 'better-sqlite3';
import { clusterWhere } from '../store/index.js';
import type { ClusterFilter } from '../store/index.js';
import { COUNTED, QUAD_COUNTS } from './counted.js';
import type { QuadCounts } from './counted.js';
import { PERIODS } from './periods.js';
import type { Period } from './periods.js';

/** The events of one period, per quad class, with their Goldstein sum and mentions. */
export interface TimelinePeriod extends QuadCounts {
  /** The day, the Monday of the week, or `YYYY-MM`. */
  readonly period: string;
}

export interface TimelineSeries {
  readonly by: Period;
  /** Periods with at least one event, in order. */
  readonly periods: TimelinePeriod[];
  /** Matching events with no date. */
  readonly undated: number;
  /** Matching events dated less precisely than a period (a month-dated event in a weekly series). */
  readonly coarser: number;
}

/**
 * Events matching the filter counted per period: the chart of `parley timeline`. Negated
 * and hypothetical events are left out, as in every count (analytics/counted.ts).
 */
export function timelineSeries(
  db: Database.Database,
  filter: Omit<ClusterFilter, 'limit'>,
  by: Period,
): TimelineSeries {
  const { sql, params } = clusterWhere(filter);
  const where = `${sql === '' ? 'WHERE' : `${sql} AND`} ${COUNTED}`;
  const p = PERIODS[by];
  // One scan: undated events and those dated less precisely than a period are counted in
  // two groups of their own ('~' sorts after every period).
  const rows = db
    .prepare(
      `SELECT CASE WHEN c.date_start IS NULL THEN '~undated'
                   WHEN c.date_precision NOT IN ${p.fits} THEN '~coarser'
                   ELSE ${p.sql} END AS period,
         ${QUAD_COUNTS}
       FROM clusters c ${where} GROUP BY 1 ORDER BY 1`,
    )
    .all(...params) as TimelinePeriod[];
  const count = (period: string): number => rows.find((r) => r.period === period)?.events ?? 0;
  const periods = rows.filter((r) => !r.period.startsWith('~'));
  const rest = { undated: count('~undated'), coarser: count('~coarser') };
  return { by, periods, ...rest };
}
