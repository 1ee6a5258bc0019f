import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { alternatives, readTsv } from '../data/index.js';
import { ParleyError } from '../errors.js';
import type { ActorEntry, DatedActor, DatedCode, TitleRef } from './types.js';

const ROLE_COLUMNS = ['role', 'scope', 'titles'] as const;
const PEOPLE_COLUMNS = ['name', 'variants', 'role', 'code', 'start', 'end'] as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const QUALIFIER = /\s*\[[^\]]*\]$/;
const ACTOR_CODE = /^[A-Z]{3}(?:[A-Z]{3})*$/;

/** The sector a post belongs to; posts in organisations take the organisation's code. */
const ROLE_SECTORS: Readonly<Record<string, string>> = {
  'head-of-state': 'GOV',
  'head-of-government': 'GOV',
  'vice-president': 'GOV',
  'supreme-leader': 'GOV',
  'crown-prince': 'GOV',
  'foreign-minister': 'GOV',
  'un-ambassador': 'GOV',
  'defence-minister': 'GOVMIL',
  'military-chief': 'MIL',
  legislator: 'LEG',
};

/** Posts in the order of seniority used when a person holds several at once. */
export const ROLE_PRECEDENCE: readonly string[] = [
  'head-of-state',
  'supreme-leader',
  'head-of-government',
  'vice-president',
  'crown-prince',
  'foreign-minister',
  'defence-minister',
  'military-chief',
  'un-ambassador',
  'legislator',
];

export interface Roles {
  /** Known role keys. */
  readonly keys: ReadonlySet<string>;
  /** Title entries, one per title text and scope. */
  readonly titles: readonly ActorEntry[];
}

/** Reads data/actors/roles.tsv: role keys and the titles that name them. */
export function loadRoles(dataDir: string): Roles {
  const keys = new Set<string>();
  const titles: ActorEntry[] = [];
  const file = 'data/actors/roles.tsv';
  for (const r of readTsv(join(dataDir, 'actors', 'roles.tsv'), file, ROLE_COLUMNS)) {
    const role = r.fields.role ?? '';
    const scope = r.fields.scope ?? '';
    if (!/^[a-z]+(?:-[a-z]+)*$/.test(role))
      throw new ParleyError(`invalid role "${role}"`, { where: r.where });
    if (scope !== '*' && !ACTOR_CODE.test(scope))
      throw new ParleyError(`invalid scope "${scope}"`, { where: r.where });
    keys.add(role);
    const title: TitleRef = { role, scope };
    const organisation = scope.startsWith('IGO');
    for (const text of alternatives(r.fields.titles)) {
      titles.push({
        kind: 'title',
        code: organisation ? scope : '',
        sector: organisation ? null : (ROLE_SECTORS[role] ?? 'GOV'),
        name: role.replace(/-/g, ' '),
        text,
        where: r.where,
        priority: 0,
        title,
      });
    }
  }
  return { keys, titles };
}

function checkDate(value: string, field: string, where: string): string | null {
  if (value === '-' || value === '') return null;
  if (!ISO_DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new ParleyError(`invalid ${field} date "${value}" (expected YYYY-MM-DD or -)`, { where });
  }
  return value;
}

/**
 * Reads every data/actors/people/*.tsv (format in data/README.md): one record per person
 * and post. Returns the people with their dated posts, and one entry per name and variant.
 */
export function loadPeople(
  dataDir: string,
  roles: Roles,
): { people: DatedActor[]; entries: ActorEntry[] } {
  const dir = join(dataDir, 'actors', 'people');
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((f) => f.endsWith('.tsv'))
      .sort();
  } catch (cause) {
    throw new ParleyError('cannot read the people folder', { where: 'data/actors/people', cause });
  }
  const byName = new Map<string, { codes: DatedCode[]; variants: Set<string>; where: string }>();
  for (const f of files) {
    const label = `data/actors/people/${f}`;
    for (const r of readTsv(join(dir, f), label, PEOPLE_COLUMNS)) {
      const name = r.fields.name ?? '';
      const role = r.fields.role ?? '';
      const code = r.fields.code ?? '';
      if (name === '') throw new ParleyError('empty name', { where: r.where });
      if (!roles.keys.has(role))
        throw new ParleyError(`unknown role "${role}" (see data/actors/roles.tsv)`, {
          where: r.where,
        });
      if (!ACTOR_CODE.test(code))
        throw new ParleyError(`invalid actor code "${code}"`, { where: r.where });
      const start = checkDate(r.fields.start ?? '', 'start', r.where);
      const end = checkDate(r.fields.end ?? '', 'end', r.where);
      if (start && end && end < start)
        throw new ParleyError(`end ${end} is before start ${start}`, { where: r.where });
      const person = byName.get(name) ?? { codes: [], variants: new Set<string>(), where: r.where };
      person.codes.push({ code, start, end, role, name: null, where: r.where });
      for (const v of alternatives(r.fields.variants)) person.variants.add(v);
      byName.set(name, person);
    }
  }
  const people: DatedActor[] = [];
  const entries: ActorEntry[] = [];
  for (const [identity, p] of byName) {
    // "David Johnston [admiral]": the qualifier tells two people of one name apart.
    const name = identity.replace(QUALIFIER, '');
    const codes = p.codes.slice().sort((a, b) => (a.start ?? '').localeCompare(b.start ?? ''));
    const actor: DatedActor = { kind: 'person', name, codes, fallback: null, where: p.where };
    people.push(actor);
    for (const text of [name, ...p.variants]) {
      entries.push({
        kind: 'person',
        code: '',
        sector: null,
        name,
        text,
        where: p.where,
        priority: 0,
        actor,
      });
    }
  }
  return { people, entries };
}
