import type { Pos, Token } from './types.js';

/**
 * The token with another tag (and lemma). One object literal, so that retagged tokens
 * keep the hidden class of the others: a spread gives them new ones.
 */
export function retag(token: Token, pos: Pos, lemma: string = token.lemma): Token {
  const { i, text, lower, start, end } = token;
  return { i, text, lower, lemma, pos, start, end };
}

/** A third-person verb form the tagger read as a plural noun ("attacks", "plans"). */
export function isSForm(t: Token): boolean {
  return t.lower.endsWith('s') && t.lower !== t.lemma && !t.lower.endsWith("'s");
}
