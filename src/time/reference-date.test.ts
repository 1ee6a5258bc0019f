import { describe, expect, it } from 'vitest';
import { events, sentence } from '../../test/support.js';
import { dateEvent } from './date-event.js';
import { findDateExpressions } from './expressions.js';
import { referenceDate } from './reference-date.js';

describe('referenceDate: the local date at the dateline', () => {
  it.each([
    // published, publication instant, dateline zone, reference date
    // across midnight: a Thursday evening in UTC is Friday morning in Tokyo
    ['2016-02-11', '2016-02-11T20:00:00+00:00', 'Asia/Tokyo', '2016-02-12'],
    ['2016-02-11', '2016-02-11T14:00:00+00:00', 'Asia/Tokyo', '2016-02-11'],
    // the publisher's offset is kept: 23:30 in Moscow is 05:30 next day in Tokyo
    ['2022-07-22', '2022-07-22T23:30:00+03:00', 'Asia/Tokyo', '2022-07-23'],
    ['2022-07-22', '2022-07-22T23:30:00+03:00', 'Europe/Moscow', '2022-07-22'],
    // year boundary: 31 Dec 23:30Z is 1 Jan in Tokyo
    ['2016-12-31', '2016-12-31T23:30:00+00:00', 'Asia/Tokyo', '2017-01-01'],
    // a leap day reached from the day before, and left for 1 March
    ['2016-02-28', '2016-02-28T18:00:00+00:00', 'Asia/Tokyo', '2016-02-29'],
    ['2016-02-29', '2016-02-29T20:00:00+00:00', 'Australia/Sydney', '2016-03-01'],
    // negative offsets: the story is a day earlier in Washington and Los Angeles
    ['2016-02-12', '2016-02-12T02:00:00+00:00', 'America/New_York', '2016-02-11'],
    ['2016-02-12', '2016-02-12T07:59:00+00:00', 'America/Los_Angeles', '2016-02-11'],
    ['2016-02-12', '2016-02-12T08:00:00+00:00', 'America/Los_Angeles', '2016-02-12'],
    // daylight saving time: 06:30Z on 1 July is 23:30 PDT on 30 June
    ['2016-07-01', '2016-07-01T06:30:00+00:00', 'America/Los_Angeles', '2016-06-30'],
    // no known zone at the dateline, no instant, no date: unchanged
    ['2016-02-11', '2016-02-11T20:00:00+00:00', null, '2016-02-11'],
    ['2016-02-11', null, 'Asia/Tokyo', '2016-02-11'],
    [null, null, 'Asia/Tokyo', null],
  ] as const)('%s at %s in %s → %s', (published, at, zone, expected) => {
    expect(referenceDate(published, at, zone)).toBe(expected);
  });
});

describe('weekdays resolved from the dateline date', () => {
  it.each([
    // sentence, published, instant, zone, event date
    // Thursday 20:00Z is Friday in Tokyo: "on Thursday" is the day before, not the same day
    [
      'Japan met China on Thursday.',
      '2016-02-11',
      '2016-02-11T20:00:00+00:00',
      'Asia/Tokyo',
      '2016-02-11',
    ],
    [
      'Japan met China on Friday.',
      '2016-02-11',
      '2016-02-11T20:00:00+00:00',
      'Asia/Tokyo',
      '2016-02-12',
    ],
    // Friday 02:00Z is Thursday evening in Washington: "on Thursday" is that day
    [
      'Obama met Putin on Thursday.',
      '2016-02-12',
      '2016-02-12T02:00:00+00:00',
      'America/New_York',
      '2016-02-11',
    ],
    // no expression: the publication date as given, not the dateline's
    ['Japan met China.', '2016-02-11', '2016-02-11T20:00:00+00:00', 'Asia/Tokyo', '2016-02-11'],
    // no instant (no offset on the timestamp): from the publication date, as before
    ['Japan met China on Friday.', '2016-02-11', null, 'Asia/Tokyo', '2016-02-05'],
  ] as const)('%s (%s, %s, %s) → %s', (text, published, at, zone, expected) => {
    const s = sentence(text);
    const [e] = events(text);
    if (!e) throw new Error(`no event in ${text}`);
    const reference = referenceDate(published, at, zone);
    const when = dateEvent(s, findDateExpressions(s.tokens), e.anchor, published, reference);
    expect(when.date).toBe(expected);
  });
});
