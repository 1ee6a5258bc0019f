/**
 * Importing PETRARCH/TABARI verb dictionaries (`--verbs FILE`): their patterns join
 * Parley's own (data/verbs) as candidates for the same verbs, at priority 1: when one of
 * them matches a verb, the imported patterns code it. Format: petrarch-verbs.ts and petrarch-pattern.ts;
 * codes Parley's ontology lacks: codes.ts.
 */
import { readFileSync } from 'node:fs';
import { ParleyError } from '../../errors.js';
import type { CoderKnowledge } from '../coder.js';
import { mergePatterns } from '../patterns/load.js';
import { withImportedCodes } from './codes.js';
import { parsePetrarchVerbs } from './petrarch-verbs.js';
import type { VerbDictionary } from './petrarch-verbs.js';

export { importedCode, parseCode, withImportedCodes } from './codes.js';
export type { PairedCode } from './codes.js';
export { parsePatternText } from './petrarch-pattern.js';
export type { PatternFeature, PatternParts, Synset, Synsets } from './petrarch-pattern.js';
export { parsePetrarchVerbs } from './petrarch-verbs.js';
export type { VerbCounts, VerbDictionary, VerbFeature } from './petrarch-verbs.js';

/**
 * Reads and parses a PETRARCH/TABARI verb dictionary (UTF-8). Malformed lines are
 * returned in `problems`, each naming `path:line`; a file that cannot be read throws a
 * ParleyError naming it.
 */
export function importVerbDictionary(path: string): VerbDictionary {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new ParleyError(`cannot read the verb dictionary (${code})`, { where: path, cause });
  }
  return parsePetrarchVerbs(text, path);
}

/**
 * The coder's knowledge with imported verb patterns merged over the built-in ones, and
 * the ontology extended with the codes they use that it lacks (one warning each).
 */
export function withImportedVerbs(
  coder: CoderKnowledge,
  dictionaries: readonly VerbDictionary[],
): { coder: CoderKnowledge; warnings: ParleyError[] } {
  const imported = dictionaries.flatMap((d) => d.patterns);
  if (imported.length === 0) return { coder, warnings: [] };
  const { ontology, warnings } = withImportedCodes(coder.ontology, imported);
  return {
    coder: { ...coder, ontology, patterns: mergePatterns(coder.patterns, imported) },
    warnings,
  };
}
