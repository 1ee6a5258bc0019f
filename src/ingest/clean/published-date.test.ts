import { describe, it, expect } from 'vitest';
import { isoDate, parseDateLine } from './published-date.js';

describe('parseDateLine', () => {
  const valid: readonly (readonly [string, string])[] = [
    ['February 11, 2016', '2016-02-11'],
    ['Feb. 11, 2016', '2016-02-11'],
    ['Feb 11 2016', '2016-02-11'],
    ['feb 11, 2016', '2016-02-11'],
    ['Sept. 17, 2018', '2018-09-17'],
    ['September 1st, 2018', '2018-09-01'],
    ['11 February 2016', '2016-02-11'],
    ['11 Feb 2016', '2016-02-11'],
    ['11th of February, 2016', '2016-02-11'],
    ['2016-02-11', '2016-02-11'],
    ['2016/02/11', '2016-02-11'],
    ['2016-02-11T10:32:00Z', '2016-02-11'],
    ['2016-02-11 10:32', '2016-02-11'],
    ['2/1/2014', '2014-02-01'],
    ['02/01/2014', '2014-02-01'],
    ['12/31/2015', '2015-12-31'],
    ['13/2/2014', '2014-02-13'],
    ['31/12/2015', '2015-12-31'],
    ['2-1-2014', '2014-02-01'],
    ['11.02.2016', '2016-02-11'],
    ['Updated: 9 October 2019', '2019-10-09'],
    ['Last updated 9 October 2019', '2019-10-09'],
    ['Published Monday, October 9, 2019 10:32 GMT', '2019-10-09'],
    ['Published: Mon, Oct 9, 2019', '2019-10-09'],
    ['Posted on 17 Sep 2018', '2018-09-17'],
    ['Posted on September 17, 2018 at 3:15 pm EST', '2018-09-17'],
    ['Date: 2016-02-11', '2016-02-11'],
    ['Thursday, February 11, 2016', '2016-02-11'],
    ['February 11, 2016 | 10:32', '2016-02-11'],
    ['February 11, 2016 - 10:32 UTC+3', '2016-02-11'],
    ['10:32 GMT, 9 October 2019', '2019-10-09'],
    ['February 29, 2016', '2016-02-29'],
    ['  February 11, 2016.  ', '2016-02-11'],
    ['June 17, 2020 / 3:15 PM IST', '2020-06-17'],
    ['17 Sep 2018 | 19:05 MSK', '2018-09-17'],
    ['Published Friday 10 March 2023 14:32 GMT', '2023-03-10'],
    ['7/14/2015', '2015-07-14'],
    ['· Sept. 15, 2020, 7:30 p.m. ET', '2020-09-15'],
    ['By Global Affairs Daily staff · Sept. 15, 2020, 7:30 p.m. ET', '2020-09-15'],
    ['By Jane Doe | February 11, 2016', '2016-02-11'],
    ['Tuesday, 10 November 2020', '2020-11-10'],
  ];
  it.each(valid)('%j → %s', (line, expected) => {
    expect(parseDateLine(line)).toBe(expected);
  });

  const invalid: readonly string[] = [
    '',
    'February 30, 2016',
    'February 29, 2015',
    'April 31, 2016',
    '31 June 2016',
    '13/13/2016',
    '0/12/2016',
    '2016-13-01',
    '2016-02-00',
    '32.01.2016',
    '2/1/14',
    'February 2016',
    '11 February',
    '2016',
    'Today',
    'Yesterday, 10:32',
    'Updated',
    'Published by John Smith',
    'Ju 11, 2016',
    'Mayo 11, 2016',
    'February 11, 2016 Russia and the US met in Munich',
    'On February 11, 2016, foreign ministers met in Munich.',
    'Top diplomats to meet in Munich over Syria',
    '10 DAYS LEFT UNTIL THE END OF SEPTEMBER',
    '2,500 $',
    'February 11, 1850',
    'By Jane Doe',
    'By 2016 the war had spread | February 11, 2016',
    'June 17, 2020 / Ladakh',
  ];
  it.each(invalid)('%j → null', (line) => {
    expect(parseDateLine(line)).toBeNull();
  });
});

describe('isoDate', () => {
  const cases: readonly (readonly [number, number, number, string | null])[] = [
    [2016, 2, 29, '2016-02-29'],
    [2000, 2, 29, '2000-02-29'],
    [1900, 2, 29, null],
    [2016, 2, 30, null],
    [2016, 0, 1, null],
    [2016, 12, 31, '2016-12-31'],
  ];
  it.each(cases)('%d-%d-%d → %s', (year, month, day, expected) => {
    expect(isoDate(year, month, day)).toBe(expected);
  });
});
