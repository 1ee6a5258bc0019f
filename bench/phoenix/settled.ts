import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readTsv } from '../../src/data/index.js';
import { ParleyError } from '../../src/errors.js';
import { KINDS } from './compare.js';
import type { Disagreement } from './compare.js';

/** How a disagreement with Phoenix was settled (data/actors/phoenix-settled/*.tsv). */
export interface Settlement {
  readonly name: string;
  /** Role key, or `*` for any. */
  readonly role: string;
  /** Start date of the post, or `*` for any. */
  readonly start: string;
  /** Kind of disagreement, or `*` for any. */
  readonly kind: string;
  /** `ours` (our record is right), `scheme` (the codes differ by convention), `absent` (Phoenix lacks the person). */
  readonly outcome: 'ours' | 'scheme' | 'absent';
  readonly note: string;
  readonly where: string;
}

const COLUMNS = ['name', 'role', 'start', 'kind', 'outcome', 'note'] as const;
const OUTCOMES: ReadonlySet<string> = new Set(['ours', 'scheme', 'absent']);

/** Reads every data/actors/phoenix-settled/*.tsv (format in data/README.md). */
export function loadSettlements(dataDir: string): Settlement[] {
  const dir = join(dataDir, 'actors', 'phoenix-settled');
  if (!existsSync(dir)) return [];
  const out: Settlement[] = [];
  for (const f of readdirSync(dir)
    .filter((n) => n.endsWith('.tsv'))
    .sort()) {
    for (const r of readTsv(join(dir, f), `data/actors/phoenix-settled/${f}`, COLUMNS)) {
      const x = r.fields;
      const outcome = x.outcome ?? '';
      const kind = x.kind ?? '';
      if (!OUTCOMES.has(outcome))
        throw new ParleyError(`unknown outcome "${outcome}" (ours, scheme or absent)`, {
          where: r.where,
        });
      if (kind !== '*' && !(KINDS as readonly string[]).includes(kind)) {
        throw new ParleyError(`unknown kind "${kind}"`, { where: r.where });
      }
      if ((x.note ?? '').trim() === '' || x.note === '-')
        throw new ParleyError('a settlement needs a note saying why', { where: r.where });
      out.push({
        name: x.name ?? '',
        role: x.role ?? '*',
        start: x.start ?? '*',
        kind,
        outcome: outcome as Settlement['outcome'],
        note: x.note ?? '',
        where: r.where,
      });
    }
  }
  return out;
}

/** The settlement that covers a disagreement, or null. */
export function settlementOf(
  settlements: readonly Settlement[],
  d: Disagreement,
): Settlement | null {
  return (
    settlements.find(
      (s) =>
        s.name === d.person &&
        (s.role === '*' || s.role === d.role) &&
        (s.start === '*' || s.start === d.start) &&
        (s.kind === '*' || s.kind === d.kind),
    ) ?? null
  );
}
