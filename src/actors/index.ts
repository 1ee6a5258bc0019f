/** Actors stage: sentence tokens → actor mentions with CAMEO-style codes, dated and in context. */
import type { Sentence } from '../text/index.js';
import { loadActorEntries } from './dictionary.js';
import { loadGroups } from './groups.js';
import { compileMatcher } from './matcher.js';
import type { ActorMatcher } from './matcher.js';
import type { ComposeKnowledge } from './compose.js';
import { assembleMentions } from './mentions.js';
import { loadGenericNouns } from './generic.js';
import type { GenericNouns } from './generic.js';
import { loadPeople, loadRoles } from './people.js';
import { indexPeople } from './people-index.js';
import type { PeopleIndex } from './people-index.js';
import type { ActorEntry, ActorMention, DatedActor } from './types.js';

export type {
  ActorEntry,
  ActorMention,
  DatedActor,
  DatedCode,
  EntryKind,
  EntryMatch,
  MentionSource,
  TitleRef,
} from './types.js';
export type { ActorMatcher } from './matcher.js';
export type { PeopleIndex } from './people-index.js';
export { compileMatcher } from './matcher.js';
export { loadActorEntries } from './dictionary.js';
export { countryCodes, countryOf } from './countries.js';
export { loadPeople, loadRoles } from './people.js';
export { resolveOn } from './resolve.js';
export { TIME_NOUNS, TIME_WORDS } from './lexicon.js';
export type { Resolution } from './resolve.js';
export { countryFromContext, resolveArticle } from './article.js';
export { importDictionary } from './import/index.js';
export type { ImportedDictionary } from './import/index.js';

/** The compiled actor knowledge: every dictionary in one matcher, people indexed. */
export interface ActorKnowledge extends ComposeKnowledge {
  readonly matcher: ActorMatcher;
  readonly people: PeopleIndex;
  /** Every entry, for browsing (`parley actors list|find`). */
  readonly entries: readonly ActorEntry[];
  /** Nouns for actors no dictionary names (data/actors/generic.tsv). */
  readonly generic: GenericNouns;
}

/**
 * Loads the built-in dictionaries of `dataDir/actors/` (countries, organisations,
 * sectors, roles and their titles, people, armed groups) and `imported` entries (from
 * PETRARCH/TABARI dictionaries, which win over the built-in base for the same words; an
 * imported agents dictionary replaces the built-in sector words altogether),
 * and compiles them into one matcher. `actNouns` are the nouns event patterns give an
 * owner ("+S airstrike on +T"): a country before one is an actor.
 */
export function loadActorKnowledge(
  dataDir: string,
  tokenize: (text: string) => string[],
  imported: readonly ActorEntry[] = [],
  actNouns: ReadonlySet<string> = new Set(),
): ActorKnowledge {
  const roles = loadRoles(dataDir);
  const { people, entries: personEntries } = loadPeople(dataDir, roles);
  // An imported agents dictionary (PETRARCH/TABARI) is the whole sector vocabulary: the
  // built-in sector words would code actors it does not know ("crowds", "leaders").
  const importsSectors = imported.some((e) => e.kind === 'sector');
  const entries = [
    ...loadActorEntries(dataDir).filter((e) => !importsSectors || e.kind !== 'sector'),
    ...roles.titles,
    ...personEntries,
    ...loadGroups(dataDir),
    ...imported,
  ];
  const variants = new Map<DatedActor, string[]>();
  for (const e of personEntries) {
    if (!e.actor) continue;
    const list = variants.get(e.actor) ?? [];
    list.push(e.text);
    variants.set(e.actor, list);
  }
  return {
    matcher: compileMatcher(entries, tokenize),
    people: indexPeople(people, variants),
    entries,
    actNouns,
    generic: loadGenericNouns(dataDir),
  };
}

/** Actor mentions of one sentence on `date`, without article context. */
export function findMentions(
  actors: ActorKnowledge,
  sentence: Sentence,
  date: string | null = null,
): ActorMention[] {
  return assembleMentions(actors, sentence, actors.matcher.match(sentence.tokens), date);
}
