/** Events stage: a sentence and its actor mentions → coded events (CAMEO + PLOVER), explained. */
export { codeSentence } from './coder.js';
export type { CoderKnowledge } from './coder.js';
export { loadOntology, PLOVER_TYPE_NAMES } from './ontology.js';
export { loadCodeMap } from './code-maps.js';
export type { CodeMap } from './code-maps.js';
export type { CameoCode, Ontology, PloverType } from './ontology.js';
export { indexPatterns, loadPatterns } from './patterns/load.js';
export type { PatternIndex } from './patterns/load.js';
export type { Pattern } from './patterns/types.js';
export type { Modality } from './grammar/frames.js';
export { inRanges } from './grammar/scope.js';
export type { CodedEvent, EventActor, EventAnchor, Explanation, Tense } from './types.js';
