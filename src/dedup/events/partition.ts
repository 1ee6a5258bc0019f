/**
 * Mentions of one cluster key (key.ts) → events. The result depends only on the set of
 * mentions, never on the order they arrived in, so clustering an ingest incrementally
 * gives what a fresh run gives:
 *
 *   1. Mentions dated to a day by their own sentence ("on Thursday") are one event per
 *      day; where mentions of that day name places in different countries, one event per
 *      country, and mentions with no place join the one with most mentions.
 *   2. A mention dated only by its article's publication date may report the day before
 *      or the one before that: it joins the event of a sentence-dated day in those three
 *      days whose place agrees, the one with most mentions (ties: the latest day, then
 *      the country's code); without one, such mentions are one event per day as in 1.
 *   3. A mention dated only to a week or month ("last week", "in February") joins the
 *      day-event inside its period whose place agrees and which has the most day
 *      mentions (ties: the earliest day, then the country's code); coarse mentions never
 *      join each other to day-events, so one vague report cannot chain two meetings of a
 *      month into one.
 *   4. Coarse mentions with no such day-event are one event per period and place.
 *   5. Undated mentions (no publication date, no date in the sentence) are compared by
 *      nothing: one event per key and article.
 */
import type { DatePrecision } from '../../time/index.js';

export interface PartitionInput {
  readonly id: string;
  readonly articleId: string;
  readonly date: string | null;
  readonly precision: DatePrecision | null;
  /** `publication` when the date is the article's, not the sentence's. */
  readonly dateSource: string;
  /** ISO3 of the mention's location, '' when it has a location with no country, null when none. */
  readonly country: string | null;
}

const DAY_MS = 86_400_000;

/** How many days before its publication a report dated only by it may tell of. */
export const REPORT_LAG_DAYS = 2;

/** The day `n` days after `day` (before, for negative `n`). */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** The first and last day (YYYY-MM-DD) of a date at its precision. */
export function periodOf(date: string, precision: DatePrecision): [string, string] {
  if (precision === 'day') return [date, date];
  if (precision === 'week') return [date, addDays(date, 6)];
  if (precision === 'month') {
    const [y, m] = date.split('-').map(Number) as [number, number];
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return [`${date}-01`, `${date}-${String(last).padStart(2, '0')}`];
  }
  return [`${date}-01-01`, `${date}-12-31`];
}

interface DayEvent {
  readonly day: string;
  readonly country: string | null;
  readonly members: PartitionInput[];
  /** Mentions dated to the day: what later mentions compare. */
  size: number;
}

const byId = (a: PartitionInput, b: PartitionInput): number =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** Places agree when either has none or both are in one country. */
function agree(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b;
}

function dayEvents(day: string, mentions: PartitionInput[]): DayEvent[] {
  const byCountry = new Map<string, PartitionInput[]>();
  const unplaced: PartitionInput[] = [];
  for (const m of mentions) {
    if (m.country === null) unplaced.push(m);
    else byCountry.set(m.country, [...(byCountry.get(m.country) ?? []), m]);
  }
  if (byCountry.size === 0)
    return [{ day, country: null, members: unplaced, size: unplaced.length }];
  const groups = [...byCountry.entries()].sort(
    ([ca, a], [cb, b]) => b.length - a.length || (ca < cb ? -1 : ca > cb ? 1 : 0),
  );
  const first = groups[0];
  if (first) first[1].push(...unplaced);
  return groups.map(([country, members]) => ({ day, country, members, size: members.length }));
}

function byDay(mentions: readonly PartitionInput[]): DayEvent[] {
  const days = new Map<string, PartitionInput[]>();
  for (const m of mentions) days.set(m.date ?? '', [...(days.get(m.date ?? '') ?? []), m]);
  return [...days.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .flatMap(([day, ms]) => dayEvents(day, ms));
}

/**
 * The event among `events` (in day order) that a mention joins: within `from`…`to`, with
 * a place that agrees, most mentions; ties to the earliest day, or the latest with `late`.
 */
function best(
  events: readonly DayEvent[],
  m: PartitionInput,
  from: string,
  to: string,
  late = false,
): DayEvent | null {
  let found: DayEvent | null = null;
  for (const e of events) {
    if (e.day < from || e.day > to || !agree(e.country, m.country)) continue;
    if (
      found === null ||
      e.size > found.size ||
      (late && e.size === found.size && e.day > found.day)
    )
      found = e;
  }
  return found;
}

/** Groups of mention ids, each one event; members and groups in id order. */
export function partition(mentions: readonly PartitionInput[]): string[][] {
  const sentence: PartitionInput[] = [];
  const published: PartitionInput[] = [];
  const coarse: PartitionInput[] = [];
  const undated = new Map<string, PartitionInput[]>();
  for (const m of mentions) {
    if (m.date === null || m.precision === null) {
      undated.set(m.articleId, [...(undated.get(m.articleId) ?? []), m]);
    } else if (m.precision !== 'day') coarse.push(m);
    else if (m.dateSource === 'publication') published.push(m);
    else sentence.push(m);
  }
  const told = byDay(sentence);
  const alone: PartitionInput[] = [];
  for (const m of published) {
    const day = m.date ?? '';
    const e = best(told, m, addDays(day, -REPORT_LAG_DAYS), day, true);
    if (e) e.members.push(m);
    else alone.push(m);
  }
  const events = [...told, ...byDay(alone)].sort((a, b) =>
    a.day < b.day ? -1 : a.day > b.day ? 1 : 0,
  );
  for (const e of events) e.size = e.members.length;
  const rest = new Map<string, PartitionInput[]>();
  for (const m of coarse) {
    const [from, to] = periodOf(m.date ?? '', m.precision ?? 'year');
    const e = best(events, m, from, to);
    if (e) e.members.push(m);
    else {
      const k = `${m.precision} ${m.date} ${m.country ?? ''}`;
      rest.set(k, [...(rest.get(k) ?? []), m]);
    }
  }
  const groups = [...events.map((e) => e.members), ...rest.values(), ...undated.values()].map((g) =>
    g.sort(byId).map((m) => m.id),
  );
  return groups.sort((a, b) => ((a[0] ?? '') < (b[0] ?? '') ? -1 : 1));
}
