import { join } from 'node:path';
import { readTsv } from '../data/index.js';

/** The ISO 3166-1 alpha-3 codes of data/places/countries.tsv (Kosovo as XKX). */
export function loadCountryCodes(dataDir: string): ReadonlySet<string> {
  const rows = readTsv(join(dataDir, 'places', 'countries.tsv'), 'data/places/countries.tsv', [
    'iso3',
    'iso2',
    'lat',
    'lon',
  ]);
  return new Set(rows.map((r) => r.fields.iso3 ?? '').filter((c) => c !== ''));
}
