import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR } from '../data/index.js';
import { loadTimeZones, timeZoneOf } from './time-zones.js';
import type { TimeZones } from './time-zones.js';

let zones: TimeZones;
beforeAll(() => {
  zones = loadTimeZones(DEFAULT_DATA_DIR);
});

describe('timeZoneOf', () => {
  it.each([
    // country, place name as resolved, zone
    ['JPN', 'Tokyo', 'Asia/Tokyo'],
    ['SYR', 'Damascus', 'Asia/Damascus'],
    ['GBR', 'London', 'Europe/London'],
    ['DEU', 'Berlin', 'Europe/Berlin'],
    ['USA', 'Washington, D.C.', 'America/New_York'],
    ['USA', 'Los Angeles', 'America/Los_Angeles'],
    ['USA', 'Washington State', 'America/Los_Angeles'],
    ['RUS', 'Moscow', 'Europe/Moscow'],
    ['RUS', 'Vladivostok', 'Asia/Vladivostok'],
    ['CAN', 'Vancouver', 'America/Vancouver'],
    ['AUS', 'Perth', 'Australia/Perth'],
    ['BRA', 'Brasília', 'America/Sao_Paulo'],
    ['ESP', 'Madrid', 'Europe/Madrid'],
    ['UKR', 'Sevastopol', 'Europe/Simferopol'],
    // several times and no row for the place: unknown, not guessed
    ['USA', 'Springfield', null],
    ['AUS', 'Australia', null],
    ['', 'Asia', null],
  ] as const)('%s %s → %s', (country, name, zone) => {
    expect(timeZoneOf(zones, { country, name })).toBe(zone);
  });

  it('has a zone for every country that keeps one time', () => {
    expect(zones.countries.size).toBeGreaterThan(220);
  });
});
