/**
 * Mentions of one cluster key (key.ts) → events. The result depends only on the set of
 * mentions, never on the order they arrived in, so clustering an ingest incrementally
 * gives what a fresh run gives:
 *
 *   1. Mentions dated to a day are one event per day; where mentions of that day name
 *      places in different countries, one event per country, and mentions with no place
 *      join the one with most mentions.
 *   2. A mention dated only to a week, month or year ("last week", "in February") joins the
 *      day-event inside its period whose place agrees with its own and which has the most
 *      day mentions (ties: the earliest day, then the country's code); coarse mentions never
 *      join each other's events to day-events, so one vague report cannot chain two
 *      meetings of a month into one.
 *   3. Coarse mentions with no such day-event are one event per period and place.
 *   4. Undated mentions (no publication date, no date in the sentence) are compared by
 *      nothing: one event per key and article.
 */
import type { DatePrecision } from '../../time/index.js';

export interface PartitionInput {
  readonly id: string;
  readonly articleId: string;
  readonly date: string | null;
  readonly precision: DatePrecision | null;
  /** ISO3 of the mention's location, '' when it has a location with no country, null when none. */
  readonly country: string | null;
}

const DAY_MS = 86_400_000;

/** The first and last day (YYYY-MM-DD) of a date at its precision. */
export function periodOf(date: string, precision: DatePrecision): [string, string] {
  if (precision === 'day') return [date, date];
  if (precision === 'week') {
    const end = new Date(Date.parse(`${date}T00:00:00Z`) + 6 * DAY_MS);
    return [date, end.toISOString().slice(0, 10)];
  }
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
  /** Day mentions only: what coarse mentions compare. */
  readonly size: number;
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

/** Groups of mention ids, each one event; members and groups in id order. */
export function partition(mentions: readonly PartitionInput[]): string[][] {
  const days = new Map<string, PartitionInput[]>();
  const coarse: PartitionInput[] = [];
  const undated = new Map<string, PartitionInput[]>();
  for (const m of mentions) {
    if (m.date === null || m.precision === null) {
      undated.set(m.articleId, [...(undated.get(m.articleId) ?? []), m]);
    } else if (m.precision === 'day') days.set(m.date, [...(days.get(m.date) ?? []), m]);
    else coarse.push(m);
  }
  const events: DayEvent[] = [...days.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .flatMap(([day, ms]) => dayEvents(day, ms));
  const rest = new Map<string, PartitionInput[]>();
  for (const m of coarse) {
    const [from, to] = periodOf(m.date ?? '', m.precision ?? 'year');
    let best: DayEvent | null = null;
    for (const e of events) {
      if (e.day < from || e.day > to || !agree(e.country, m.country)) continue;
      // Events are in day order, so the first of the largest is the earliest.
      if (best === null || e.size > best.size) best = e;
    }
    if (best) best.members.push(m);
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
