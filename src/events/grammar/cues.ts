/**
 * Cues in a verb's clause that change what its pattern codes: a negation under "will"
 * (a refusal), a negation the pattern names itself (the act it describes), and a bare
 * verb of saying (a statement, kept only when nothing else is coded).
 */
import type { Pattern } from '../patterns/types.js';
import type { Frame } from './frames.js';
import type { PatternMatch } from './match.js';

/** Modals whose negation states a refusal: "will not release", "won't attend", "would not sign". */
const REFUSING_MODALS: ReadonlySet<string> = new Set(['will', 'wo', "'ll", 'shall', 'would']);

/** "X will not release Y": the verb itself is negated under a modal of will. */
export function refusedByModal(frame: Frame): boolean {
  const { group } = frame;
  return frame.negated && group.negated && group.modal !== null && REFUSING_MODALS.has(group.modal);
}

const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no']);

/** Whether the words a pattern requires before its verb include a negation. */
export function namesNegation(p: Pattern): boolean {
  return p.before.some(
    (e) =>
      e.kind === 'word' &&
      (e.alts.some((w) => NEGATIONS.has(w)) ||
        (e.phrases ?? []).some((ph) => ph.some((w) => NEGATIONS.has(w)))),
  );
}

/** Verbs that report speech: coded alone ("X said"), they are a statement about something else. */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'say',
  'tell',
  'announce',
  'state',
  'add',
  'report',
  'declare',
  'note',
  'claim',
  'insist',
]);

/**
 * Whether an event is only the saying: a reporting verb's pattern with no word but the
 * verb and no target ("…, a senior official said" under an imported `SAID [023]`).
 */
export function isSaying(frame: Frame, match: PatternMatch): boolean {
  const { pattern } = match;
  const bare = pattern.elements.length === 0 && pattern.before.length === 0;
  return REPORTING_VERBS.has(frame.group.lemma) && bare && match.targets.length === 0;
}
