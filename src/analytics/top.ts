import type Database from 'better-sqlite3';
import { clusterWhere } from '../store/index.js';
import type { ClusterFilter } from '../store/index.js';
import { actorColumns, COUNTED, RESOLVED_TARGET } from './counted.js';
import type { Level } from './counted.js';

export interface ActiveActor {
  readonly actor: string;
  readonly events: number;
  readonly asSource: number;
  readonly asTarget: number;
  /** Mentions of those events: how much the actor was in the news. */
  readonly mentions: number;
  readonly goldstein: number;
}

export interface TopOptions extends Pick<ClusterFilter, 'from' | 'to' | 'type'> {
  readonly limit?: number;
  readonly level?: Level;
}

/** The most active actors: events they took part in as source or target, most first. */
export function topActors(db: Database.Database, options: TopOptions = {}): ActiveActor[] {
  const { limit = 20, level = 'country', ...filter } = options;
  const { sql, params } = clusterWhere(filter);
  const col = actorColumns(level);
  const where = `${sql ? `${sql} AND` : 'WHERE'} ${COUNTED}`;
  return db
    .prepare(
      `SELECT actor, COUNT(*) AS events, SUM(role = 's') AS asSource, SUM(role = 't') AS asTarget,
         SUM(mentions) AS mentions, ROUND(SUM(goldstein), 2) AS goldstein
       FROM (
         SELECT ${col.source} AS actor, 's' AS role, c.mentions, c.goldstein FROM clusters c ${where}
         UNION ALL
         SELECT ${col.target}, 't', c.mentions, c.goldstein FROM clusters c ${where}
           AND ${RESOLVED_TARGET} AND ${col.target} <> ${col.source})
       GROUP BY actor ORDER BY events DESC, mentions DESC, actor LIMIT ?`,
    )
    .all(...params, ...params, limit) as ActiveActor[];
}
