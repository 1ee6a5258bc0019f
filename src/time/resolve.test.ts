import { describe, expect, it } from 'vitest';
import { sentence } from '../../test/support.js';
import { findDateExpressions } from './expressions.js';
import { resolveMeaning } from './resolve.js';
import type { Tense } from '../events/index.js';

/** The first date expression of `text`, resolved on `reference` in `tense`: "date precision" or "-". */
function resolved(text: string, reference: string | null, tense: Tense): string {
  const [e] = findDateExpressions(sentence(text).tokens);
  if (!e) return 'no expression';
  const r = resolveMeaning(e.meaning, reference, tense);
  return r ? `${r.date} ${r.precision}` : '-';
}

// 2016-02-12 is a Friday; 2017-01-02 a Monday; 2016-02-29 a leap day (Monday).
describe('resolveMeaning', () => {
  it.each([
    // Bare weekdays in the past: the latest such day on or before the report.
    ['Kerry met Lavrov on Friday.', '2016-02-12', 'past', '2016-02-12 day'],
    ['Kerry met Lavrov on Thursday.', '2016-02-12', 'past', '2016-02-11 day'],
    ['Kerry met Lavrov on Saturday.', '2016-02-12', 'past', '2016-02-06 day'],
    ['Kerry met Lavrov on Monday.', '2016-02-12', 'past', '2016-02-08 day'],
    // …across a month and a year boundary.
    ['Kerry met Lavrov on Friday.', '2017-01-02', 'past', '2016-12-30 day'],
    ['Kerry met Lavrov on Sunday.', '2016-03-01', 'past', '2016-02-28 day'],
    // Parts of a day are that day.
    ['Rebels attacked late Friday.', '2016-02-13', 'past', '2016-02-12 day'],
    ['Rebels attacked on Friday night.', '2016-02-13', 'past', '2016-02-12 day'],
    ['Rebels attacked early Sunday.', '2016-02-15', 'past', '2016-02-14 day'],
    ["Friday's talks ended without a deal.", '2016-02-13', 'past', '2016-02-12 day'],
    // In the future: the next such day after the report.
    ['Kerry will meet Lavrov on Monday.', '2016-02-12', 'future', '2016-02-15 day'],
    ['Kerry will meet Lavrov on Friday.', '2016-02-12', 'future', '2016-02-19 day'],
    ['Kerry is set to meet Lavrov on Tuesday.', '2016-12-30', 'future', '2017-01-03 day'],
    ['Kerry is set to meet Lavrov later on Friday.', '2016-02-12', 'future', '2016-02-12 day'],
    ['Leaders will hold a summit on Friday evening.', '2016-02-12', 'future', '2016-02-12 day'],
    // In the present (headlines): the nearest one.
    ['Kerry meets Lavrov on Monday.', '2016-02-12', 'present', '2016-02-15 day'],
    ['Kerry meets Lavrov on Wednesday.', '2016-02-12', 'present', '2016-02-10 day'],
    // "last" and "next" weekdays.
    ['Kerry met Lavrov last Friday.', '2016-02-12', 'past', '2016-02-05 day'],
    ['Kerry will meet Lavrov next Friday.', '2016-02-10', 'future', '2016-02-12 day'],
    // Days relative to the report.
    ['Kerry met Lavrov yesterday.', '2016-03-01', 'past', '2016-02-29 day'],
    ['Kerry met Lavrov today.', '2016-02-12', 'past', '2016-02-12 day'],
    ['Rebels attacked last night.', '2017-01-01', 'past', '2016-12-31 day'],
    ['Kerry will meet Lavrov tomorrow.', '2016-12-31', 'future', '2017-01-01 day'],
    ['Kerry met Lavrov this morning.', '2016-02-12', 'past', '2016-02-12 day'],
    ['Kerry met Lavrov three days ago.', '2016-03-02', 'past', '2016-02-28 day'],
    // Weeks are given by their Monday.
    ['Kerry met Lavrov last week.', '2016-02-12', 'past', '2016-02-01 week'],
    ['Kerry met Lavrov earlier this week.', '2016-02-12', 'past', '2016-02-08 week'],
    ['Kerry will meet Lavrov next week.', '2016-12-28', 'future', '2017-01-02 week'],
    ['Kerry met Lavrov two weeks ago.', '2016-02-12', 'past', '2016-01-25 week'],
    ['Kerry met Lavrov last weekend.', '2016-02-15', 'past', '2016-02-08 week'],
    // Months.
    ['Kerry met Lavrov last month.', '2016-01-12', 'past', '2015-12 month'],
    ['Kerry met Lavrov earlier this month.', '2016-02-12', 'past', '2016-02 month'],
    ['Kerry met Lavrov in March.', '2016-02-12', 'past', '2015-03 month'],
    ['Kerry met Lavrov in February.', '2016-02-12', 'past', '2016-02 month'],
    ['Kerry will meet Lavrov in March.', '2016-02-12', 'future', '2016-03 month'],
    ['Kerry will meet Lavrov in January.', '2016-02-12', 'future', '2017-01 month'],
    ['Kerry met Lavrov in March 2014.', null, 'past', '2014-03 month'],
    // Month and day without a year: the latest past occurrence (next in the future).
    ['Kerry met Lavrov on Feb. 10.', '2016-02-12', 'past', '2016-02-10 day'],
    ['Kerry met Lavrov on Dec. 30.', '2017-01-03', 'past', '2016-12-30 day'],
    ['Kerry met Lavrov on September 7.', '2016-02-12', 'past', '2015-09-07 day'],
    ['Kerry will meet Lavrov on Jan. 5.', '2016-12-20', 'future', '2017-01-05 day'],
    ['Kerry met Lavrov on 10 February.', '2016-02-12', 'past', '2016-02-10 day'],
    // Leap days.
    ['Kerry met Lavrov on Feb. 29.', '2016-03-02', 'past', '2016-02-29 day'],
    ['Kerry met Lavrov on Feb. 29.', '2017-03-02', 'past', '2016-02-29 day'],
    ['Kerry met Lavrov on Feb. 28.', '2017-03-02', 'past', '2017-02-28 day'],
    // Explicit dates need no reference.
    ['Kerry met Lavrov on Feb. 10, 2016.', null, 'past', '2016-02-10 day'],
    ['Kerry met Lavrov on 10 February 2016.', null, 'past', '2016-02-10 day'],
    ['Kerry met Lavrov on February 10th, 2016.', null, 'past', '2016-02-10 day'],
    ['Kerry met Lavrov on 2016-02-10.', null, 'past', '2016-02-10 day'],
    ['Kerry met Lavrov in 2015.', null, 'past', '2015 year'],
    // Years.
    ['Kerry met Lavrov last year.', '2016-02-12', 'past', '2015 year'],
    ['Kerry met Lavrov earlier this year.', '2016-02-12', 'past', '2016 year'],
    // Unknown stays unknown: no reference for a relative date, or a day that does not exist.
    ['Kerry met Lavrov on Friday.', null, 'past', '-'],
    ['Kerry met Lavrov last week.', null, 'past', '-'],
    ['Kerry met Lavrov on Feb. 10.', null, 'past', '-'],
    ['Kerry met Lavrov on Feb. 30, 2016.', null, 'past', '-'],
    // Not dates: a modal, a name, a span up to now.
    ['Kerry may meet Lavrov.', '2016-02-12', 'future', 'no expression'],
    ['Theresa May met Lavrov.', '2016-02-12', 'past', 'no expression'],
    ['Talks have stalled over the past week.', '2016-02-12', 'past', 'no expression'],
    ['Russia has backed Assad since 2011.', '2016-02-12', 'past', 'no expression'],
    ['They signed the Good Friday Agreement.', '2016-02-12', 'past', 'no expression'],
  ] as const)('%s (%s, %s) → %s', (text, reference, tense, expected) => {
    expect(resolved(text, reference, tense)).toBe(expected);
  });
});
