import { describe, expect, it } from 'vitest';
import { countryOf } from './countries.js';

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
