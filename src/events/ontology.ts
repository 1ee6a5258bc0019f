import { join } from 'node:path';
import { readTsv } from '../data/index.js';
import { ParleyError } from '../errors.js';

export type PloverType =
  | 'AGREE'
  | 'CONSULT'
  | 'SUPPORT'
  | 'CONCEDE'
  | 'COOPERATE'
  | 'AID'
  | 'RETREAT'
  | 'REQUEST'
  | 'ACCUSE'
  | 'REJECT'
  | 'THREATEN'
  | 'PROTEST'
  | 'SANCTION'
  | 'MOBILIZE'
  | 'COERCE'
  | 'ASSAULT';

/** The 16 PLOVER event types, in the manual's order (cooperation first). */
export const PLOVER_TYPE_NAMES: readonly PloverType[] = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
];
const PLOVER_TYPES: ReadonlySet<string> = new Set(PLOVER_TYPE_NAMES);

/** One CAMEO event code with its Goldstein value, quad class and PLOVER coding. */
export interface CameoCode {
  readonly code: string;
  readonly name: string;
  readonly goldstein: number;
  readonly quad: 1 | 2 | 3 | 4;
  readonly plover: PloverType | null;
  readonly mode: string | null;
  readonly context: readonly string[];
}

export type Ontology = ReadonlyMap<string, CameoCode>;

const COLUMNS = ['code', 'name', 'goldstein', 'quad', 'plover', 'mode', 'context'] as const;

/** Reads data/ontology/cameo.tsv (format in data/README.md). */
export function loadOntology(dataDir: string): Ontology {
  const file = 'data/ontology/cameo.tsv';
  const codes = new Map<string, CameoCode>();
  for (const r of readTsv(join(dataDir, 'ontology', 'cameo.tsv'), file, COLUMNS)) {
    const f = r.fields;
    const code = f.code ?? '';
    const goldstein = Number(f.goldstein);
    const quad = Number(f.quad);
    const plover = f.plover === '-' ? null : (f.plover ?? '');
    if (!/^\d{2,4}$/.test(code))
      throw new ParleyError(`invalid CAMEO code "${code}"`, { where: r.where });
    if (codes.has(code))
      throw new ParleyError(`duplicate CAMEO code "${code}"`, { where: r.where });
    if (!Number.isFinite(goldstein) || goldstein < -10 || goldstein > 10) {
      throw new ParleyError(`invalid Goldstein value "${f.goldstein}"`, { where: r.where });
    }
    if (quad !== 1 && quad !== 2 && quad !== 3 && quad !== 4) {
      throw new ParleyError(`invalid quad class "${f.quad}"`, { where: r.where });
    }
    if (plover !== null && !PLOVER_TYPES.has(plover)) {
      throw new ParleyError(`unknown PLOVER type "${plover}"`, { where: r.where });
    }
    codes.set(code, {
      code,
      name: f.name ?? '',
      goldstein,
      quad,
      plover: plover as PloverType | null,
      mode: f.mode === '-' ? null : (f.mode ?? null),
      context: f.context === '-' ? [] : (f.context ?? '').split('|'),
    });
  }
  return codes;
}
