import { join } from 'node:path';
import { alternatives, readTsv } from '../data/index.js';
import { ParleyError } from '../errors.js';
import type { ActorEntry } from './types.js';

const COUNTRY_COLUMNS = ['code', 'name', 'aliases', 'demonyms', 'capitals', 'seats'] as const;
const ORGANISATION_COLUMNS = ['code', 'name', 'aliases'] as const;
const SECTOR_COLUMNS = ['sector', 'label', 'words'] as const;

const COUNTRY_CODE = /^[A-Z]{3}$/;
const ORG_CODE = /^[A-Z]{3}(?:[A-Z]{3})*$/;
const SECTOR_CODE = /^(?:[A-Z]{3})+$/;

/** Reads the built-in actor dictionaries in `dataDir/actors/` (format in data/README.md). */
export function loadActorEntries(dataDir: string): ActorEntry[] {
  const entries: ActorEntry[] = [];
  const dir = join(dataDir, 'actors');
  const sectorRows = readTsv(join(dir, 'sectors.tsv'), 'data/actors/sectors.tsv', SECTOR_COLUMNS);
  const labels = new Map(sectorRows.map((r) => [r.fields.sector ?? '', r.fields.label ?? '']));

  for (const r of readTsv(
    join(dir, 'countries.tsv'),
    'data/actors/countries.tsv',
    COUNTRY_COLUMNS,
  )) {
    const f = r.fields;
    const code = f.code ?? '';
    const name = f.name ?? '';
    if (!COUNTRY_CODE.test(code)) {
      throw new ParleyError(`invalid country code "${code}"`, { where: r.where });
    }
    const add = (kind: ActorEntry['kind'], text: string, sector: string | null): void => {
      const sectorName = sector && sector !== 'GOV' ? (labels.get(sector) ?? sector) : undefined;
      entries.push({ kind, code, sector, name, text, where: r.where, priority: 0, sectorName });
    };
    add('country', name, null);
    for (const a of alternatives(f.aliases)) add('country', a, null);
    for (const d of alternatives(f.demonyms)) add('demonym', d, null);
    for (const c of alternatives(f.capitals)) add('capital', c, 'GOV');
    for (const s of alternatives(f.seats)) {
      const [text, sector] = s.split('=');
      if (sector !== undefined && !SECTOR_CODE.test(sector)) {
        throw new ParleyError(`invalid sector "${sector}" in seat "${s}"`, { where: r.where });
      }
      add('seat', (text ?? '').trim(), sector ?? 'GOV');
    }
  }

  const orgFile = 'data/actors/organisations.tsv';
  for (const r of readTsv(join(dir, 'organisations.tsv'), orgFile, ORGANISATION_COLUMNS)) {
    const code = r.fields.code ?? '';
    const name = r.fields.name ?? '';
    if (!ORG_CODE.test(code)) {
      throw new ParleyError(`invalid organisation code "${code}"`, { where: r.where });
    }
    for (const text of [name, ...alternatives(r.fields.aliases)]) {
      entries.push({
        kind: 'organisation',
        code,
        sector: null,
        name,
        text,
        where: r.where,
        priority: 0,
      });
    }
  }

  for (const r of sectorRows) {
    const sector = r.fields.sector ?? '';
    const label = r.fields.label ?? '';
    if (!SECTOR_CODE.test(sector)) {
      throw new ParleyError(`invalid sector code "${sector}"`, { where: r.where });
    }
    for (const text of alternatives(r.fields.words)) {
      entries.push({
        kind: 'sector',
        code: '',
        sector,
        name: label,
        text,
        where: r.where,
        priority: 0,
      });
    }
  }
  return entries;
}
