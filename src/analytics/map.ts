import type Database from 'better-sqlite3';
import { clusterWhere } from '../store/index.js';
import type { ClusterFilter } from '../store/index.js';
import type { Precision } from '../geo/index.js';

/** The events that took place at one point. */
export interface MapPoint {
  readonly lat: number;
  readonly lon: number;
  readonly name: string;
  /** ISO3; empty for a place across states. */
  readonly country: string;
  readonly precision: Precision;
  readonly events: number;
  readonly goldsteinSum: number;
  /** Up to `MAX_IDS` of its events, most reported first. */
  readonly eventIds: string[];
}

export const MAX_IDS = 20;

/**
 * Events with a location, grouped by place: one point per place however many events it
 * has, so a map of a large store draws hundreds of points, not every event.
 */
export function mapPoints(db: Database.Database, filter: Omit<ClusterFilter, 'limit'>): MapPoint[] {
  const { sql, params } = clusterWhere(filter);
  const where = `${sql === '' ? 'WHERE' : `${sql} AND`} c.location IS NOT NULL`;
  const rows = db
    .prepare(
      `SELECT lat, lon, name, country, precision, COUNT(*) AS events,
         ROUND(SUM(goldstein), 2) AS goldsteinSum, json_group_array(id) AS ids
       FROM (SELECT json_extract(c.location, '$.lat') AS lat, json_extract(c.location, '$.lon') AS lon,
               json_extract(c.location, '$.name') AS name, json_extract(c.location, '$.country') AS country,
               json_extract(c.location, '$.precision') AS precision, c.goldstein, c.id
             FROM clusters c ${where} ORDER BY c.mentions DESC, c.id)
       GROUP BY lat, lon, name, country, precision ORDER BY events DESC, name`,
    )
    .all(...params) as (Omit<MapPoint, 'eventIds'> & { ids: string })[];
  return rows.map(({ ids, ...point }) => ({
    ...point,
    eventIds: (JSON.parse(ids) as string[]).slice(0, MAX_IDS),
  }));
}
