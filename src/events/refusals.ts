import { join } from 'node:path';
import { readTsv } from '../data/index.js';
import { ParleyError } from '../errors.js';
import type { CameoCode, Ontology } from './ontology.js';

/** CAMEO code → the code of refusing it (data/ontology/refusals.tsv). */
export type Refusals = ReadonlyMap<string, string>;

/** Reads data/ontology/refusals.tsv; both codes of every row must be in the ontology. */
export function loadRefusals(dataDir: string, ontology: Ontology): Refusals {
  const file = 'data/ontology/refusals.tsv';
  const out = new Map<string, string>();
  for (const r of readTsv(join(dataDir, 'ontology', 'refusals.tsv'), file, ['code', 'refusal'])) {
    const code = r.fields.code ?? '';
    const refusal = r.fields.refusal ?? '';
    for (const c of [code, refusal]) {
      if (!ontology.has(c))
        throw new ParleyError(`CAMEO code ${c} is not in the ontology`, { where: r.where });
    }
    if (out.has(code)) throw new ParleyError(`duplicate code "${code}"`, { where: r.where });
    out.set(code, refusal);
  }
  return out;
}

/** The refusal of `code` (its longest listed prefix), or null when none is listed. */
export function refusalOf(refusals: Refusals, ontology: Ontology, code: string): CameoCode | null {
  for (let n = code.length; n >= 2; n--) {
    const r = refusals.get(code.slice(0, n));
    if (r) return ontology.get(r) ?? null;
  }
  return null;
}
