import { describe, expect, it } from 'vitest';
import { foldName, readCities } from './cities.js';

describe('foldName', () => {
  it.each([
    ['Genève', 'geneve'],
    ['Al Ḩudaydah', 'al hudaydah'],
    ['Ta‘izz', 'taizz'],
    ["N'Djamena", 'ndjamena'],
    ['Mazar-i-Sharif', 'mazar i sharif'],
    ['Washington, D.C.', 'washington dc'],
    ['St. Petersburg', 'st petersburg'],
    ['  New   York ', 'new york'],
  ])('%s → %s', (name, key) => {
    expect(foldName(name)).toBe(key);
  });
});

describe('readCities', () => {
  it('has the fields the gazetteer reads', () => {
    const cities = readCities();
    expect(cities.length).toBeGreaterThan(100_000);
    const kyiv = cities.find((c) => c.name === 'Kyiv');
    expect(kyiv).toMatchObject({ country: 'UA', featureCode: 'PPLC' });
    expect(kyiv?.population).toBeGreaterThan(1_000_000);
    expect(kyiv?.loc.coordinates[1]).toBeCloseTo(50.45, 1);
    expect(typeof kyiv?.cityId).toBe('number');
  });
});
