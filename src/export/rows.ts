import type Database from 'better-sqlite3';
import { queryClusters, queryReports } from '../store/index.js';
import type { MentionRow } from './columns/mentions.js';
import type { EventRow } from './columns/events.js';

/** What to export: the same meaning for mentions and events. */
export interface ExportFilter {
  /** Actor code prefix, source or target (`RUS` matches `RUSGOV`). */
  readonly actor?: string;
  /** Dates whose period overlaps the range (YYYY-MM-DD). */
  readonly from?: string;
  readonly to?: string;
}

/** Coded mentions in date order, each with its article and cluster, streamed. */
export function* mentionRows(db: Database.Database, filter: ExportFilter): Generator<MentionRow> {
  for (const { report, clusterId } of queryReports(db, filter)) {
    const { outlet, url, published, title } = report;
    yield { event: report, clusterId, article: { title, outlet, url, published } };
  }
}

/** Clustered events in date order, each with the distinct URLs and outlets that report it. */
export function* eventRows(db: Database.Database, filter: ExportFilter): Generator<EventRow> {
  const reports = db.prepare<[string], { url: string | null; outlet: string | null }>(
    `SELECT a.url, a.outlet FROM events e JOIN articles a ON a.id = e.article_id
     WHERE e.cluster_id = ? GROUP BY a.id ORDER BY a.published IS NULL, a.published, a.id`,
  );
  const clusters = queryClusters(db, {
    ...(filter.actor ? { actors: [filter.actor] } : {}),
    ...(filter.from ? { from: filter.from } : {}),
    ...(filter.to ? { to: filter.to } : {}),
  });
  for (const cluster of clusters) {
    const urls = new Set<string>();
    const outlets = new Set<string>();
    for (const r of reports.all(cluster.id)) {
      if (r.url) urls.add(r.url);
      if (r.outlet) outlets.add(r.outlet);
    }
    yield { cluster, urls: [...urls], outlets: [...outlets] };
  }
}

/** How many rows of each kind the store holds (the bound of a filtered export). */
export function storeRows(db: Database.Database, kind: 'mentions' | 'events'): number {
  const table = kind === 'mentions' ? 'events' : 'clusters';
  return (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
}
