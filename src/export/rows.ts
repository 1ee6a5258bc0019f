import type Database from 'better-sqlite3';
import { queryClusters, queryEvents } from '../store/index.js';
import type { ArticleFields, MentionRow } from './columns/mentions.js';
import type { EventRow } from './columns/events.js';

/** What to export: the same meaning for mentions and events. */
export interface ExportFilter {
  /** Actor code prefix, source or target (`RUS` matches `RUSGOV`). */
  readonly actor?: string;
  /** Dates whose period overlaps the range (YYYY-MM-DD). */
  readonly from?: string;
  readonly to?: string;
}

/**
 * Coded mentions in date order, each with its article and cluster. The store's records
 * carry neither, so one indexed lookup per mention adds them; rows are read one at a time.
 */
export function* mentionRows(db: Database.Database, filter: ExportFilter): Generator<MentionRow> {
  const extra = db.prepare<[string], ArticleFields & { clusterId: string | null }>(
    `SELECT e.cluster_id AS clusterId, a.title, a.outlet, a.url, a.published
     FROM events e JOIN articles a ON a.id = e.article_id WHERE e.id = ?`,
  );
  for (const event of queryEvents(db, filter)) {
    const found = extra.get(event.id);
    const { clusterId = null, ...article } = found ?? {
      title: null,
      outlet: null,
      url: null,
      published: null,
    };
    yield { event, clusterId, article };
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
