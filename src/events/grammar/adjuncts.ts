import { TIME_NOUNS, TIME_WORDS } from '../../actors/index.js';
import type { Token } from '../../text/index.js';
import type { SentenceView, Unit } from './units.js';
import { unitStartingAt } from './units.js';

/** Words of a time phrase ("on Thursday", "last month", "May 3", "the past week"). */
function timeWord(t: Token): boolean {
  return TIME_WORDS.has(t.lower) || TIME_NOUNS.has(t.lemma) || t.lemma === 'day' || t.pos === 'NUM';
}

/** A phrase that says when, not what: its head or its first word is a time word. */
export function isTime(view: SentenceView, u: Unit): boolean {
  const head = view.tokens[u.end - 1];
  const first = view.tokens[u.start];
  return (
    (head !== undefined && timeWord(head)) || (first !== undefined && TIME_WORDS.has(first.lower))
  );
}

/** Prepositions of a time or place adjunct. */
const ADJUNCT_PREPS: ReadonlySet<string> = new Set([
  'on',
  'in',
  'at',
  'during',
  'earlier',
  'later',
]);

/**
 * Where an adjunct of time or place that starts at token `p` ends, or `p` when none
 * does: "on Friday", "last week", "earlier in the day", "in Jerusalem", "in Geneva". The
 * matcher steps over one between a verb and its object ("held talks in Jerusalem with
 * Netanyahu", "vetoed on Friday a resolution"). A place is a name ("in Geneva"), not a
 * common noun ("in the region" may be what the pattern wants).
 */
export function adjunctEnd(view: SentenceView, p: number, end: number): number {
  let q = p;
  while (q < end && ADJUNCT_PREPS.has(view.tokens[q]?.lower ?? '')) q++;
  const u = unitStartingAt(view, q);
  if (!u || u.end > end) return p;
  const prep = q > p;
  const place = prep && view.tokens[u.end - 1]?.pos === 'PROPN' && !isTime(view, u);
  return isTime(view, u) || place ? u.end : p;
}
