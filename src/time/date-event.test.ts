import { describe, expect, it } from 'vitest';
import { brief, events, sentence } from '../../test/support.js';
import { dateEvent } from './date-event.js';
import { findDateExpressions } from './expressions.js';

/** Every event of `text` on `published`: `SOURCE CAMEO TARGET @ date precision source "text"`. */
function dated(text: string, published: string | null): string[] {
  const s = sentence(text);
  const found = findDateExpressions(s.tokens);
  return events(text).map((e) => {
    const d = dateEvent(s, found, e.anchor, published);
    return `${brief(e)} @ ${d.date ?? '-'} ${d.precision ?? '-'} ${d.source}${d.text ? ` "${d.text}"` : ''}`;
  });
}

// 2016-02-12 is a Friday.
describe('dateEvent', () => {
  it.each([
    // The expression of the event's own clause, not of a relative clause.
    [
      'Kerry, who arrived in Geneva on Sunday, met Lavrov on Monday.',
      ['USA 040 RUSGOV @ 2016-02-08 day sentence "Monday"'],
    ],
    [
      'Iran, which signed the deal on July 14, accused the United States on Tuesday of violating it.',
      [
        'IRN 057 - @ 2015-07-14 day sentence "July 14"',
        'IRN 1123 USA @ 2016-02-09 day sentence "Tuesday"',
      ],
    ],
    // Before the verb: at the start of the sentence or between subject and verb.
    [
      'On Friday, Kerry met Lavrov in Munich.',
      ['USA 040 RUSGOV @ 2016-02-12 day sentence "Friday"'],
    ],
    ['Russia on Thursday accused Turkey.', ['RUS 112 TUR @ 2016-02-11 day sentence "Thursday"']],
    // The future tense looks ahead.
    [
      'Kerry will meet Lavrov on Monday.',
      ['USA 036 RUSGOV [intent] @ 2016-02-15 day sentence "Monday"'],
    ],
    // The report's date when the event's own clause has none.
    [
      'Russia accused Turkey of shooting down its jet, the Kremlin said on Wednesday.',
      ['RUS 1123 TUR @ 2016-02-10 day sentence "Wednesday"'],
    ],
    // …or of the clause around it, or of the verb it shares a subject with.
    [
      'Saudi Arabia cut ties with Qatar last week, accusing Doha of backing terrorism.',
      [
        'SAU 161 QAT @ 2016-02-01 week sentence "last week"',
        'SAU 112 QATGOV @ 2016-02-01 week sentence "last week"',
      ],
    ],
    [
      'Trump withdrew from the deal on May 8 and imposed sanctions on Iran.',
      [
        'USAGOV 127 - @ 2015-05-08 day sentence "May 8"',
        'USAGOV 163 IRN @ 2015-05-08 day sentence "May 8"',
      ],
    ],
    // A past tense catenative is past: "attempted to" is not "plans to".
    [
      'Soldiers attempted to overthrow President Erdogan late Friday.',
      ['MIL 137 TURGOV [intent] @ 2016-02-12 day sentence "late Friday"'],
    ],
    // No expression: the publication date.
    ['Kerry met Lavrov in Munich.', ['USA 040 RUSGOV @ 2016-02-12 day publication']],
  ])('%s', (text, expected) => expect(dated(text, '2016-02-12')).toEqual(expected));

  it('keeps an expression it cannot resolve, and invents no date', () => {
    expect(dated('Kerry met Lavrov on Monday.', null)).toEqual([
      'USA 040 RUSGOV @ - - sentence "Monday"',
    ]);
    expect(dated('Kerry met Lavrov in Munich.', null)).toEqual(['USA 040 RUSGOV @ - - none']);
  });
});
