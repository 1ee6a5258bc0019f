import { describe, expect, it } from 'vitest';
import { CENTURY_PIVOT, petrarchDate, petrarchRange } from './petrarch-dates.js';

describe('petrarchDate', () => {
  it.each([
    ['20040309', '2004-03-09'],
    ['18970101', '1897-01-01'],
    ['040309', '2004-03-09'],
    ['000101', '2000-01-01'],
    ['140130', '2014-01-30'],
    ['300101', '2030-01-01'], // the pivot year is in the 2000s
    ['310101', '1931-01-01'], // the next is in the 1900s
    ['450703', '1945-07-03'],
    ['991231', '1999-12-31'],
    ['000229', '2000-02-29'],
  ])('%s → %s', (digits, iso) => expect(petrarchDate(digits)).toEqual({ iso }));

  it('pivots six-digit years at 30', () => expect(CENTURY_PIVOT).toBe(30));

  it.each([
    ['9008223', 'has 7 digits'],
    ['201005011', 'has 9 digits'],
    ['1920030320', 'has 10 digits'],
    ['990231', 'is not a day of the calendar'],
    ['20121304', 'is not a day of the calendar'],
    ['2012O304', 'is not a date'],
  ])('%s is refused (%s)', (digits, why) => {
    const result = petrarchDate(digits);
    expect('error' in result && result.error).toContain(why);
  });
});

describe('petrarchRange', () => {
  it.each([
    ['<911226', { start: null, end: '1991-12-26' }],
    ['>20040309', { start: '2004-03-09', end: null }],
    ['850103-130201', { start: '1985-01-03', end: '2013-02-01' }],
    ['19940922-20040712', { start: '1994-09-22', end: '2004-07-12' }],
    ['070516-20120515', { start: '2007-05-16', end: '2012-05-15' }],
    ['19270101-730717', { start: '1927-01-01', end: '1973-07-17' }],
  ])('%s', (spec, range) => expect(petrarchRange(spec)).toEqual(range));

  it.each([
    ['20121204', 'a single date needs < or >'],
    ['20121207-20120802', 'ends (2012-08-02) before it starts (2012-12-07)'],
    ['2004017-20061201', 'has 7 digits'],
    ['>=20040309', 'invalid date restriction'],
    ['20040309-', 'invalid date restriction'],
  ])('%s is refused (%s)', (spec, why) => {
    const result = petrarchRange(spec);
    expect('error' in result && result.error).toContain(why);
  });
});
