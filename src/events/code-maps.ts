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

/** The code `map` gives `code` (through its longest listed prefix), or null when none is listed. */
export function mappedCode(map: CodeMap, ontology: Ontology, code: string): CameoCode | null {
  for (let n = code.length; n >= 2; n--) {
    const r = map.get(code.slice(0, n));
    if (r) return ontology.get(r) ?? null;
  }
  return null;
}
