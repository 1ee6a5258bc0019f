import type Database from 'better-sqlite3';
import { clusterWhere } from '../store/index.js';
import type { ClusterFilter } from '../store/index.js';
import { COUNTED } from './counted.js';
import { PERIODS } from './periods.js';
import type { Period } from './periods.js';

/** The events of one period, per quad class, with their Goldstein sum and mentions. */
export interface TimelinePeriod {
  /** The day, the Monday of the week, or `YYYY-MM`. */
  readonly period: string;
  readonly events: number;
  readonly mentions: number;
  readonly verbalCoop: number;
  readonly materialCoop: number;
  readonly verbalConflict: number;
  readonly materialConflict: number;
  readonly goldsteinSum: number;
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
  const periods = db
    .prepare(
      `SELECT ${p.sql} AS period, COUNT(*) AS events, SUM(c.mentions) AS mentions,
         SUM(c.quad = 1) AS verbalCoop, SUM(c.quad = 2) AS materialCoop,
         SUM(c.quad = 3) AS verbalConflict, SUM(c.quad = 4) AS materialConflict,
         ROUND(SUM(c.goldstein), 2) AS goldsteinSum
       FROM clusters c ${where} AND c.date_precision IN ${p.fits}
       GROUP BY period ORDER BY period`,
    )
    .all(...params) as TimelinePeriod[];
  const rest = db
    .prepare(
      `SELECT SUM(c.date_start IS NULL) AS undated,
         SUM(c.date_start IS NOT NULL AND c.date_precision NOT IN ${p.fits}) AS coarser
       FROM clusters c ${where}`,
    )
    .get(...params) as { undated: number | null; coarser: number | null };
  return { by, periods, undated: rest.undated ?? 0, coarser: rest.coarser ?? 0 };
}
