import { inRanges } from '../events/index.js';
import type { EventAnchor } from '../events/index.js';
import type { Sentence } from '../text/index.js';
import type { DateExpression } from './expressions.js';
import { resolveMeaning } from './resolve.js';
import type { DatePrecision } from './resolve.js';

/** Where an event's date came from. */
export type DateSource = 'sentence' | 'publication' | 'none';

/** An event's date, how precise it is, where it came from, and the words that gave it. */
export interface EventDate {
  /** ISO 8601 at its precision ("2016-02-12", week by its Monday, "2016-02", "2016"), or null. */
  readonly date: string | null;
  readonly precision: DatePrecision | null;
  readonly source: DateSource;
  /** The expression as written ("late Friday"), or null when the sentence has none. */
  readonly text: string | null;
}

/**
 * The date of an event: the first date expression of its own clause (with the
 * complements its pattern reads), else that of a clause it depends on (around it,
 * sharing its subject, or reporting it: "…, the Kremlin said on Wednesday"), resolved
 * against the publication date and the event's tense; with no expression, the
 * publication date. An expression
 * that cannot be resolved (no publication date for "on Friday") leaves the date null
 * and keeps the expression — never a guess. `reference` is the date expressions count
 * from when it is not the publication date (the local date at the dateline,
 * `referenceDate`).
 */
export function dateEvent(
  sentence: Sentence,
  expressions: readonly DateExpression[],
  anchor: EventAnchor,
  published: string | null,
  reference: string | null = published,
): EventDate {
  const own = expressions.filter((e) => inRanges(anchor.own, e.start));
  const chosen = own[0] ?? expressions.find((e) => inRanges(anchor.outer, e.start));
  if (!chosen) {
    return published
      ? { date: published, precision: 'day', source: 'publication', text: null }
      : { date: null, precision: null, source: 'none', text: null };
  }
  const a = sentence.tokens[chosen.start];
  const b = sentence.tokens[chosen.end - 1];
  const text = a && b ? sentence.text.slice(a.start, b.end) : null;
  const resolved = resolveMeaning(chosen.meaning, reference, anchor.tense);
  return resolved
    ? { date: resolved.date, precision: resolved.precision, source: 'sentence', text }
    : { date: null, precision: null, source: 'sentence', text };
}
