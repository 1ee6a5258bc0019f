import type { EventActor } from '../types.js';
import { adjunctEnd, isTime } from './adjuncts.js';
import type { Frame } from './frames.js';
import { opensClause } from './clauses.js';
import { coordinatesRight } from './subjects.js';
import type { SentenceView, Unit } from './units.js';

/** What `why.targetVia` says of a target that is a phrase, not an actor. */
export const PATIENT_VIA = 'phrase: names no actor';
export const PLACE_VIA = 'place: where the act took place';

/**
 * The phrase an event acts on when its pattern binds no actor: the phrase the pattern
 * bound to +T ("condemned a court decision", "shelled the Christmas tree"), else the
 * first noun phrase after the pattern, in its clause or its complement's, that names no
 * country, organisation or person ("agreed to lift the curfew", "agreed to establish a
 * peacekeeping force"). Null when there is none. `phraseActor` shows it as
 * the target with an empty code: what was acted on, with no actor invented.
 */
export function patientUnit(
  view: SentenceView,
  bound: readonly Unit[],
  from: number,
  clauses: readonly Frame[],
): Unit | null {
  const b = bound.find((u) => usable(view, u));
  if (b) return b;
  // A pattern ending in "that" ("deny that") is followed by a clause, not by what is acted on.
  if (view.tokens[from - 1]?.lower === 'that') return null;
  // Up to the end of the verb's and its complements' clauses, not into a "that" clause.
  let end = clauses.reduce((e, f) => Math.max(e, f.clauseEnd), from);
  for (let i = from; i < end; i++) if (opensClause(view.tokens, i)) end = i;
  for (let i = from; i < end; i++) {
    const u = view.units[view.unitOf[i] ?? -1];
    if (!u || u.start !== i || u.end > end) continue;
    // A country, organisation or person there belongs to the complement ("held talks in
    // Baghdad"); so does the subject of a "that" clause ("denied that Russia intended …").
    const named = Boolean(u.mention?.primary) || Boolean(u.mention?.person);
    const subject = view.tokens[u.start - 1]?.lower === 'that';
    // "the talks in Geneva": a place or a time is where or when, not what.
    const adjunct = adjunctEnd(view, u.start - 1, end) >= u.end;
    if (usable(view, u) && !named && !subject && !adjunct) return u;
    i = u.end - 1;
  }
  return null;
}

/** A phrase as an event's target that names no actor: its text, an empty code. */
export function phraseActor(view: SentenceView, u: Unit): EventActor | null {
  const a = view.tokens[u.start];
  const b = view.tokens[u.end - 1];
  if (!a || !b) return null;
  return {
    code: '',
    name: '',
    text: view.sentence.text.slice(a.start, b.end),
    start: a.start,
    end: b.end,
  };
}

/** A phrase that can be the patient: not a time, not a bare pronoun ("it", "what"). */
function usable(view: SentenceView, u: Unit): boolean {
  const first = view.tokens[u.start];
  const pronoun = u.end - u.start === 1 && first !== undefined && first.pos === 'PRON';
  return !pronoun && !isTime(view, u);
}

/** Where a verb's words end before `until`: not into a clause of its own ("denied that it had sent weapons to Yemen"). */
function ownClauseEnd(view: SentenceView, from: number, until: number): number {
  for (let i = from; i < until; i++) {
    if (opensClause(view.tokens, i) || (view.groupOf[i] ?? -1) >= 0) return i;
  }
  return until;
}

/** Prepositions that put an act in a place ("a ceasefire in Idlib", "troops into Syria"). */
const PLACE_PREPS: ReadonlySet<string> = new Set(['in', 'inside', 'into', 'across', 'throughout']);

/** Whether a phrase is in a place preposition's phrase ("in Idlib", "across the region"). */
export function inPlacePhrase(u: Unit): boolean {
  return u.prep !== null && PLACE_PREPS.has(u.prep);
}

/**
 * The place of an act that has no target, after its pattern in its clause: a country or a
 * name no dictionary knows in an "in/into/across" phrase ("declared a ceasefire in
 * Idlib", "deployed troops in eastern Ukraine"), as the target, with the country's code
 * when it is one; null when there is none. Never into a clause of its own.
 */
export function placeOf(view: SentenceView, from: number, until: number): EventActor | null {
  const end = ownClauseEnd(view, from, until);
  for (const u of view.units) {
    if (u.start < from || u.end > end || !u.prep || !PLACE_PREPS.has(u.prep)) continue;
    const m = u.mention;
    if (!m || m.end !== u.end || m.person !== null || m.members) continue;
    const country = m.primary !== null && m.sector === null && !m.primary.startsWith('IGO');
    if (!country && m.source !== 'unresolved') continue;
    const phrase = phraseActor(view, u);
    return phrase && { ...phrase, code: country ? m.code : '', name: country ? m.name : '' };
  }
  return null;
}

/** Prepositions that introduce whom an act is addressed to or aimed at. */
const ADDRESS_PREPS: ReadonlySet<string> = new Set([
  'from',
  'to',
  'with',
  'against',
  'on',
  'at',
  'for',
]);

/**
 * The actor a verb addresses after its pattern, in its clause: the first unit naming a
 * country, organisation or person in a "from/to/with/against/on/at/for" phrase that is not a
 * place adjunct ("in Geneva"), with its coordinates; none when there is none.
 */
export function addresseeOf(view: SentenceView, from: number, until: number): Unit[] {
  const end = ownClauseEnd(view, from, until);
  for (const u of view.units) {
    if (u.start < from || u.end > end || !u.prep || !ADDRESS_PREPS.has(u.prep)) continue;
    const m = u.mention;
    // The actor is the phrase itself, not a modifier in it ("with Saudi help").
    if (!m || !(m.primary || m.person) || m.end !== u.end) continue;
    if (adjunctEnd(view, u.start - 1, end) >= u.end) continue;
    return coordinatesRight(view, u).filter((x) => x.end <= end);
  }
  return [];
}
