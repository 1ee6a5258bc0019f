import { describe, expect, it } from 'vitest';
import { countryOf, dateParts } from './dates.js';

describe('dateParts', () => {
  it.each([
    ['2016-02-12', 'day', { year: 2016, month: 2, day: 12 }],
    ['2016-02-08', 'week', { year: 2016, month: 2, day: null }],
    ['2016-02', 'month', { year: 2016, month: 2, day: null }],
    ['2016', 'year', { year: 2016, month: null, day: null }],
    [null, null, { year: null, month: null, day: null }],
    ['2016-02-12', null, { year: 2016, month: 2, day: 12 }],
    ['not a date', 'day', { year: null, month: null, day: null }],
  ] as const)('%s at %s precision', (date, precision, expected) => {
    expect(dateParts(date, precision)).toEqual(expected);
  });
});

describe('countryOf', () => {
  const countries = new Set(['RUS', 'USA', 'SYR']);
  it.each([
    ['RUSGOV', 'RUS'],
    ['USA', 'USA'],
    ['SYRREB', 'SYR'],
    ['IGOUNO', null],
    ['REB', null],
    [null, null],
  ] as const)('%s → %s', (code, expected) => {
    expect(countryOf(code, countries)).toBe(expected);
  });
});
