import type Database from 'better-sqlite3';
import { likeLiteral } from '../store/index.js';

/** An actor code found in the stored events. */
export interface ActorMatch {
  readonly code: string;
  /** The name most of its events give it. */
  readonly name: string;
  readonly events: number;
}

/**
 * Actor codes of the stored events whose code starts with the query or whose name
 * contains it (case-insensitive), most active first: what an actor picker suggests.
 */
export function searchActors(db: Database.Database, query: string, limit: number): ActorMatch[] {
  const q = query.trim();
  return db
    .prepare(
      `WITH sides AS (
         SELECT source_code AS code, source_name AS name FROM clusters
         UNION ALL SELECT target_code, target_name FROM clusters WHERE target_code IS NOT NULL),
       named AS (
         SELECT code, name, COUNT(*) AS n FROM sides
         WHERE code LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\' GROUP BY code, name)
       SELECT code, (SELECT name FROM named m WHERE m.code = named.code ORDER BY n DESC, name LIMIT 1)
         AS name, SUM(n) AS events
       FROM named GROUP BY code ORDER BY events DESC, code LIMIT ?`,
    )
    .all(`${likeLiteral(q.toUpperCase())}%`, `%${likeLiteral(q)}%`, limit) as ActorMatch[];
}
