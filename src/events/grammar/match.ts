import type { Token } from '../../text/index.js';
import type { Element, Pattern } from '../patterns/types.js';
import { coordinatesRight } from './subjects.js';
import type { SentenceView, Unit } from './units.js';
import { unitEndingAt, unitStartingAt } from './units.js';

/** A successful match of one pattern. */
export interface PatternMatch {
  readonly pattern: Pattern;
  /** Units bound to +T (several when coordinated), empty when the pattern has none. */
  readonly targets: readonly Unit[];
  /** Units bound to +S (noun patterns only). */
  readonly sources: readonly Unit[];
  /** Index one past the last token the pattern consumed. */
  readonly end: number;
}

/** Tokens a literal may silently step over: adverbs ("met briefly with"). */
function skippable(t: Token | undefined): boolean {
  return t !== undefined && t.pos === 'ADV' && t.lower !== 'not' && t.lower !== 'never';
}

/** Determiners and modifiers a literal noun may follow. */
const PREMODIFIERS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM']);

function wordMatches(alts: readonly string[], t: Token | undefined): boolean {
  return t !== undefined && (alts.includes(t.lemma) || alts.includes(t.lower));
}

interface State {
  readonly targets: readonly Unit[];
  readonly sources: readonly Unit[];
  readonly end: number;
}

interface Limits {
  readonly view: SentenceView;
  readonly end: number;
  /** Passive voice: +T is the subject and consumes nothing; the "by" phrase is skipped. */
  readonly passive: boolean;
}

function skipAgent(lim: Limits, p: number): number {
  if (!lim.passive || lim.view.tokens[p]?.lower !== 'by') return p;
  const u = unitStartingAt(lim.view, p + 1);
  if (!u) return p;
  return coordinatesRight(lim.view, u).reduce((e, x) => Math.max(e, x.end), p);
}

function phraseAt(lim: Limits, p: number): Unit | null {
  let q = p;
  while (q < lim.end && skippable(lim.view.tokens[q])) q++;
  const u = unitStartingAt(lim.view, q);
  return u && u.end <= lim.end ? u : null;
}

/**
 * Binds +T or +S to the phrase at `pos` with its coordinates ("the U.S. and Russia") when
 * the rest of the pattern still matches, else to the longest shorter list that lets it
 * ("between Iran, Russia and Turkey": +S = Iran, Russia; +T = Turkey).
 */
function bindPhrase(
  elements: readonly Element[],
  k: number,
  pos: number,
  lim: Limits,
  state: State,
  slot: 'targets' | 'sources',
): State | null {
  const u = phraseAt(lim, pos);
  if (!u) return null;
  const all = coordinatesRight(lim.view, u).filter((x) => x.end <= lim.end);
  for (let n = all.length; n >= 1; n--) {
    const units = all.slice(0, n);
    const last = units[units.length - 1] ?? u;
    const taken = matchFrom(elements, k + 1, last.end, lim, {
      ...state,
      [slot]: units,
      end: last.end,
    });
    if (taken) return taken;
  }
  return null;
}

/** Matches elements[k..] from token p; returns the best (longest-consuming) state or null. */
function matchFrom(
  elements: readonly Element[],
  k: number,
  p: number,
  lim: Limits,
  state: State,
): State | null {
  if (k === elements.length) return state;
  const e = elements[k];
  if (!e) return null;
  const pos = skipAgent(lim, p);
  const tryOptional = (): State | null =>
    'optional' in e && e.optional ? matchFrom(elements, k + 1, pos, lim, state) : null;
  switch (e.kind) {
    case 'word': {
      let q = pos;
      while (q < lim.end && skippable(lim.view.tokens[q])) q++;
      // A literal noun may come after its determiner and modifiers ("deployed additional troops").
      for (let extra = 0; extra <= 3 && q + extra < lim.end; extra++) {
        const t = lim.view.tokens[q + extra];
        if (wordMatches(e.alts, t)) {
          const at = q + extra + 1;
          const taken = matchFrom(elements, k + 1, at, lim, { ...state, end: at });
          if (taken) return taken;
        }
        if (!t || !PREMODIFIERS.has(t.pos)) break;
      }
      return tryOptional();
    }
    case 'target': {
      if (lim.passive) return matchFrom(elements, k + 1, pos, lim, state);
      const taken = bindPhrase(elements, k, pos, lim, state, 'targets');
      return taken ?? tryOptional();
    }
    case 'source':
      return bindPhrase(elements, k, pos, lim, state, 'sources');
    case 'gap': {
      for (let skip = 0; skip <= 3 && pos + skip <= lim.end; skip++) {
        const between = lim.view.tokens.slice(pos, pos + skip);
        if (between.some((t) => t.text === ',' || t.pos === 'VERB')) break;
        const r = matchFrom(elements, k + 1, pos + skip, lim, state);
        if (r) return r;
      }
      return null;
    }
  }
}

/**
 * Matches a verb pattern against the tokens after its verb group (up to the clause end).
 * In the passive, +T is the clause subject and the "by" phrase is stepped over.
 */
export function matchVerbPattern(
  view: SentenceView,
  pattern: Pattern,
  from: number,
  end: number,
  passive: boolean,
): PatternMatch | null {
  const state = matchFrom(
    pattern.elements,
    0,
    from,
    { view, end, passive },
    {
      targets: [],
      sources: [],
      end: from,
    },
  );
  return state ? { pattern, ...state } : null;
}

const POSSESSIVE: ReadonlySet<string> = new Set(["'s", "'", '’s', '’']);

/**
 * The actor that owns or modifies the noun at `at`: "Russian airstrikes", "Turkey's
 * offensive", "the Russian army's offensive". Null when the noun has none.
 */
function ownerOf(view: SentenceView, at: number): Unit | null {
  const here = view.units[view.unitOf[at] ?? -1];
  const m = here?.mention;
  if (here && m && m.start < at && m.end >= at - 1) return here;
  const k = POSSESSIVE.has(view.tokens[at - 1]?.lower ?? '') ? at - 2 : at - 1;
  const before = unitEndingAt(view, k);
  return before?.mention ? before : null;
}

/** Matches a noun pattern whose noun is at token `at`. */
export function matchNounPattern(
  view: SentenceView,
  pattern: Pattern,
  at: number,
): PatternMatch | null {
  const elements = pattern.elements;
  // "+S airstrike on +T": the source is the noun's owner; otherwise the noun comes first.
  const owned = elements[0]?.kind === 'source';
  const head = elements[owned ? 1 : 0];
  if (!head || head.kind !== 'word' || head.optional) return null;
  if (!wordMatches(head.alts, view.tokens[at])) return null;
  const owner = owned ? ownerOf(view, at) : null;
  if (owned && !owner) return null;
  const state = matchFrom(
    elements,
    owned ? 2 : 1,
    at + 1,
    { view, end: view.tokens.length, passive: false },
    {
      targets: [],
      sources: owner ? [owner] : [],
      end: at + 1,
    },
  );
  return state ? { pattern, ...state } : null;
}
