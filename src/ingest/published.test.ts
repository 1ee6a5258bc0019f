import { describe, expect, it } from 'vitest';
import { ParleyError } from '../errors.js';
import { normalizePublished, publishedInstant } from './published.js';

describe('normalizePublished accepts metadata dates', () => {
  const CASES: readonly (readonly [string, string])[] = [
    ['2016-02-11', '2016-02-11'],
    ['  2016-02-11\n', '2016-02-11'],
    ['2020-02-29', '2020-02-29'],
    // Timestamps keep the calendar date as written (the publisher's local date).
    ['2015-02-12T15:40:00Z', '2015-02-12'],
    ['2022-07-22T23:30:00+03:00', '2022-07-22'],
    ['2019-12-10T00:15:00-08:00', '2019-12-10'],
    ['2016-02-11 10:00', '2016-02-11'],
    ['2016-02-11T10:00:00.000Z', '2016-02-11'],
    // PETRARCH's compact form.
    ['20160211', '2016-02-11'],
    ['20000229', '2000-02-29'],
    // RFC 2822 (RSS pubDate).
    ['Thu, 11 Feb 2016 10:00:00 GMT', '2016-02-11'],
    ['Mon, 1 Feb 2016 12:00:00 +0000', '2016-02-01'],
  ];
  it.each(CASES)('%j → %s', (input, expected) => {
    expect(normalizePublished(input, 'date')).toBe(expected);
  });
});

describe('normalizePublished never guesses', () => {
  const CASES: readonly (readonly [string, RegExp])[] = [
    ['2016-13-45', /^invalid --published "2016-13-45" \(no such day\)$/],
    ['2016-02-30', /no such day/],
    ['2015-02-29', /no such day/],
    ['1900-02-29', /no such day/],
    ['20161345', /no such day/],
    ['2016-00-10', /no such day/],
    ['', /^invalid --published "" \(expected YYYY-MM-DD or an ISO 8601 timestamp\)$/],
    ['today', /expected YYYY-MM-DD/],
    ['February 11, 2016', /expected YYYY-MM-DD/],
    ['11/02/2016', /expected YYYY-MM-DD/],
    ['2/1/2014', /expected YYYY-MM-DD/],
    ['2016-2-11', /expected YYYY-MM-DD/],
    ['2016-02-11T', /expected YYYY-MM-DD/],
    ['2016-02-11junk', /expected YYYY-MM-DD/],
    ['1455148800', /expected YYYY-MM-DD/],
    ['201602110', /expected YYYY-MM-DD/],
  ];
  it.each(CASES)('%j', (input, message) => {
    expect(() => normalizePublished(input, '--published')).toThrow(ParleyError);
    expect(() => normalizePublished(input, '--published')).toThrow(message);
  });

  it('names the field in the message', () => {
    expect(() => normalizePublished('soon', '"published" value')).toThrow(
      'invalid "published" value "soon"',
    );
  });

  it('refuses an impossible RFC 2822 day instead of rolling it over', () => {
    expect(() => normalizePublished('Thu, 31 Feb 2016', 'x')).toThrow(
      'invalid x "Thu, 31 Feb 2016" (no such day)',
    );
  });

  it('keeps an RFC 2822 timestamp on the calendar date as written, like ISO', () => {
    expect(normalizePublished('Fri, 12 Feb 2016 01:30:00 +0300', 'x')).toBe('2016-02-12');
    expect(normalizePublished('2016-02-12T01:30:00+03:00', 'x')).toBe('2016-02-12');
  });
});

describe('publishedInstant keeps a timestamp with its offset', () => {
  const CASES: readonly (readonly [string, string | null])[] = [
    ['2022-07-22T23:30:00+03:00', '2022-07-22T23:30:00+03:00'],
    ['2015-02-12T15:40:00Z', '2015-02-12T15:40:00+00:00'],
    ['2016-02-11T10:00:00.000Z', '2016-02-11T10:00:00+00:00'],
    ['2019-12-10T00:15-0800', '2019-12-10T00:15:00-08:00'],
    ['Thu, 11 Feb 2016 10:00:00 GMT', '2016-02-11T10:00:00+00:00'],
    ['Fri, 12 Feb 2016 01:30:00 +0300', '2016-02-12T01:30:00+03:00'],
    // no offset, or no time: the instant is unknown
    ['2016-02-11 10:00', null],
    ['2016-02-11T10:00:00', null],
    ['2016-02-11', null],
    ['20160211', null],
    ['Mon, 1 Feb 2016', null],
  ];
  it.each(CASES)('%j → %s', (input, expected) => {
    expect(publishedInstant(input)).toBe(expected);
  });
});
