import type { ActorMention } from '../../actors/index.js';
import type { Sentence, Token, VerbGroup } from '../../text/index.js';
import { foldSharedHeads } from './shared-heads.js';
import type { Span } from './shared-heads.js';

/**
 * A phrase unit: a noun phrase, widened to cover the actor mention inside it (a mention
 * may span several chunks: "U.S. Secretary of State John Kerry"). Units never overlap.
 */
export interface Unit {
  readonly start: number;
  readonly end: number;
  readonly mention: ActorMention | null;
  /** True when the unit is the object of a preposition (the token before it is ADP). */
  readonly inPP: boolean;
  /** The preposition before the unit, lower case, or null. */
  readonly prep: string | null;
}

/** Heads whose "of" complement names the actor ("representatives of the opposition"). */
const OF_HEADS: ReadonlySet<string> = new Set([
  'representative',
  'member',
  'leader',
  'head',
  'chief',
  'chairman',
  'chairwoman',
  'chair',
  'secretary',
  'director',
  'commander',
  'delegation',
  'envoy',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'official',
  'minister',
  'government',
  'army',
  'president',
  'side',
  'group',
  'faction',
  'unit',
  'force',
  'troop',
  'soldier',
  'fighter',
  'diplomat',
  // Quantities: "thousands of protesters", "dozens of soldiers", "a number of states".
  'thousand',
  'hundred',
  'dozen',
  'ten',
  'score',
  'million',
  'number',
  'crowd',
  'handful',
]);

export interface SentenceView {
  /** The sentence, without the verb groups inside known names. */
  readonly sentence: Sentence;
  readonly tokens: readonly Token[];
  readonly mentions: readonly ActorMention[];
  readonly units: readonly Unit[];
  /** Unit index per token, -1 outside units. */
  readonly unitOf: Int32Array;
  /** Verb group index per token, -1 outside verb groups. */
  readonly groupOf: Int32Array;
}

function prepBefore(tokens: readonly Token[], start: number): string | null {
  const t = tokens[start - 1];
  return t && t.pos === 'ADP' ? t.lower : null;
}

/**
 * An unresolved "name" that is only the sentence's first word, capitalised because it is
 * first ("Evil Mordor", "Tiny Qatar"): a known name in the same phrase wins over it.
 */
function capitalisedFirstWord(m: ActorMention): boolean {
  return m.code === '' && m.members === null && m.start === 0 && m.end === 1;
}

/** Noun phrases and mentions, both already in order, merged where they overlap. */
function mergeSpans(sentence: Sentence, mentions: readonly ActorMention[]): Span[] {
  const nps = sentence.nounPhrases;
  const merged: Span[] = [];
  let a = 0;
  let b = 0;
  while (a < nps.length || b < mentions.length) {
    const np = nps[a];
    const m = mentions[b];
    let next: Span;
    if (m && (!np || m.start <= np.start)) {
      next = { start: m.start, end: m.end, mention: m };
      b++;
    } else if (np) {
      next = { start: np.start, end: np.end, mention: null };
      a++;
    } else break;
    const last = merged[merged.length - 1];
    if (last && next.start < last.end) {
      if (next.end > last.end) last.end = next.end;
      if (!last.mention || (next.mention?.code && capitalisedFirstWord(last.mention))) {
        last.mention = next.mention ?? last.mention;
      }
    } else merged.push(next);
  }
  return merged;
}

/** Builds the units and per-token indexes of a sentence. */
export function viewOf(sentence: Sentence, mentions: readonly ActorMention[]): SentenceView {
  const tokens = sentence.tokens;
  const merged = foldSharedHeads(sentence, mergeSpans(sentence, mentions));
  // "representatives of the opposition": the generic head takes the complement's actor.
  // Right to left, so that "tens of thousands of Israelis" folds inner phrases first.
  for (let k = merged.length - 2; k >= 0; k--) {
    const a = merged[k] as Span;
    const b = merged[k + 1] as Span;
    if (a.mention || !b.mention || b.start !== a.end + 1 || tokens[a.end]?.lower !== 'of') continue;
    const head = tokens[a.end - 1];
    // Sentence-initial heads are tagged as names and keep their plural ("Dozens of …").
    if (head && (OF_HEADS.has(head.lemma) || OF_HEADS.has(head.lower.replace(/s$/, '')))) {
      a.end = b.end;
      a.mention = b.mention;
      merged.splice(k + 1, 1);
    }
  }
  const units: Unit[] = [];
  const unitOf = new Int32Array(tokens.length).fill(-1);
  for (const s of merged) {
    const prep = prepBefore(tokens, s.start);
    for (let i = s.start; i < s.end; i++) unitOf[i] = units.length;
    units.push({ start: s.start, end: s.end, mention: s.mention, prep, inPP: prep !== null });
  }
  // "the Ministry of Silly Walks", "Save the Children": a "verb" in a longer name the
  // dictionaries know is part of the name (the tagger read it as a verb).
  const named = (g: VerbGroup): boolean =>
    mentions.some(
      (m) =>
        m.code !== '' && m.start <= g.start && g.end <= m.end && g.end - g.start < m.end - m.start,
    );
  const verbGroups = sentence.verbGroups.some(named)
    ? sentence.verbGroups.filter((g) => !named(g))
    : sentence.verbGroups;
  const groupOf = new Int32Array(tokens.length).fill(-1);
  verbGroups.forEach((g, k) => {
    for (let i = g.start; i < g.end; i++) groupOf[i] = k;
  });
  const viewed = verbGroups === sentence.verbGroups ? sentence : { ...sentence, verbGroups };
  return { sentence: viewed, tokens, mentions, units, unitOf, groupOf };
}

/** The unit that ends exactly at token `i` (inclusive), or null. */
export function unitEndingAt(view: SentenceView, i: number): Unit | null {
  const k = view.unitOf[i] ?? -1;
  const u = k >= 0 ? view.units[k] : undefined;
  return u && u.end === i + 1 ? u : null;
}

/** The unit that starts exactly at token `i`, or null. */
export function unitStartingAt(view: SentenceView, i: number): Unit | null {
  const k = view.unitOf[i] ?? -1;
  const u = k >= 0 ? view.units[k] : undefined;
  return u && u.start === i ? u : null;
}
