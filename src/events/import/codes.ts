/**
 * Event codes in PETRARCH/TABARI verb dictionaries, and what Parley makes of the ones its
 * CAMEO ontology (data/ontology/cameo.tsv) does not have.
 *
 *     [042]        one event, source → target
 *     [032:033]    two: 032 source → target and 033 target → source ("A arrived in B": B hosted A)
 *     [:173]       only target → source ("A appeared before the court": the court acted on A)
 *     [036:036]    the same code both ways: one mutual event
 *     [---]        the null code: no event
 *
 * A code is two to four digits with an optional letter (`075A`, old WEIS-style codes).
 */
import { ParleyError } from '../../errors.js';
import { byLongestPrefix } from '../code-maps.js';
import type { CameoCode, Ontology } from '../ontology.js';
import { NULL_CODE } from '../patterns/types.js';
import type { Pattern } from '../patterns/types.js';

/** A code as read: the forward (source → target) and reverse (target → source) parts. */
export interface PairedCode {
  /** NULL_CODE when the pattern codes nothing in that direction. */
  readonly forward: string;
  readonly reverse: string | null;
}

const PART = /^\d{2,4}[A-Za-z]?$/;

/** Reads the text between `[` and `]`; null for a code Parley cannot read (`def`, `025?`, `+++`). */
export function parseCode(raw: string): PairedCode | null {
  const text = raw.trim();
  if (text === NULL_CODE) return { forward: NULL_CODE, reverse: null };
  const parts = text.split(':');
  if (parts.length > 2) return null;
  const [forward = '', reverse] = parts;
  if (forward !== '' && !PART.test(forward)) return null;
  if (reverse !== undefined && reverse !== '' && !PART.test(reverse)) return null;
  const back = reverse === undefined || reverse === '' ? null : reverse;
  if (forward === '' && back === null) return null;
  return { forward: forward === '' ? NULL_CODE : forward, reverse: back };
}

/**
 * The closest code the ontology has: the code itself, else its longest prefix of two or
 * more characters (`075A` → `075`, `1213` → `121`, `1010` → `101`), else null (`903`,
 * `223`: no CAMEO root).
 */
function nearestKnown(ontology: Ontology, code: string): CameoCode | null {
  return byLongestPrefix(ontology, code) ?? null;
}

/**
 * An imported code the ontology lacks, coded like its closest CAMEO ancestor (Goldstein,
 * quad class, PLOVER type and mode); with no CAMEO root at all, like a neutral statement:
 * Goldstein 0, quad class 1, no PLOVER type (the quad class cannot be empty: the event
 * contract and the store require one).
 */
export function importedCode(ontology: Ontology, code: string): CameoCode {
  const known = ontology.get(code);
  if (known) return known;
  const parent = nearestKnown(ontology, code);
  if (!parent) {
    return {
      code,
      name: `Imported code ${code} (not CAMEO)`,
      goldstein: 0,
      quad: 1,
      plover: null,
      mode: null,
      context: [],
    };
  }
  return { ...parent, code, name: `Imported code ${code} (as ${parent.code}: ${parent.name})` };
}

/**
 * The ontology with an entry for every code the imported patterns use and it lacks, and
 * one warning per such code, naming the first pattern that uses it.
 */
export function withImportedCodes(
  ontology: Ontology,
  patterns: readonly Pattern[],
): { ontology: Ontology; warnings: ParleyError[] } {
  const added = new Map<string, CameoCode>();
  const warnings: ParleyError[] = [];
  for (const p of patterns) {
    for (const code of [p.code, p.reverseCode]) {
      if (code === null || code === NULL_CODE || ontology.has(code) || added.has(code)) continue;
      added.set(code, importedCode(ontology, code));
      const parent = nearestKnown(ontology, code);
      const how = parent
        ? `coded like ${parent.code} (${parent.name})`
        : 'it has no CAMEO root: coded with Goldstein 0, quad class 1 and no PLOVER type';
      warnings.push(
        new ParleyError(`code ${code} is not in the CAMEO ontology; ${how}`, { where: p.where }),
      );
    }
  }
  if (added.size === 0) return { ontology, warnings };
  return { ontology: new Map([...ontology, ...added]), warnings };
}
