import type Database from 'better-sqlite3';
import { clusterWhere } from '../store/index.js';
import type { ClusterFilter } from '../store/index.js';
import { actorColumns, COUNTED, RESOLVED_TARGET } from './counted.js';
import type { Level } from './counted.js';

/** A directed edge: events from source to target, and their net cooperation or conflict. */
export interface NetworkEdge {
  readonly source: string;
  readonly target: string;
  readonly events: number;
  /** Sum of Goldstein scores: positive is net cooperation, negative net conflict. */
  readonly goldstein: number;
  readonly cooperation: number;
  readonly conflict: number;
}

export interface NetworkNode {
  readonly actor: string;
  /** The name most events give it. */
  readonly name: string;
  /** Events it took part in, as source or target, on the edges kept. */
  readonly events: number;
}

export interface Network {
  readonly nodes: NetworkNode[];
  readonly edges: NetworkEdge[];
}

export interface NetworkOptions extends Pick<ClusterFilter, 'from' | 'to' | 'type'> {
  /** Edges with fewer events are left out (default 1). */
  readonly min?: number;
  readonly level?: Level;
}

/**
 * Actors and the weighted, signed edges between them: events with a target, grouped by
 * direction, kept when they reach `min` events. Nodes are the actors of the kept edges.
 */
export function actorNetwork(db: Database.Database, options: NetworkOptions = {}): Network {
  const { min = 1, level = 'country', ...filter } = options;
  const { sql, params } = clusterWhere(filter);
  const col = actorColumns(level);
  const where = `${sql ? `${sql} AND` : 'WHERE'} ${COUNTED} AND ${RESOLVED_TARGET}`;
  const edges = db
    .prepare(
      `SELECT ${col.source} AS source, ${col.target} AS target, COUNT(*) AS events,
         ROUND(SUM(c.goldstein), 2) AS goldstein, SUM(c.quad IN (1, 2)) AS cooperation,
         SUM(c.quad IN (3, 4)) AS conflict
       FROM clusters c ${where}
       GROUP BY 1, 2 HAVING COUNT(*) >= ? ORDER BY events DESC, source, target`,
    )
    .all(...params, min) as NetworkEdge[];
  const names = db.prepare<[string, string, string, string], { name: string }>(
    `SELECT name FROM (
       SELECT c.source_name AS name FROM clusters c WHERE ${col.source} = ? AND c.source_code = ?
       UNION ALL SELECT c.target_name FROM clusters c WHERE ${col.target} = ? AND c.target_code = ?)
     GROUP BY name ORDER BY COUNT(*) DESC, name LIMIT 1`,
  );
  const activity = new Map<string, number>();
  for (const e of edges) {
    activity.set(e.source, (activity.get(e.source) ?? 0) + e.events);
    activity.set(e.target, (activity.get(e.target) ?? 0) + e.events);
  }
  const nodes = [...activity.entries()]
    .map(([actor, events]) => ({
      actor,
      name: names.get(actor, actor, actor, actor)?.name ?? actor,
      events,
    }))
    .sort((x, y) => y.events - x.events || (x.actor < y.actor ? -1 : 1));
  return { nodes, edges };
}
