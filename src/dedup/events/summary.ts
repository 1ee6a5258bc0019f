/**
 * One event from the mentions that report it: the representative mention, the codes most
 * mentions agree on, the most precise place, and the GDELT-style counts (mentions,
 * distinct articles, distinct outlets, and how many of those articles are near-duplicate
 * copies of another).
 */
import type { EventRecord } from '../../store/index.js';
import type { DatePrecision } from '../../time/index.js';
import { periodOf } from './partition.js';

/** What a mention and the event it reports both have: date, codes, modality, place. */
type Coding = Pick<
  EventRecord,
  | 'date'
  | 'datePrecision'
  | 'cameo'
  | 'cameoName'
  | 'plover'
  | 'ploverMode'
  | 'quad'
  | 'goldstein'
  | 'modality'
  | 'negated'
  | 'reciprocal'
  | 'location'
>;

/** A stored mention with what summarising needs from its article. */
export interface MemberMention
  extends
    Coding,
    Pick<EventRecord, 'id' | 'articleId' | 'sentenceId' | 'dateSource' | 'source' | 'target'> {
  readonly outlet: string | null;
  readonly published: string | null;
  /** The original this mention's article copies, or null. */
  readonly copyOf: string | null;
}

/** An actor of an event: the code most of its mentions give, its name, its dyad side (key.ts). */
export interface ClusterActor {
  readonly code: string;
  readonly name: string;
  readonly side: string;
}

/** An event as the `clusters` table stores it (store/schema.ts migration 5). */
export interface EventSummary extends Coding {
  /** `e` + the smallest id of its mentions. */
  readonly id: string;
  readonly key: string;
  /** The first and last day of the date's period (a month: its first and last day), or null. */
  readonly dateStart: string | null;
  readonly dateEnd: string | null;
  readonly source: ClusterActor;
  readonly target: ClusterActor | null;
  readonly root: string;
  /** Coded mentions, distinct articles, distinct outlets, articles that are near-duplicate copies. */
  readonly mentions: number;
  readonly articles: number;
  readonly outlets: number;
  readonly copies: number;
  /** The representative mention and its sentence. */
  readonly mention: string;
  readonly sentenceId: string;
}

const PRECISION: Record<DatePrecision, number> = { day: 0, week: 1, month: 2, year: 3 };
const PLACE: Record<string, number> = { city: 0, region: 1, country: 2 };

function compare(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The representative first: from an original article (not a copy), dated most precisely
 * (a date in the sentence before the publication date), published earliest, then by id.
 */
function representativeOrder(a: MemberMention, b: MemberMention): number {
  return (
    compare(a.copyOf === null ? 0 : 1, b.copyOf === null ? 0 : 1) ||
    compare(rank(a), rank(b)) ||
    compare(a.dateSource === 'sentence' ? 0 : 1, b.dateSource === 'sentence' ? 0 : 1) ||
    compare(a.published ?? '\uffff', b.published ?? '\uffff') ||
    compare(a.id, b.id)
  );
}

/** The most frequent value; ties go to the value seen first. */
function mode<T>(values: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  let bestN = 0;
  // A Map iterates in insertion order: the first value seen wins a tie.
  for (const [v, n] of counts) if (n > bestN) [best, bestN] = [v, n];
  return best;
}

/** Finer dates first; undated last. */
function rank(m: MemberMention): number {
  return m.date && m.datePrecision ? PRECISION[m.datePrecision] : 9;
}

/** Cities before regions before countries; a place in the sentence before the dateline. */
function placeRank(m: MemberMention): number {
  const p = m.location;
  if (p === null) return 99;
  return (PLACE[p.precision] ?? 2) * 2 + (p.source === 'dateline' ? 1 : 0);
}

function distinct(values: Iterable<string | null>): number {
  const set = new Set<string>();
  for (const v of values) if (v !== null && v !== '') set.add(v.toLowerCase());
  return set.size;
}

/**
 * Summarises the mentions of one event. `side` gives the dyad side of an actor code (key.ts
 * sideOf): mentions reporting an unordered event the other way round ("Lavrov met Kerry")
 * are turned to the direction most mentions give before codes are counted.
 */
export function summarize(
  key: string,
  members: readonly MemberMention[],
  side: (actor: { readonly code: string; readonly text: string }) => string,
): EventSummary {
  const ms = [...members].sort(representativeOrder);
  const rep = ms[0];
  if (!rep) throw new Error('summarize: an event needs at least one mention');
  // Told both ways, an unordered event takes the direction most reports give it.
  const direction =
    mode(ms.filter((m) => m.target !== null).map((m) => side(m.source))) ?? side(rep.source);
  let bothWays = false;
  const turned = ms.map((m) => {
    if (m.target === null || side(m.source) === direction) return m;
    bothWays = true;
    return { ...m, source: m.target, target: m.source };
  });
  const actor = (chosen: EventRecord['source'] | undefined): ClusterActor | null =>
    chosen ? { code: chosen.code, name: chosen.name, side: side(chosen) } : null;
  const sourceCode = mode(turned.map((m) => m.source.code));
  const targetCode = mode(turned.map((m) => m.target?.code ?? null));
  const source = actor(turned.find((m) => m.source.code === sourceCode)?.source) ?? {
    code: rep.source.code,
    name: rep.source.name,
    side: side(rep.source),
  };
  const target = actor(turned.find((m) => m.target?.code === targetCode)?.target ?? undefined);
  const cameo = mode(ms.map((m) => m.cameo)) ?? rep.cameo;
  const coded = ms.find((m) => m.cameo === cameo) ?? rep;
  const dated = ms.find((m) => rank(m) === Math.min(...ms.map(rank)));
  const period =
    dated?.date && dated.datePrecision ? periodOf(dated.date, dated.datePrecision) : null;
  const bestPlace = Math.min(...ms.map(placeRank));
  const placeKey = mode(
    ms.filter((m) => placeRank(m) === bestPlace).map((m) => JSON.stringify(m.location)),
  );
  const placed = ms.find((m) => JSON.stringify(m.location) === placeKey);
  return {
    id: `e${ms.reduce((min, m) => (m.id < min ? m.id : min), rep.id)}`,
    key,
    date: period ? (dated?.date ?? null) : null,
    datePrecision: period ? (dated?.datePrecision ?? null) : null,
    dateStart: period?.[0] ?? null,
    dateEnd: period?.[1] ?? null,
    source,
    target,
    cameo,
    cameoName: coded.cameoName,
    root: cameo.slice(0, 2),
    plover: coded.plover,
    ploverMode: coded.ploverMode,
    quad: coded.quad,
    goldstein: coded.goldstein,
    modality: rep.modality,
    negated: rep.negated,
    reciprocal: bothWays || ms.some((m) => m.reciprocal),
    location: placed?.location ?? null,
    mentions: ms.length,
    articles: distinct(ms.map((m) => m.articleId)),
    outlets: distinct(ms.map((m) => m.outlet)),
    copies: distinct(ms.map((m) => (m.copyOf === null ? null : m.articleId))),
    mention: rep.id,
    sentenceId: rep.sentenceId,
  };
}
