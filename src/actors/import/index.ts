/**
 * Importing PETRARCH/TABARI dictionaries (`--actors FILE`): actor dictionaries become
 * dated actors, agent dictionaries sector entries, all at priority 1 so that they win
 * over the built-in base. Formats: petrarch-actors.ts and petrarch-agents.ts.
 */
import { readFileSync } from 'node:fs';
import { ParleyError } from '../../errors.js';
import type { ActorEntry } from '../types.js';
import { parsePetrarchActors } from './petrarch-actors.js';
import { parsePetrarchAgents } from './petrarch-agents.js';
import { dictionaryLines } from './petrarch-lines.js';

export type { ImportResult } from './petrarch-actors.js';
export { parsePetrarchActors } from './petrarch-actors.js';
export { parsePetrarchAgents, regularPlural } from './petrarch-agents.js';
export { CENTURY_PIVOT, petrarchDate } from './petrarch-dates.js';

export type DictionaryKind = 'actors' | 'agents';

export interface ImportedDictionary {
  readonly entries: ActorEntry[];
  readonly problems: ParleyError[];
  readonly kind: DictionaryKind;
}

/**
 * Whether a dictionary's text is an agent or an actor dictionary, from its content
 * (file names vary): an agent dictionary's codes carry a `~` (`[~GOV]`, `[NGO~]`) and
 * actor codes never do, so it is an agent dictionary when more of its code blocks
 * (outside comments) have a `~` than not. A file with no code block is an actor
 * dictionary.
 */
export function dictionaryKind(text: string): DictionaryKind {
  let agents = 0;
  let actors = 0;
  for (const { body } of dictionaryLines(text, '', [])) {
    for (const [block] of body.matchAll(/\[[^[\]]*\]/g)) {
      if (block.includes('~')) agents += 1;
      else actors += 1;
    }
  }
  return agents > actors ? 'agents' : 'actors';
}

/**
 * Reads and parses a PETRARCH/TABARI actor or agent dictionary (UTF-8). Malformed
 * records are returned in `problems`, each naming `path:line`; a file that cannot be
 * read throws a ParleyError naming it.
 */
export function importDictionary(path: string): ImportedDictionary {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new ParleyError(`cannot read the dictionary (${code})`, { where: path, cause });
  }
  const kind = dictionaryKind(text);
  const parsed =
    kind === 'agents' ? parsePetrarchAgents(text, path) : parsePetrarchActors(text, path);
  return { ...parsed, kind };
}
