import type Database from 'better-sqlite3';
import { eventWhere } from '../store/index.js';
import type { EventFilter } from '../store/index.js';

/** One row of the strict one-a-day view: a date, source, target and CAMEO code. */
export interface DailyRecord {
  readonly date: string;
  readonly datePrecision: string;
  readonly sourceCode: string;
  readonly targetCode: string | null;
  readonly cameo: string;
  readonly cameoName: string;
  readonly plover: string | null;
  readonly quad: number;
  readonly goldstein: number;
  /** The mentions folded into this row, their articles, and one of them. */
  readonly mentions: number;
  readonly articles: number;
  readonly example: string;
}

/**
 * The Phoenix/ICEWS-style "one-a-day" series: coded mentions reduced to one row per date,
 * source code, target code and CAMEO code, counting what was folded. Negated and
 * hypothetical mentions and undated ones are left out, as those series leave them out.
 */
export function* oneADay(db: Database.Database, filter: EventFilter = {}): Generator<DailyRecord> {
  const { sql, params } = eventWhere(filter);
  const where = `${sql ? `${sql} AND` : 'WHERE'} e.negated = 0 AND e.modality <> 'hypothetical' AND e.date IS NOT NULL`;
  const query = `SELECT e.date, MIN(e.date_precision) AS datePrecision, e.source_code AS sourceCode,
      e.target_code AS targetCode, e.cameo, MIN(e.cameo_name) AS cameoName, MIN(e.plover) AS plover,
      MIN(e.quad) AS quad, MIN(e.goldstein) AS goldstein, COUNT(*) AS mentions,
      COUNT(DISTINCT e.article_id) AS articles, MIN(e.id) AS example
    FROM events e ${where}
    GROUP BY e.date, e.source_code, e.target_code, e.cameo
    ORDER BY e.date, e.source_code, e.target_code, e.cameo`;
  for (const row of db.prepare(query).iterate(...params)) yield row as DailyRecord;
}
