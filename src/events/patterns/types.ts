/** One element of a pattern (syntax in data/README.md, "Verb and noun patterns"). */
export type Element =
  | WordElement
  | { readonly kind: 'target'; readonly optional: boolean }
  | { readonly kind: 'source' }
  /** Up to `words` words (3 unless said), no comma, no verb. */
  | { readonly kind: 'gap'; readonly words?: number }
  /** A noun phrase stepped over without binding it (PETRARCH `^`). */
  | { readonly kind: 'skip' };

/** A word, one of `alts`. */
export interface WordElement {
  readonly kind: 'word';
  readonly alts: readonly string[];
  readonly optional: boolean;
  /**
   * The alternatives of several words ("economic sanctions", from an imported synset),
   * split: each matches its words on consecutive tokens. Absent when there are none.
   */
  readonly phrases?: readonly (readonly string[])[];
  /**
   * Right after what the element before it matched, nothing between (PETRARCH `A_B`);
   * otherwise adverbs, a noun's determiner and modifiers may come first.
   */
  readonly adjacent?: boolean;
  /** Only as written, not by lemma ("efforts" is not PETRARCH's EFFORT). */
  readonly exact?: boolean;
}

/** The event code of a pattern that codes nothing (PETRARCH `---`). */
export const NULL_CODE = '---';

export interface Pattern {
  /** CAMEO event code; NULL_CODE (`---`) when the best match codes nothing ("talked to reporters"). */
  readonly code: string;
  /** `verb`: anchored at a verb group whose lemma is one of `heads`; `noun`: has `+S`, matched anywhere. */
  readonly kind: 'verb' | 'noun';
  /** Head lemmas (verb patterns) or the first literal's alternatives (noun patterns). */
  readonly heads: readonly string[];
  /** The elements after the head (verb patterns) or all elements (noun patterns). */
  readonly elements: readonly Element[];
  /**
   * Elements before the verb, in sentence order, matched leftwards from the verb (the
   * verb's auxiliaries and adverbs may stand between): imported patterns' words before
   * PETRARCH's `*`. Empty for Parley's own patterns.
   */
  readonly before: readonly Element[];
  /** Number of literal words, the head included: more literals = more specific. */
  readonly literals: number;
  /**
   * The role of the clause subject: `source` (Parley's patterns); `target` (PETRARCH `+`
   * before the verb: the source is a `+S` after it, or the passive "by" phrase);
   * `mutual` (PETRARCH `%` before the verb: a coordinated subject whose members act on
   * each other).
   */
  readonly subject: 'source' | 'target' | 'mutual';
  /**
   * Without a `+T` element, the first actor after the verb in its clause is the target
   * (imported patterns: PETRARCH takes the verb's object, direct or in a prepositional phrase).
   */
  readonly implicitTarget: boolean;
  /** Code of the event in the other direction, target → source (PETRARCH `[A:B]`), or null. */
  readonly reverseCode: string | null;
  /** Verb forms as written that select the pattern besides the head lemmas ("said", "broke"). */
  readonly forms: readonly string[];
  /** 0 for data/verbs, 1 for imported dictionaries, which code a verb when one of them matches. */
  readonly priority: number;
  /** The pattern as written, and where (`data/verbs/04-consult.txt:12`). */
  readonly text: string;
  readonly where: string;
}
