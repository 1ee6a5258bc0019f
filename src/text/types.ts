/** Universal POS tags as produced by wink-nlp (https://universaldependencies.org/u/pos/). */
export type Pos =
  | 'ADJ'
  | 'ADP'
  | 'ADV'
  | 'AUX'
  | 'CCONJ'
  | 'DET'
  | 'INTJ'
  | 'NOUN'
  | 'NUM'
  | 'PART'
  | 'PRON'
  | 'PROPN'
  | 'PUNCT'
  | 'SCONJ'
  | 'SYM'
  | 'VERB'
  | 'X'
  | 'SPACE';

/** One token of a sentence. Offsets are UTF-16 indices into the sentence text. */
export interface Token {
  readonly i: number;
  readonly text: string;
  /** Lower-cased text; curly apostrophes are folded to `'`. */
  readonly lower: string;
  /** Lower-cased lemma ("met" → "meet", "talks" → "talk"). */
  readonly lemma: string;
  readonly pos: Pos;
  readonly start: number;
  readonly end: number;
}

/** A verb group: auxiliaries, negation and adverbs up to and including the main verb. */
export interface VerbGroup {
  readonly start: number;
  /** Exclusive end token index. */
  readonly end: number;
  /** Index of the main verb (or of the copula when there is none). */
  readonly head: number;
  readonly lemma: string;
  readonly passive: boolean;
  readonly negated: boolean;
  /** Modal auxiliary lemma ("will", "would", "could", …) or null. */
  readonly modal: string | null;
  /** The form of the head verb as written. */
  readonly form: VerbForm;
}

export type VerbForm = 'base' | 'present' | 'past' | 'participle' | 'gerund';

/** A noun phrase: determiners and modifiers up to the head noun or pronoun. */
export interface NounPhrase {
  readonly start: number;
  readonly end: number;
  readonly head: number;
}

/** A sentence with its tokens and chunks. Offsets of the sentence are into the article text. */
export interface Sentence {
  readonly index: number;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly tokens: readonly Token[];
  readonly nounPhrases: readonly NounPhrase[];
  readonly verbGroups: readonly VerbGroup[];
}
