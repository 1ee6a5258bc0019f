/** Discards: phrases that mark a sentence or an article as sports, business or entertainment news. */
export { findDiscard, indexDiscards } from './match.js';
export type { DiscardIndex } from './match.js';
export { loadDiscards, readDiscards } from './load.js';
export { parseDiscards } from './parse.js';
export type { Discard } from './parse.js';
