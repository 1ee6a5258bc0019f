/** One element of a pattern (syntax in data/README.md, "Verb and noun patterns"). */
export type Element =
  | { readonly kind: 'word'; readonly alts: readonly string[]; readonly optional: boolean }
  | { readonly kind: 'target'; readonly optional: boolean }
  | { readonly kind: 'source' }
  | { readonly kind: 'gap' };

export interface Pattern {
  /** CAMEO event code. */
  readonly code: string;
  /** `verb`: anchored at a verb group whose lemma is one of `heads`; `noun`: has `+S`, matched anywhere. */
  readonly kind: 'verb' | 'noun';
  /** Head lemmas (verb patterns) or the first literal's alternatives (noun patterns). */
  readonly heads: readonly string[];
  /** The elements after the head (verb patterns) or all elements (noun patterns). */
  readonly elements: readonly Element[];
  /** Number of literal words, the head included: more literals = more specific. */
  readonly literals: number;
  /** The pattern as written, and where (`data/verbs/04-consult.txt:12`). */
  readonly text: string;
  readonly where: string;
}
