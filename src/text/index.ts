/** Text stage: article text → sentences with tokens, POS, noun phrases and verb groups. */
export { createAnalyzer } from './analyzer.js';
export type { Analyzer } from './analyzer.js';
export type { NounPhrase, Pos, Sentence, Token, VerbForm, VerbGroup } from './types.js';
