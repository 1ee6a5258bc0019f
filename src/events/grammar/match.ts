import type { Token, VerbGroup } from '../../text/index.js';
import type { Element, Pattern, WordElement } from '../patterns/types.js';
import { adjunctEnd } from './adjuncts.js';
import { coordinatesRight, mentionsOf } from './subjects.js';
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
const PREMODIFIERS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'ADV']);

/** Possessive pronouns, which the tagger reads as pronouns: "withdraw its troops". */
const POSSESSIVES: ReadonlySet<string> = new Set([
  'its',
  'their',
  'his',
  'her',
  'our',
  'my',
  'your',
]);

/** A hyphen, or a word a hyphen joins to another ("five-month", "state-run"). */
function hyphenated(tokens: readonly Token[], at: number): boolean {
  return [at - 1, at, at + 1].some((i) => tokens[i]?.text === '-');
}

function wordMatches(alts: readonly string[], t: Token | undefined, exact = false): boolean {
  return t !== undefined && ((!exact && alts.includes(t.lemma)) || alts.includes(t.lower));
}

function isWord(word: string, t: Token | undefined): boolean {
  return t !== undefined && (t.lemma === word || t.lower === word);
}

/**
 * Where a word element starting at token `at` may end: one past `at` when a one-word
 * alternative matches, and one past the last word of each phrase that matches on
 * consecutive tokens (imported synsets: "economic sanctions"), longest first.
 */
function wordEnds(e: WordElement, tokens: readonly Token[], at: number, end: number): number[] {
  const one = wordMatches(e.alts, tokens[at], e.exact);
  if (!e.phrases) return one ? [at + 1] : [];
  const ends = e.phrases
    .filter((words) => at + words.length <= end)
    .filter((words) => words.every((w, k) => isWord(w, tokens[at + k])))
    .map((words) => at + words.length);
  if (one) ends.push(at + 1);
  return [...new Set(ends)].sort((x, y) => y - x);
}

/** Where a word element ending at token `last` (inclusive) may start; mirror of wordEnds. */
function wordStarts(e: WordElement, tokens: readonly Token[], last: number): number[] {
  const one = wordMatches(e.alts, tokens[last], e.exact);
  if (!e.phrases) return one ? [last] : [];
  const starts = e.phrases
    .filter((words) => last - words.length + 1 >= 0)
    .filter((words) => words.every((w, k) => isWord(w, tokens[last - words.length + 1 + k])))
    .map((words) => last - words.length + 1);
  if (one) starts.push(last);
  return [...new Set(starts)].sort((x, y) => x - y);
}

interface State {
  readonly targets: readonly Unit[];
  readonly sources: readonly Unit[];
  /** Noun phrases stepped over (`skip`): never the implicit target. */
  readonly skipped: readonly Unit[];
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
  // A time or place adjunct before the element ("held talks in Jerusalem with …").
  const overAdjunct = (): State | null => {
    const after = adjunctEnd(lim.view, pos, lim.end);
    return after > pos ? matchFrom(elements, k, after, lim, state) : null;
  };
  switch (e.kind) {
    case 'word': {
      const { tokens } = lim.view;
      if (e.adjacent) {
        for (const at of wordEnds(e, tokens, pos, lim.end)) {
          const taken = matchFrom(elements, k + 1, at, lim, { ...state, end: at });
          if (taken) return taken;
        }
        return tryOptional();
      }
      let q = pos;
      // Adverbs are stepped over, unless the pattern names one ("pull back", "step aside").
      while (q < lim.end && skippable(tokens[q])) {
        for (const at of wordEnds(e, tokens, q, lim.end)) {
          const taken = matchFrom(elements, k + 1, at, lim, { ...state, end: at });
          if (taken) return taken;
        }
        q++;
      }
      // A literal noun may come after its determiner and modifiers ("deployed additional
      // troops", "withdrew its troops", "a new military operation"); a hyphenated
      // modifier counts as one ("a 50-minute meeting", "a five-month investigation").
      let modifiers = 0;
      for (let at = q; at < lim.end && modifiers <= 3; at++) {
        for (const end of wordEnds(e, tokens, at, lim.end)) {
          const taken = matchFrom(elements, k + 1, end, lim, { ...state, end });
          if (taken) return taken;
        }
        const t = tokens[at];
        if (
          !t ||
          (!PREMODIFIERS.has(t.pos) && !POSSESSIVES.has(t.lower) && !hyphenated(tokens, at))
        ) {
          break;
        }
        if (tokens[at + 1]?.text !== '-' && t.text !== '-') modifiers++;
      }
      return overAdjunct() ?? tryOptional();
    }
    case 'target': {
      if (lim.passive) return matchFrom(elements, k + 1, pos, lim, state);
      const taken = bindPhrase(elements, k, pos, lim, state, 'targets');
      return taken ?? overAdjunct() ?? tryOptional();
    }
    case 'source':
      return bindPhrase(elements, k, pos, lim, state, 'sources');
    case 'gap': {
      for (let skip = 0; skip <= (e.words ?? 3) && pos + skip <= lim.end; skip++) {
        const between = lim.view.tokens.slice(pos, pos + skip);
        if (between.some((t) => t.text === ',' || t.pos === 'VERB')) break;
        const r = matchFrom(elements, k + 1, pos + skip, lim, state);
        if (r) return r;
      }
      return null;
    }
    case 'skip': {
      const u = phraseAt(lim, pos);
      if (!u) return null;
      return matchFrom(elements, k + 1, u.end, lim, {
        ...state,
        skipped: [...state.skipped, u],
        end: u.end,
      });
    }
  }
}

/** A gap stops at a comma or a verb, in either direction. */
function blocksGap(t: Token | undefined): boolean {
  return !t || t.text === ',' || t.pos === 'VERB';
}

/**
 * Matches `elements[0..k]` leftwards so that element k ends right before token `p`.
 * Tokens from `free` to `p` may be stepped over (next to the verb: its auxiliaries,
 * negation and adverbs); so may adverbs anywhere. A gap steps over up to three more
 * words, a skip over one noun phrase.
 */
function matchLeft(
  view: SentenceView,
  elements: readonly Element[],
  k: number,
  p: number,
  free: number,
  joinedToVerb = false,
): boolean {
  if (k < 0) return true;
  const e = elements[k];
  if (!e) return false;
  const { tokens } = view;
  const steppable = (q: number): boolean => q >= free || skippable(tokens[q]);
  switch (e.kind) {
    case 'word': {
      // The element after it is joined to it (PETRARCH `A_B`): it ends right before.
      const next = elements[k + 1];
      const joined = next ? next.kind === 'word' && next.adjacent === true : joinedToVerb;
      for (let q = p - 1; q >= 0; q--) {
        for (const start of wordStarts(e, tokens, q)) {
          if (matchLeft(view, elements, k - 1, start, start)) return true;
        }
        if (joined || !steppable(q)) break;
      }
      return e.optional && matchLeft(view, elements, k - 1, p, free);
    }
    case 'gap': {
      const base = Math.min(p, free);
      for (let r = p; r >= 0 && r >= base - (e.words ?? 3); r--) {
        if (r < base && blocksGap(tokens[r])) break;
        if (matchLeft(view, elements, k - 1, r, r)) return true;
      }
      return false;
    }
    case 'skip':
      for (let q = p - 1; q >= 0; q--) {
        const u = unitEndingAt(view, q);
        if (u && matchLeft(view, elements, k - 1, u.start, u.start)) return true;
        if (!steppable(q)) break;
      }
      return false;
    case 'target':
    case 'source':
      // Roles before the verb are the subject's (Pattern.subject), never elements.
      return false;
  }
}

/**
 * The first actor after the pattern's words in the verb's clause, else the first after the
 * verb, with its coordinates: an implicit target ("fired two artillery shells at Seoul":
 * not the artillery the pattern names).
 */
function objectAfter(view: SentenceView, from: number, end: number, state: State): Unit[] {
  // After the pattern's words, else among the words it stepped over ("allowed that
  // Mordor isn't a really pleasant place": Mordor).
  for (const after of [state.end, from]) {
    for (const u of view.units) {
      if (u.start < from || u.start < after || u.end > end) continue;
      if (state.sources.includes(u) || state.skipped.includes(u)) continue;
      if (mentionsOf([u]).length > 0) return coordinatesRight(view, u).filter((x) => x.end <= end);
    }
  }
  return [];
}

/** The words (lemmas and lower-case forms) of a verb's sentence up to its clause end. */
export function clauseWords(view: SentenceView, end: number): ReadonlySet<string> {
  const words = new Set<string>();
  for (const t of view.tokens.slice(0, end)) words.add(t.lemma).add(t.lower);
  return words;
}

/** Per pattern, for each word it requires, the words that may stand for it (computed once). */
const REQUIRED = new WeakMap<Pattern, readonly (readonly string[])[]>();

function requiredWords(pattern: Pattern): readonly (readonly string[])[] {
  let required = REQUIRED.get(pattern);
  if (!required) {
    required = [...pattern.elements, ...pattern.before]
      .filter((e): e is WordElement => e.kind === 'word' && !e.optional)
      .map((e) => [...e.alts, ...(e.phrases ?? []).map((p) => p[0] ?? '')]);
    REQUIRED.set(pattern, required);
  }
  return required;
}

/** A list of patterns indexed by the words that may stand for the first word each requires. */
interface WordIndex {
  readonly byWord: ReadonlyMap<string, readonly number[]>;
  /** Patterns that require no word: always candidates. */
  readonly always: readonly number[];
}

const INDEXES = new WeakMap<readonly Pattern[], WordIndex>();

function indexOf(patterns: readonly Pattern[]): WordIndex {
  let index = INDEXES.get(patterns);
  if (!index) {
    const byWord = new Map<string, number[]>();
    const always: number[] = [];
    patterns.forEach((p, i) => {
      const first = requiredWords(p)[0];
      if (!first) always.push(i);
      else for (const w of new Set(first)) byWord.set(w, [...(byWord.get(w) ?? []), i]);
    });
    index = { byWord, always };
    INDEXES.set(patterns, index);
  }
  return index;
}

/**
 * The patterns of `patterns` (in their order) whose first required word is among
 * `words`, or that require none: the only ones that may match a clause with those words.
 */
export function patternsFor(
  patterns: readonly Pattern[],
  words: ReadonlySet<string>,
): readonly Pattern[] {
  const { byWord, always } = indexOf(patterns);
  const picked = new Set<number>(always);
  for (const w of words) for (const i of byWord.get(w) ?? []) picked.add(i);
  return [...picked].sort((a, b) => a - b).map((i) => patterns[i] as Pattern);
}

/** False when a word the pattern requires is nowhere in `words`: it cannot match. */
function mayMatch(pattern: Pattern, words: ReadonlySet<string>): boolean {
  for (const alts of requiredWords(pattern)) {
    let found = false;
    for (const w of alts) {
      if (words.has(w)) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

/**
 * Matches a verb pattern: its `before` elements leftwards from the verb group's head,
 * its elements on the tokens after the group (up to the clause end). In the passive, +T
 * is the clause subject and the "by" phrase is stepped over. A pattern with an implicit
 * target takes the first actor after the verb when it binds none (not in the passive,
 * where the subject is the target). `words` (clauseWords) only speeds up a miss.
 */
export function matchVerbPattern(
  view: SentenceView,
  pattern: Pattern,
  group: VerbGroup,
  end: number,
  passive: boolean,
  words: ReadonlySet<string> = clauseWords(view, end),
): PatternMatch | null {
  if (!mayMatch(pattern, words)) return null;
  const { before } = pattern;
  // PETRARCH `A_*`: A right before the verb ("recently did allow" is not RECENTLY_*);
  // `A *`: auxiliaries and adverbs between.
  const joined = before[before.length - 1]?.kind === 'word';
  const free = joined ? group.head : group.start;
  if (before.length > 0 && !matchLeft(view, before, before.length - 1, group.head, free, joined)) {
    return null;
  }
  const from = group.end;
  const state = matchFrom(
    pattern.elements,
    0,
    from,
    { view, end, passive },
    { targets: [], sources: [], skipped: [], end: from },
  );
  if (!state) return null;
  const implicit = pattern.implicitTarget && !passive && state.targets.length === 0;
  const targets = implicit ? objectAfter(view, from, end, state) : state.targets;
  return { pattern, targets, sources: state.sources, end: state.end };
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
      skipped: [],
      end: at + 1,
    },
  );
  return state ? { pattern, targets: state.targets, sources: state.sources, end: state.end } : null;
}
