import type Database from 'better-sqlite3';
import { partition, sideOf, summarize } from '../dedup/index.js';
import type { EventSummary } from '../dedup/index.js';
import { toRecord } from './queries.js';
import type { EventRow } from './queries.js';
import type { DatePrecision } from '../time/index.js';

/** A mention row with its article's outlet, date and near-duplicate link. */
interface MemberRow extends EventRow {
  location_country: string | null;
  date_start: string | null;
  date_end: string | null;
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

/** The days a change touched in one cluster key: a span, or null for undated mentions. */
export type Span = readonly [string, string] | null;

/** Keeps the `clusters` table in step with the mentions of the keys given to it. */
export interface Clusterer {
  /**
   * Re-clusters the mentions of each key around the span of days that changed; writes
   * only the events and mentions that changed.
   */
  recluster(changes: ReadonlyMap<string, Span>): void;
}

/** The longest period of a mention in a dated key (a month): how far back a span can reach. */
const LONGEST_DAYS = 31;

function daysBefore(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);
}

/**
 * `countries` are the ISO3 codes that are one side of a dyad for every code they begin
 * (dedup/events/key.ts). A change re-clusters only its block: the mentions whose periods
 * overlap the changed days, widened until no mention reaches outside it (a month-dated
 * mention brings its month). Nothing outside a block can change what happens inside it
 * (partition.ts), so a block gives what clustering the whole key would.
 */
export function createClusterer(db: Database.Database, countries: ReadonlySet<string>): Clusterer {
  // Only what summarising needs: the sentence, rule and explanation are left unread.
  const MEMBER = `SELECT e.id, e.article_id, e.sentence_id, e.date, e.date_precision, e.date_source,
      NULL AS date_text, e.source_code, e.source_name, e.source_text, e.target_code, e.target_name,
      e.target_text, e.cameo, e.cameo_name, e.plover, e.plover_mode, e.quad, e.goldstein, e.modality,
      e.negated, e.reciprocal, '' AS rule, '{}' AS why, '' AS sentence, e.location, e.location_country,
      e.date_start, e.date_end, e.cluster_id, a.outlet, a.published, NULL AS copy_of
    FROM events e JOIN articles a ON a.id = e.article_id`;
  const undatedOf = db.prepare<[string], MemberRow>(`${MEMBER} WHERE e.cluster_key = ?`);
  const overlapping = db.prepare<[string, string, string, string], MemberRow>(
    `${MEMBER} WHERE e.cluster_key = ? AND e.date_start BETWEEN ? AND ? AND e.date_end >= ?`,
  );
  const clustersOf = db.prepare<[string], Record<string, string | number | null>>(
    'SELECT * FROM clusters WHERE key = ?',
  );
  const clustersIn = db.prepare<[string, string, string], Record<string, string | number | null>>(
    'SELECT * FROM clusters WHERE key = ? AND date_start <= ? AND date_end >= ?',
  );
  const upsert = db.prepare(
    `INSERT OR REPLACE INTO clusters (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map(() => '?').join(', ')})`,
  );
  const drop = db.prepare<[string]>('DELETE FROM clusters WHERE id = ?');
  const assign = db.prepare<[string, string]>('UPDATE events SET cluster_id = ? WHERE id = ?');
  const side = (actor: { readonly code: string; readonly text: string }): string =>
    sideOf(actor, countries);

  /** The mentions of a key's block around `span`, and the span the block covers. */
  function block(key: string, span: readonly [string, string]): [MemberRow[], [string, string]] {
    let [from, to] = span;
    for (;;) {
      const rows = overlapping.all(key, daysBefore(from, LONGEST_DAYS), to, from);
      let [wider, later] = [from, to];
      for (const r of rows) {
        if (r.date_start !== null && r.date_start < wider) wider = r.date_start;
        if (r.date_end !== null && r.date_end > later) later = r.date_end;
      }
      if (wider === from && later === to) return [rows, [from, to]];
      [from, to] = [wider, later];
    }
  }

  function reclusterKey(key: string, span: Span): void {
    let rows: MemberRow[];
    let old: Record<string, string | number | null>[];
    if (span === null) {
      rows = undatedOf.all(key);
      old = clustersOf.all(key);
    } else {
      const [members, [from, to]] = block(key, span);
      rows = members;
      old = clustersIn.all(key, to, from);
    }
    const byId = new Map(rows.map((r) => [r.id, r]));
    const stored = new Map(
      old.map((c) => [String(c.id), JSON.stringify(COLUMNS.map((k) => c[k]))]),
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
    recluster(changes) {
      for (const [key, span] of changes) reclusterKey(key, span);
    },
  };
}
