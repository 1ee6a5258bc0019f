import { MONTHS, WEEKDAYS } from '../calendar.js';
import type { Token } from '../text/index.js';

/** A unit of relative time ("three days ago", "last week"). */
export type TimeUnit = 'day' | 'week' | 'month' | 'year';

/** What a date expression says, before it is resolved against a reference date. */
export type DateMeaning =
  /**
   * "on Friday", "late Friday", "Friday night"; `which` from "last/next Friday"; `part`
   * when a part of the day is named ("Friday night", "later on Friday"), which a report
   * of that same day may mean.
   */
  | {
      readonly kind: 'weekday';
      readonly weekday: number;
      readonly which: 'last' | 'next' | null;
      readonly part: boolean;
    }
  /** "yesterday" (-1), "today", "tonight", "this morning" (0), "tomorrow" (+1), "last night" (-1). */
  | { readonly kind: 'relative-day'; readonly offset: number }
  /** "three days ago", "two weeks ago". */
  | { readonly kind: 'ago'; readonly amount: number; readonly unit: TimeUnit }
  /** "last week" (-1), "earlier this month" (0), "next year" (+1), "last weekend". */
  | {
      readonly kind: 'relative-span';
      readonly unit: TimeUnit | 'weekend';
      readonly offset: number;
    }
  /** "Feb. 10, 2016", "10 February", "in March", "March 2014", "in 2015", "2016-02-10". */
  | {
      readonly kind: 'calendar';
      readonly year: number | null;
      readonly month: number | null;
      readonly day: number | null;
    };

/** A date expression found in a sentence: tokens [start, end) and what they say. */
export interface DateExpression {
  readonly start: number;
  readonly end: number;
  readonly meaning: DateMeaning;
}

/** Month names and their abbreviations → month number (1–12). */
const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map([
  ...MONTHS.map((m, i): [string, number] => [m, i + 1]),
  ...['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].flatMap(
    (m): [string, number][] => {
      const n = MONTHS.findIndex((x) => x.startsWith(m)) + 1;
      return [
        [m, n],
        [`${m}.`, n],
      ];
    },
  ),
  ['sept', 9],
  ['sept.', 9],
]);

const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(
  [
    'a',
    'one',
    'two',
    'three',
    'four',
    'five',
    'six',
    'seven',
    'eight',
    'nine',
    'ten',
    'eleven',
    'twelve',
  ].map((w, i): [string, number] => [w, Math.max(i, 1)]),
);

const UNITS: ReadonlyMap<string, TimeUnit> = new Map([
  ['day', 'day'],
  ['week', 'week'],
  ['month', 'month'],
  ['year', 'year'],
]);

const RELATIVE_DAYS: ReadonlyMap<string, number> = new Map([
  ['yesterday', -1],
  ['today', 0],
  ['tonight', 0],
  ['tomorrow', 1],
]);

/** Parts of a day after a weekday or "this"/"last" ("Friday night", "this morning"). */
const DAY_PARTS: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening', 'night']);

/** Words before a weekday that keep it the same day ("late Friday", "early Monday"). */
const DAY_EDGES: ReadonlySet<string> = new Set(['late', 'early', 'later']);

/** Words before a weekday that make it a part of the day ("later on Thursday"). */
const LATER: ReadonlySet<string> = new Set(['late', 'later', 'early', 'earlier']);

/** Prepositions before a month or a year that make it the time of the event. */
const TIME_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'on',
  'during',
  'early',
  'late',
  'mid',
  'mid-',
]);

function dayNumber(t: Token | undefined): number | null {
  const m = t ? /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(t.lower) : null;
  const n = m ? Number(m[1]) : NaN;
  return n >= 1 && n <= 31 ? n : null;
}

function yearNumber(t: Token | undefined): number | null {
  const n = t && /^\d{4}$/.test(t.lower) ? Number(t.lower) : NaN;
  return n >= 1900 && n <= 2099 ? n : null;
}

function monthAt(t: Token | undefined): number | null {
  if (!t || !/^\p{Lu}/u.test(t.text)) return null;
  return MONTH_NUMBERS.get(t.lower) ?? null;
}

type Found = { readonly end: number; readonly meaning: DateMeaning } | null;

/** "Feb. 10", "Feb. 10, 2016", "February 10th 2016", "March 2014", "in March". */
function monthFirst(tokens: readonly Token[], i: number): Found {
  const month = monthAt(tokens[i]);
  if (month === null) return null;
  const day = dayNumber(tokens[i + 1]);
  if (day !== null) {
    const comma = tokens[i + 2]?.lower === ',' ? 1 : 0;
    const year = yearNumber(tokens[i + 2 + comma]);
    return year !== null
      ? { end: i + 3 + comma, meaning: { kind: 'calendar', year, month, day } }
      : { end: i + 2, meaning: { kind: 'calendar', year: null, month, day } };
  }
  const year = yearNumber(tokens[i + 1]);
  if (year !== null) return { end: i + 2, meaning: { kind: 'calendar', year, month, day: null } };
  // A month alone only after a preposition of time ("in March"; "May" is also a verb and a name).
  if (!TIME_PREPOSITIONS.has(tokens[i - 1]?.lower ?? '')) return null;
  return { end: i + 1, meaning: { kind: 'calendar', year: null, month, day: null } };
}

/** "10 February", "10 February 2016", "10th of February". */
function dayFirst(tokens: readonly Token[], i: number): Found {
  const day = dayNumber(tokens[i]);
  if (day === null) return null;
  const of = tokens[i + 1]?.lower === 'of' ? 1 : 0;
  const month = monthAt(tokens[i + 1 + of]);
  if (month === null) return null;
  const year = yearNumber(tokens[i + 2 + of]);
  return year !== null
    ? { end: i + 3 + of, meaning: { kind: 'calendar', year, month, day } }
    : { end: i + 2 + of, meaning: { kind: 'calendar', year: null, month, day } };
}

/** "2016-02-10". */
function isoDate(tokens: readonly Token[], i: number): Found {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(tokens[i]?.lower ?? '');
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return { end: i + 1, meaning: { kind: 'calendar', year, month, day } };
}

/** "in 2015", "during 2014" (not "since 2011", which is a span). */
function yearAlone(tokens: readonly Token[], i: number): Found {
  const year = yearNumber(tokens[i]);
  const before = tokens[i - 1]?.lower ?? '';
  if (year === null || (before !== 'in' && before !== 'during')) return null;
  return { end: i + 1, meaning: { kind: 'calendar', year, month: null, day: null } };
}

/** "Friday", "late Friday", "Friday night", "last Friday", "Friday's". */
function weekday(tokens: readonly Token[], i: number): Found {
  const t = tokens[i];
  const base = t?.lower.replace(/'s$/, '') ?? '';
  const n = WEEKDAYS.indexOf(base);
  if (!t || n < 0 || !/^\p{Lu}/u.test(t.text)) return null;
  // A weekday inside a name is no date: "the Good Friday Agreement", "Black Tuesday Accord".
  const next = tokens[i + 1];
  const inName =
    next && (next.pos === 'PROPN' || next.pos === 'NOUN') && /^\p{Lu}/u.test(next.text);
  if (inName && !monthAt(next)) return null;
  const before = tokens[i - 1]?.lower ?? '';
  const which = before === 'last' ? 'last' : before === 'next' ? 'next' : null;
  let end = i + 1;
  if (tokens[end]?.lower === "'s") end++;
  const named = DAY_PARTS.has(tokens[end]?.lower ?? '');
  if (named) end++;
  // "later on Friday", "later Friday", "late Friday", "Friday night".
  const later = LATER.has(before) || (before === 'on' && LATER.has(tokens[i - 2]?.lower ?? ''));
  return { end, meaning: { kind: 'weekday', weekday: n, which, part: named || later } };
}

/** Words before a match that belong to it ("late Friday", "last Friday", "earlier this month"). */
function leading(tokens: readonly Token[], start: number, meaning: DateMeaning): number {
  const before = tokens[start - 1]?.lower ?? '';
  if (meaning.kind === 'weekday' && (DAY_EDGES.has(before) || meaning.which !== null))
    return start - 1;
  return start;
}

/** "yesterday", "today", "last night", "this morning", "earlier today". */
function relativeDay(tokens: readonly Token[], i: number): Found {
  const t = tokens[i]?.lower ?? '';
  const offset = RELATIVE_DAYS.get(t);
  if (offset !== undefined) {
    const part = DAY_PARTS.has(tokens[i + 1]?.lower ?? '') ? 1 : 0;
    return { end: i + 1 + part, meaning: { kind: 'relative-day', offset } };
  }
  const next = tokens[i + 1]?.lower ?? '';
  if (t === 'last' && next === 'night')
    return { end: i + 2, meaning: { kind: 'relative-day', offset: -1 } };
  if (t === 'this' && DAY_PARTS.has(next) && next !== 'night')
    return { end: i + 2, meaning: { kind: 'relative-day', offset: 0 } };
  return null;
}

/** "last week", "this month", "earlier this year", "next week", "last weekend". */
function relativeSpan(tokens: readonly Token[], i: number): Found {
  const t = tokens[i]?.lower ?? '';
  const next = tokens[i + 1];
  const unit = next?.lower === 'weekend' ? 'weekend' : UNITS.get(next?.lower ?? '');
  if (!unit) return null;
  const offset = t === 'last' || t === 'past' ? -1 : t === 'this' ? 0 : t === 'next' ? 1 : null;
  if (offset === null) return null;
  // "the past week" and "the last year" are spans up to now, not a time of an event.
  if (tokens[i - 1]?.lower === 'the') return null;
  return { end: i + 2, meaning: { kind: 'relative-span', unit, offset } };
}

/** "three days ago", "a week ago", "2 years ago". */
function ago(tokens: readonly Token[], i: number): Found {
  const t = tokens[i]?.lower ?? '';
  const amount = /^\d{1,3}$/.test(t) ? Number(t) : (NUMBER_WORDS.get(t) ?? null);
  const unit = UNITS.get(tokens[i + 1]?.lemma ?? '');
  if (amount === null || !unit || tokens[i + 2]?.lower !== 'ago') return null;
  return { end: i + 3, meaning: { kind: 'ago', amount, unit } };
}

const MATCHERS = [
  isoDate,
  monthFirst,
  dayFirst,
  yearAlone,
  weekday,
  relativeDay,
  relativeSpan,
  ago,
];

/** Qualifiers before a relative span that keep its meaning ("earlier this month", "later this week"). */
const SPAN_QUALIFIERS: ReadonlySet<string> = new Set(['earlier', 'later', 'early', 'late']);

/**
 * The date expressions of a sentence, in order, none overlapping: weekdays ("on Friday",
 * "late Friday", "Friday night"), days relative to the report ("yesterday", "last night"),
 * spans ("last week", "earlier this month"), "three days ago", and calendar dates with or
 * without a year ("Feb. 10", "10 February 2016", "in March", "in 2015", "2016-02-10").
 */
export function findDateExpressions(tokens: readonly Token[]): DateExpression[] {
  const out: DateExpression[] = [];
  let i = 0;
  while (i < tokens.length) {
    let found: Found = null;
    for (const match of MATCHERS) {
      found = match(tokens, i);
      if (found) break;
    }
    if (!found) {
      i++;
      continue;
    }
    let start = leading(tokens, i, found.meaning);
    const qualifier = tokens[start - 1]?.lower ?? '';
    if (found.meaning.kind === 'relative-span' && SPAN_QUALIFIERS.has(qualifier)) start--;
    if (out.length === 0 || (out[out.length - 1]?.end ?? 0) <= start)
      out.push({ start, end: found.end, meaning: found.meaning });
    i = found.end;
  }
  return out;
}
