import { join } from 'node:path';
import { readTsv } from '../data/index.js';
import { ParleyError } from '../errors.js';
import { foldName } from './cities.js';
import type { ResolvedPlace } from './types.js';

/** IANA time zones by country and by place (data/places/timezones.tsv, timezone-places.tsv). */
export interface TimeZones {
  /** ISO3 → the zone the whole country, or most of it (`*`), keeps. */
  readonly countries: ReadonlyMap<string, string>;
  /** `ISO3 folded-name` → the zone of a region or city of a country with several times. */
  readonly places: ReadonlyMap<string, string>;
}

function checkedZone(zone: string, where: string): string {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
  } catch (cause) {
    throw new ParleyError(`unknown time zone "${zone}"`, { where, cause });
  }
  return zone;
}

/** Reads both tables; an unknown zone name or a country given twice is an error naming the line. */
export function loadTimeZones(dataDir: string): TimeZones {
  const countries = new Map<string, string>();
  const places = new Map<string, string>();
  const set = (map: Map<string, string>, key: string, zone: string, where: string): void => {
    if (map.has(key)) throw new ParleyError(`"${key}" has a time zone already`, { where });
    map.set(key, checkedZone(zone, where));
  };
  const byCountry = 'data/places/timezones.tsv';
  for (const r of readTsv(join(dataDir, 'places', 'timezones.tsv'), byCountry, ['iso3', 'zone'])) {
    set(countries, r.fields.iso3 ?? '', r.fields.zone ?? '', r.where);
  }
  const byPlace = 'data/places/timezone-places.tsv';
  const columns = ['country', 'place', 'zone'];
  for (const r of readTsv(join(dataDir, 'places', 'timezone-places.tsv'), byPlace, columns)) {
    const { country = '', place = '', zone = '' } = r.fields;
    if (place === '*') set(countries, country, zone, r.where);
    else set(places, `${country} ${foldName(place)}`, zone, r.where);
  }
  return { countries, places };
}

/**
 * The time zone of a resolved place: its own row (a city or region of a country with
 * several times), else its country's; null when neither is known (a continent, a city of
 * the USA the table does not list) — never the zone of a neighbour.
 */
export function timeZoneOf(
  zones: TimeZones,
  place: Pick<ResolvedPlace, 'country' | 'name'>,
): string | null {
  if (place.country === '') return null;
  return (
    zones.places.get(`${place.country} ${foldName(place.name)}`) ??
    zones.countries.get(place.country) ??
    null
  );
}
