/**
 * Cues in a verb's clause that change what its pattern codes: a negation under "will"
 * (a refusal), a negation the pattern names itself (the act it describes), a bare verb of
 * saying (a statement, kept only when nothing else is coded), and "X says Y must" (X's
 * demand).
 */
import type { Pattern } from '../patterns/types.js';
import type { Frame } from './frames.js';
import type { PatternMatch } from './match.js';
import { mentionsOf } from './subjects.js';
import type { Unit } from './units.js';

/** Modals whose negation states a refusal: "will not release", "won't attend", "would not sign". */
const REFUSING_MODALS: ReadonlySet<string> = new Set(['will', 'wo', "'ll", 'shall', 'would']);

/** "X will not release Y": the verb itself is negated under a modal of will. */
export function refusedByModal(frame: Frame): boolean {
  const { group } = frame;
  return frame.negated && group.negated && group.modal !== null && REFUSING_MODALS.has(group.modal);
}

const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no', 'neither']);

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

/** Modals that make a reported act a demand: "Russia says Israel must end its attacks". */
const DEMAND_MODALS: ReadonlySet<string> = new Set(['must', 'should', 'ought']);

/**
 * The subject of the reporting verb right before `frame` when `frame` is what someone
 * says another actor must or should do ("Russia says Israel must end its attacks"); none
 * otherwise. Both subjects must name actors, and neither verb be negated.
 */
export function demanderOf(frames: readonly Frame[], frame: Frame): readonly Unit[] {
  const modal = frame.group.modal;
  if (!modal || !DEMAND_MODALS.has(modal) || frame.negated) return [];
  if (mentionsOf(frame.subject.units).length === 0) return [];
  const report = frames[frame.index - 1];
  if (!report || report.negated || !REPORTING_VERBS.has(report.group.lemma)) return [];
  return mentionsOf(report.subject.units).length > 0 ? report.subject.units : [];
}
