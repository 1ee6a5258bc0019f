import { join } from 'node:path';
import { readTsv } from '../data/index.js';
import { ParleyError } from '../errors.js';
import type { CameoCode, Ontology } from './ontology.js';

/** CAMEO code → a related code: its refusal, its stated intent or its demand (refusals, intents, demands.tsv). */
export type CodeMap = ReadonlyMap<string, string>;

/**
 * Reads data/ontology/NAME.tsv, columns `code` and `column`; both codes of every row must
 * be in the ontology.
 */
export function loadCodeMap(
  dataDir: string,
  name: 'refusals' | 'intents' | 'demands',
  column: 'refusal' | 'intent' | 'demand',
  ontology: Ontology,
): CodeMap {
  const file = `data/ontology/${name}.tsv`;
  const out = new Map<string, string>();
  for (const r of readTsv(join(dataDir, 'ontology', `${name}.tsv`), file, ['code', column])) {
    const code = r.fields.code ?? '';
    const mapped = r.fields[column] ?? '';
    for (const c of [code, mapped]) {
      if (!ontology.has(c)) {
        throw new ParleyError(`CAMEO code ${c} is not in the ontology`, { where: r.where });
      }
    }
    if (out.has(code)) throw new ParleyError(`duplicate code "${code}"`, { where: r.where });
    out.set(code, mapped);
  }
  return out;
}

/** The value of `code`'s longest prefix of two or more characters in `map` (`0811` → `081`). */
export function byLongestPrefix<T>(map: ReadonlyMap<string, T>, code: string): T | undefined {
  for (let n = code.length; n >= 2; n--) {
    const value = map.get(code.slice(0, n));
    if (value !== undefined) return value;
  }
  return undefined;
}

/** The code `map` gives `code` (through its longest listed prefix), or null when none is listed. */
export function mappedCode(map: CodeMap, ontology: Ontology, code: string): CameoCode | null {
  const mapped = byLongestPrefix(map, code);
  return mapped === undefined ? null : (ontology.get(mapped) ?? null);
}
