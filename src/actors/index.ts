/** Actors stage: sentence tokens → actor mentions with CAMEO-style codes. */
import type { Sentence } from '../text/index.js';
import { loadActorEntries } from './dictionary.js';
import { assembleMentions } from './mentions.js';
import { compileMatcher } from './matcher.js';
import type { ActorMatcher } from './matcher.js';
import type { ActorMention } from './types.js';

export type { ActorEntry, ActorMention, EntryKind, EntryMatch } from './types.js';
export type { ActorMatcher } from './matcher.js';
export { compileMatcher } from './matcher.js';
export { loadActorEntries } from './dictionary.js';

/** The compiled actor dictionaries. */
export interface ActorKnowledge {
  readonly matcher: ActorMatcher;
}

export function loadActorKnowledge(
  dataDir: string,
  tokenize: (text: string) => string[],
): ActorKnowledge {
  return { matcher: compileMatcher(loadActorEntries(dataDir), tokenize) };
}

/** Actor mentions of one sentence, left to right. */
export function findMentions(actors: ActorKnowledge, sentence: Sentence): ActorMention[] {
  return assembleMentions(sentence, actors.matcher.match(sentence.tokens));
}
