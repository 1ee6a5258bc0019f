import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { alternatives, readTsv } from '../data/index.js';
import { ParleyError } from '../errors.js';
import type { ActorEntry, DatedActor, DatedCode } from './types.js';

const COLUMNS = ['code', 'name', 'aliases', 'start', 'end'] as const;
const GROUP_CODE = /^[A-Z]{3}(?:[A-Z]{3}){1,3}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function date(value: string, field: string, where: string): string | null {
  if (value === '-' || value === '') return null;
  if (!ISO_DATE.test(value)) throw new ParleyError(`invalid ${field} date "${value}"`, { where });
  return value;
}

/**
 * Reads data/actors/groups.tsv: non-state armed groups, one record per name period
 * (format in data/README.md). The records of one code form one group whose name
 * depends on the date ("Jabhat al-Nusra" → "Hayat Tahrir al-Sham"); every name and
 * alias of every period matches the group at any date.
 */
export function loadGroups(dataDir: string): ActorEntry[] {
  const path = join(dataDir, 'actors', 'groups.tsv');
  if (!existsSync(path)) return [];
  const byCode = new Map<string, { codes: DatedCode[]; texts: string[]; where: string }>();
  for (const r of readTsv(path, 'data/actors/groups.tsv', COLUMNS)) {
    const code = r.fields.code ?? '';
    const name = r.fields.name ?? '';
    if (!GROUP_CODE.test(code))
      throw new ParleyError(`invalid group code "${code}"`, { where: r.where });
    const start = date(r.fields.start ?? '', 'start', r.where);
    const end = date(r.fields.end ?? '', 'end', r.where);
    if (start && end && end < start)
      throw new ParleyError(`end ${end} is before start ${start}`, { where: r.where });
    const group = byCode.get(code) ?? { codes: [], texts: [], where: r.where };
    group.codes.push({ code, start, end, role: null, name, where: r.where });
    group.texts.push(name, ...alternatives(r.fields.aliases));
    byCode.set(code, group);
  }
  const entries: ActorEntry[] = [];
  for (const [code, g] of byCode) {
    const codes = g.codes.slice().sort((a, b) => (a.start ?? '').localeCompare(b.start ?? ''));
    const latest = codes[codes.length - 1];
    const actor: DatedActor = {
      kind: 'group',
      name: latest?.name ?? code,
      codes,
      fallback: null,
      where: g.where,
    };
    for (const text of new Set(g.texts)) {
      entries.push({
        kind: 'group',
        code: '',
        sector: null,
        name: actor.name,
        text,
        where: g.where,
        priority: 0,
        actor,
      });
    }
  }
  return entries;
}
