import { WEEKDAYS } from '../calendar.js';

/** Closed word classes the text stage reasons with. */

/** Modal auxiliaries, as lemmas and as written ("'ll", "wo" in "won't", "ca" in "can't"). */
export const MODALS: ReadonlySet<string> = new Set([
  'will',
  'would',
  'shall',
  'should',
  'can',
  'could',
  'may',
  'might',
  'must',
  "'ll",
  'wo',
  'ca',
]);

/** Words that negate a verb group. */
export const NEGATORS: ReadonlySet<string> = new Set(['not', "n't", 'never']);

/** Words for a day, which end a noun phrase after a common noun ("deported a man Friday"). */
export const DAY_WORDS: ReadonlySet<string> = new Set([
  ...WEEKDAYS,
  'today',
  'yesterday',
  'tonight',
]);
