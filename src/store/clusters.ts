import type Database from 'better-sqlite3';
import { partition, sideOf, summarize } from '../dedup/index.js';
import type { EventSummary } from '../dedup/index.js';
import { toRecord } from './queries.js';
import type { EventRow } from './queries.js';
import type { DatePrecision } from '../time/index.js';

/** A mention row with its article's outlet, date and near-duplicate link. */
interface MemberRow extends EventRow {
  location_country: string | null;
  cluster_id: string | null;
  outlet: string | null;
  published: string | null;
  copy_of: string | null;
}

const COLUMNS = [
  'id',
  'key',
  'date',
  'date_precision',
  'date_start',
  'date_end',
  'source_code',
  'source_name',
  'source_side',
  'target_code',
  'target_name',
  'target_side',
  'cameo',
  'cameo_name',
  'root',
  'plover',
  'plover_mode',
  'quad',
  'goldstein',
  'modality',
  'negated',
  'reciprocal',
  'location',
  'location_country',
  'mentions',
  'articles',
  'outlets',
  'copies',
  'event_id',
  'sentence_id',
] as const;

function values(e: EventSummary): (string | number | null)[] {
  return [
    e.id,
    e.key,
    e.date,
    e.datePrecision,
    e.dateStart,
    e.dateEnd,
    e.source.code,
    e.source.name,
    e.source.side,
    e.target?.code ?? null,
    e.target?.name ?? null,
    e.target?.side ?? null,
    e.cameo,
    e.cameoName,
    e.root,
    e.plover,
    e.ploverMode,
    e.quad,
    e.goldstein,
    e.modality,
    e.negated ? 1 : 0,
    e.reciprocal ? 1 : 0,
    e.location ? JSON.stringify(e.location) : null,
    e.location?.country || null,
    e.mentions,
    e.articles,
    e.outlets,
    e.copies,
    e.mention,
    e.sentenceId,
  ];
}

/** Keeps the `clusters` table in step with the mentions of the keys given to it. */
export interface Clusterer {
  /** Re-clusters the mentions of these keys; writes only the events and mentions that changed. */
  recluster(keys: Iterable<string>): void;
}

/**
 * `countries` are the ISO3 codes that are one side of a dyad for every code they begin
 * (dedup/events/key.ts). Re-clustering a key reads all of its mentions (one year of one
 * dyad and type), so the work per ingested article is bounded by the busiest such key.
 */
export function createClusterer(db: Database.Database, countries: ReadonlySet<string>): Clusterer {
  const membersOf = db.prepare<[string], MemberRow>(
    // Neither the sentence nor the explanation is needed: '' and '{}' spare reading them.
    `SELECT e.*, '' AS sentence, '{}' AS why, a.outlet, a.published, NULL AS copy_of
     FROM events e JOIN articles a ON a.id = e.article_id WHERE e.cluster_key = ?`,
  );
  const clustersOf = db.prepare<[string], Record<string, string | number | null>>(
    'SELECT * FROM clusters WHERE key = ?',
  );
  const upsert = db.prepare(
    `INSERT OR REPLACE INTO clusters (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map(() => '?').join(', ')})`,
  );
  const drop = db.prepare<[string]>('DELETE FROM clusters WHERE id = ?');
  const assign = db.prepare<[string, string]>('UPDATE events SET cluster_id = ? WHERE id = ?');
  const side = (actor: { readonly code: string; readonly text: string }): string =>
    sideOf(actor, countries);

  function reclusterKey(key: string): void {
    const rows = membersOf.all(key);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const stored = new Map(
      clustersOf.all(key).map((c) => [String(c.id), JSON.stringify(COLUMNS.map((k) => c[k]))]),
    );
    const groups = partition(
      rows.map((r) => ({
        id: r.id,
        articleId: r.article_id,
        date: r.date,
        precision: r.date_precision as DatePrecision | null,
        country: r.location === null ? null : (r.location_country ?? ''),
      })),
    );
    for (const ids of groups) {
      const members = ids.flatMap((id) => {
        const r = byId.get(id);
        return r ? [r] : [];
      });
      const summary = summarize(
        key,
        members.map((r) => ({
          ...toRecord(r),
          outlet: r.outlet,
          published: r.published,
          copyOf: r.copy_of,
        })),
        side,
      );
      const row = values(summary);
      if (stored.get(summary.id) !== JSON.stringify(row)) upsert.run(...row);
      stored.delete(summary.id);
      for (const r of members) if (r.cluster_id !== summary.id) assign.run(summary.id, r.id);
    }
    for (const id of stored.keys()) drop.run(id);
  }

  return {
    recluster(keys) {
      for (const key of new Set(keys)) reclusterKey(key);
    },
  };
}
