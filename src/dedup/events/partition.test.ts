import { describe, expect, it } from 'vitest';
import { partition, periodOf } from './partition.js';
import type { PartitionInput } from './partition.js';
import type { DatePrecision } from '../../time/index.js';

/** `id article date/precision @country`: "m1 a1 2016-02-11/day @DEU". */
function m(spec: string): PartitionInput {
  const [id = '', articleId = '', when = '', at] = spec.split(' ');
  const [date, precision] = when === '-' ? [null, null] : when.split('/');
  return {
    id,
    articleId,
    date: date ?? null,
    precision: (precision as DatePrecision | undefined) ?? null,
    country: at === undefined ? null : at.slice(1),
  };
}

describe('periodOf', () => {
  it.each([
    ['2016-02-11', 'day', ['2016-02-11', '2016-02-11']],
    ['2016-02-08', 'week', ['2016-02-08', '2016-02-14']],
    ['2015-12-28', 'week', ['2015-12-28', '2016-01-03']],
    ['2016-02', 'month', ['2016-02-01', '2016-02-29']],
    ['2015-02', 'month', ['2015-02-01', '2015-02-28']],
    ['2016', 'year', ['2016-01-01', '2016-12-31']],
  ] as const)('%s at %s precision', (date, precision, expected) => {
    expect(periodOf(date, precision)).toEqual(expected);
  });
});

describe('partition', () => {
  it.each([
    ['one day is one event', ['m1 a1 2016-02-11/day', 'm2 a2 2016-02-11/day'], [['m1', 'm2']]],
    ['two days are two events', ['m1 a1 2016-02-11/day', 'm2 a2 2016-02-13/day'], [['m1'], ['m2']]],
    [
      'a week mention joins the day inside its week',
      ['m1 a1 2016-02-11/day', 'm2 a2 2016-02-08/week'],
      [['m1', 'm2']],
    ],
    [
      'a month mention joins the day with most day mentions',
      [
        'm1 a1 2016-02-03/day',
        'm2 a2 2016-02-20/day',
        'm3 a3 2016-02-20/day',
        'm4 a4 2016-02/month',
      ],
      [['m1'], ['m2', 'm3', 'm4']],
    ],
    [
      'ties go to the earliest day',
      ['m1 a1 2016-02-20/day', 'm2 a2 2016-02-03/day', 'm4 a4 2016-02/month'],
      [['m1'], ['m2', 'm4']],
    ],
    [
      'coarse mentions never chain two days into one event',
      ['m1 a1 2016-02-03/day', 'm2 a2 2016-02-20/day', 'm3 a3 2016-02/month', 'm4 a4 2016/year'],
      [['m1', 'm3', 'm4'], ['m2']],
    ],
    [
      'a coarse mention outside every day-event is an event of its period',
      ['m1 a1 2016-02-11/day', 'm2 a2 2016-03/month', 'm3 a3 2016-03/month'],
      [['m1'], ['m2', 'm3']],
    ],
    [
      'places in two countries on one day are two events; the unplaced join the larger',
      [
        'm1 a1 2016-02-11/day @DEU',
        'm2 a2 2016-02-11/day @DEU',
        'm3 a3 2016-02-11/day @CHE',
        'm4 a4 2016-02-11/day',
      ],
      [['m1', 'm2', 'm4'], ['m3']],
    ],
    [
      'a coarse mention joins only a day whose place agrees',
      [
        'm1 a1 2016-02-11/day @DEU',
        'm2 a2 2016-02-15/day @CHE',
        'm3 a3 2016-02-11/day @DEU',
        'm4 a4 2016-02/month @CHE',
      ],
      [
        ['m1', 'm3'],
        ['m2', 'm4'],
      ],
    ],
    [
      'undated mentions are one event per article',
      ['m1 a1 -', 'm2 a1 -', 'm3 a2 -', 'm4 a2 2016-02-11/day'],
      [['m1', 'm2'], ['m3'], ['m4']],
    ],
  ])('%s', (_, specs, expected) => {
    expect(partition(specs.map(m))).toEqual(expected);
  });

  it('does not depend on the order the mentions arrive in', () => {
    const specs = [
      'm1 a1 2016-02-03/day',
      'm2 a2 2016-02-20/day @DEU',
      'm3 a3 2016-02-20/day',
      'm4 a4 2016-02/month',
      'm5 a5 2016-02-15/week @CHE',
      'm6 a6 2016-02-20/day @CHE',
      'm7 a7 -',
    ];
    const expected = partition(specs.map(m));
    for (let shift = 1; shift < specs.length; shift++) {
      const turned = [...specs.slice(shift), ...specs.slice(0, shift)].reverse();
      expect(partition(turned.map(m))).toEqual(expected);
    }
  });
});
