import type { ActorMention } from '../../actors/index.js';
import { opensClause, parentheticalOpening, RELATIVE_PRONOUNS } from './clauses.js';
import { isTime } from './adjuncts.js';
import type { SentenceView, Unit } from './units.js';
import { unitEndingAt, unitStartingAt } from './units.js';

/** How a subject was found, recorded in each event's explanation. */
export type SubjectRule =
  | 'clause-subject'
  | 'appositive'
  | 'relative-antecedent'
  | 'coordinated-verb'
  | 'participle'
  | 'infinitive'
  | 'pronoun-antecedent'
  | 'by-agent'
  | 'reporter'
  | 'none';

export interface Subject {
  /** The subject units (several when coordinated: "Kerry and Lavrov"). */
  readonly units: readonly Unit[];
  readonly rule: SubjectRule;
}

const NONE: Subject = { units: [], rule: 'none' };

/** Words that coordinate noun phrases ("X and Y", "neither X nor Y"). */
const JOINERS: ReadonlySet<string> = new Set(['and', 'or', 'nor']);

/**
 * Coordinated units to the left of `u`: "X and Y", "X, Y and Z", "X, Y, and Z" (none in
 * a PP). The joiner next to `u` must be "and"/"or"/"nor": in "Syria, Russia will
 * respond" the comma closes a clause, it does not coordinate.
 */
function coordinatesLeft(view: SentenceView, u: Unit): Unit[] {
  const out: Unit[] = [u];
  let at = u.start - 1;
  while (at >= 0) {
    const t = view.tokens[at];
    const joiner = JOINERS.has(t?.lower ?? '');
    if (!t || (!joiner && (t.text !== ',' || out.length === 1))) break;
    // The serial comma before the joiner.
    if (joiner && view.tokens[at - 1]?.text === ',') at--;
    const left = unitEndingAt(view, at - 1);
    if (!left || left.inPP) break;
    out.unshift(left);
    at = left.start - 1;
  }
  return out;
}

/**
 * Coordinated units to the right of `u`, for objects and agents: "the U.S. and Russia",
 * "Russia, Ukraine and France". Comma-joined units count only when a joiner ends the list.
 */
export function coordinatesRight(view: SentenceView, u: Unit): Unit[] {
  const out: Unit[] = [u];
  let closed = 1;
  let at = u.end;
  while (at < view.tokens.length) {
    const t = view.tokens[at];
    if (!t || (!JOINERS.has(t.lower) && t.text !== ',')) break;
    let next = at + 1;
    let joiner = t.text !== ',';
    if (t.text === ',' && JOINERS.has(view.tokens[next]?.lower ?? '')) {
      next++;
      joiner = true;
    }
    const right = unitStartingAt(view, next);
    if (!right) break;
    out.push(right);
    if (joiner) closed = out.length;
    at = right.end;
  }
  return out.slice(0, closed);
}

/**
 * The grammatical subject written in the clause of the verb group starting at `start`:
 * the nearest noun phrase to the left that is not the object of a preposition, looking
 * past parentheticals; stops at another verb group or a clause opener. When the subject
 * phrase names no actor, an appositive next to it may ("Gatilov, Russia's deputy
 * foreign minister, said").
 */
export function clauseSubject(view: SentenceView, start: number): Subject {
  const { tokens } = view;
  let appositive: Unit | null = null;
  let byAgent: Unit | null = null;
  let i = start - 1;
  while (i >= 0) {
    const t = tokens[i];
    if (!t) break;
    if ((view.groupOf[i] ?? -1) >= 0) break;
    // "Amnesty International (AI) has accused": a bracketed aside is stepped over.
    if (t.text === ')') {
      const open = openingBracket(view, i);
      if (open < 0) break;
      i = open - 1;
      continue;
    }
    if (t.text === ',') {
      const open = parentheticalOpening(view, i);
      if (open >= 0) {
        for (let k = open + 1; k < i; k++) {
          const u = unitStartingAt(view, k);
          if (u && !u.inPP && u.mention && !appositive) appositive = u;
        }
        i = open - 1;
        continue;
      }
      // "The mission (UNSMIL), on Sunday condemned": only a prepositional phrase or an
      // adverb between the comma and the verb, and a noun phrase before the comma.
      const before = tokens[i - 1];
      if (before && (before.text === ')' || unitEndingAt(view, i - 1)) && i + 1 < start) {
        i--;
        continue;
      }
      break;
    }
    if (opensClause(tokens, i)) break;
    const u = unitEndingAt(view, i);
    if (u) {
      // "airstrikes this month killed": a time phrase is not the subject.
      if (!u.inPP && (u.mention || !isTime(view, u))) {
        if (!u.mention && appositive && appositive.start > u.end) {
          return { units: [appositive], rule: 'appositive' };
        }
        // "A car bombing by the Islamic State killed": the agent of an act is its source.
        if (!u.mention && byAgent) return { units: [byAgent], rule: 'by-agent' };
        return { units: coordinatesLeft(view, u), rule: 'clause-subject' };
      }
      if (u.prep === 'by' && u.mention && !byAgent) byAgent = u;
      i = u.start - 1;
      continue;
    }
    i--;
  }
  return NONE;
}

/** The "(" that the ")" at `close` closes, within the sentence, or -1. */
function openingBracket(view: SentenceView, close: number): number {
  for (let k = close - 1; k >= 0 && close - k <= 20; k--) {
    const t = view.tokens[k]?.text;
    if (t === '(') return k;
    if (t === ')') return -1;
  }
  return -1;
}

/** The antecedent of a relative pronoun right before `start` ("Russia, which has backed…"). */
export function relativeAntecedent(view: SentenceView, start: number): Subject {
  const { tokens } = view;
  let i = start - 1;
  while (i >= 0 && tokens[i]?.pos === 'ADV') i--;
  if (!tokens[i] || !RELATIVE_PRONOUNS.has(tokens[i]?.lower ?? '')) return NONE;
  let j = i - 1;
  if (tokens[j]?.text === ',') j--;
  const u = unitEndingAt(view, j);
  return u ? { units: coordinatesLeft(view, u), rule: 'relative-antecedent' } : NONE;
}

/**
 * An unresolved name that names an organisation or a person rather than a place: two
 * or more words ("American Civil Liberties Union", "Zorbo Quantrill") or an acronym
 * ("FBI"). A single word is more often a place ("Idlib", "Munich"), and is left out.
 * A generic actor ("anti-war groups", "musicians") takes part as written.
 */
export function namesAnActor(m: ActorMention): boolean {
  if (m.code !== '' || m.source === 'generic' || m.person !== null) return true;
  return m.members === null && (/\s/.test(m.text.trim()) || /^[A-Z]{2,6}$/.test(m.text));
}

/**
 * The actors of a slot's units: a plural reference ("the two diplomats") stands for its
 * members; an unresolved name takes part with an empty code when it names an
 * organisation or a person (`namesAnActor`), and is listed by `unresolvedOf` either way.
 */
export function mentionsOf(units: readonly Unit[]): ActorMention[] {
  const out: ActorMention[] = [];
  for (const u of units) {
    if (!u.mention) continue;
    for (const m of u.mention.members ?? [u.mention]) if (namesAnActor(m)) out.push(m);
  }
  return out;
}

/** The unresolved names in a slot, as written, for the event's explanation. */
export function unresolvedOf(units: readonly Unit[]): string[] {
  return units.flatMap((u) =>
    u.mention && u.mention.code === '' && !u.mention.members ? [u.mention.text] : [],
  );
}
