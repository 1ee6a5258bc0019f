import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR } from '../data/index.js';
import { foldName } from './cities.js';
import { loadGazetteer } from './gazetteer.js';
import { resolvePlace } from './resolve.js';
import type { Gazetteer } from './types.js';

let g: Gazetteer;
beforeAll(() => {
  g = loadGazetteer(DEFAULT_DATA_DIR);
});

function place(name: string, named: string[] = [], hint: 'city' | 'region' | null = null) {
  const candidates = g.byName.get(foldName(name)) ?? [];
  return resolvePlace(candidates, { articleCountries: new Set(named), hint });
}

describe('gazetteer and resolution', () => {
  it.each([
    // name, countries the article names, expected country, precision
    ['Geneva', [], 'CHE', 'city'],
    ['Kiev', [], 'UKR', 'city'],
    ['Kyiv', [], 'UKR', 'city'],
    ['Paris', [], 'FRA', 'city'],
    ['Aleppo', [], 'SYR', 'city'],
    ['Damascus', [], 'SYR', 'city'],
    ['Moscow', [], 'RUS', 'city'],
    ['Vienna', [], 'AUT', 'city'],
    ['Munich', [], 'DEU', 'city'],
    ['Cologne', [], 'DEU', 'city'],
    ['Hodeidah', [], 'YEM', 'city'],
    ['Fallujah', [], 'IRQ', 'city'],
    ['Odesa', [], 'UKR', 'city'],
    ['Washington', [], 'USA', 'city'],
    ['Syria', [], 'SYR', 'country'],
    ['United States', [], 'USA', 'country'],
    ['Britain', [], 'GBR', 'country'],
    ['Jordan', [], 'JOR', 'country'],
    ['Georgia', [], 'GEO', 'country'],
    ['Crimea', [], 'UKR', 'region'],
    ['Gaza Strip', [], 'PSE', 'region'],
    ['Donetsk region', [], 'UKR', 'region'],
    ['Tigray', [], 'ETH', 'region'],
    ['Idlib province', [], 'SYR', 'region'],
    ['Tripoli', [], 'LBY', 'city'],
    ['Tripoli', ['LBN'], 'LBN', 'city'],
    ['Birmingham', [], 'GBR', 'city'],
    ['Birmingham', ['USA'], 'USA', 'city'],
    ['England', ['USA'], 'GBR', 'region'],
    ['Cairo', ['USA'], 'EGY', 'city'],
    ['Pacific', ['USA'], '', 'region'],
    ['Georgia', ['USA'], 'USA', 'region'],
    ['California', ['USA'], 'USA', 'region'],
    ['Donetsk', [], 'UKR', 'city'],
    ['Nyanza', ['KEN'], 'KEN', 'region'],
    ['Midlands', [], 'GBR', 'region'],
    ['Midlands', ['ZWE'], 'ZWE', 'region'],
    ['Mashonaland West', [], 'ZWE', 'region'],
  ] as const)('%s (article names %j) → %s %s', (name, named, country, precision) => {
    expect(place(name, [...named])).toMatchObject({ country, precision });
  });

  it('prefers the region when the words say province', () => {
    expect(place('Aleppo', [], 'region')).toMatchObject({ precision: 'region', country: 'SYR' });
  });

  it('gives a country its central point (places/countries.tsv)', () => {
    const syria = g.countries.get('SYR');
    expect(syria?.lat).toBeCloseTo(35, 0);
    expect(syria?.lon).toBeCloseTo(38, 0);
  });

  it.each([
    // continent, GeoNames continent feature point (data/places/regions.tsv)
    ['Asia', 29.84, 89.3],
    ['South America', -14.6, -57.66],
    ['Africa', 7.19, 21.09],
  ] as const)('gives %s its GeoNames point', (name, lat, lon) => {
    expect(place(name)).toMatchObject({ lat, lon, precision: 'region' });
  });

  it('explains the choice', () => {
    expect(place('Geneva')?.why).toMatch(/^alias data\/places\/aliases\.tsv:\d+/);
    expect(place('Paris')?.why).toMatch(/population \d+, capital; score [\d.]+ over Paris/);
  });

  it('returns null for an unknown name', () => {
    expect(place('Xyzzyville')).toBeNull();
  });
});
