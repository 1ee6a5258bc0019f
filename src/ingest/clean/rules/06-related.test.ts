import { describe, it, expect } from 'vitest';
import { toUnits } from '../units.js';
import { related, relatedLists } from './06-related.js';

describe('related', () => {
  const cases: readonly (readonly [string, 'related' | null])[] = [
    ['Related', 'related'],
    ['Read more: Russia and Turkey agree on Idlib zone', 'related'],
    ['READ MORE: Kerry meets Lavrov', 'related'],
    ['See also', 'related'],
    ['Related articles', 'related'],
    ['You may also like', 'related'],
    ['Most read', 'related'],
    ['More from DW', 'related'],
    ['Related Stories', 'related'],
    ['Related:', 'related'],
    ['Read more:', 'related'],
    ['Also Read: Ladakh standoff: a timeline of recent tensions', 'related'],
    ['More from Gulf Monitor', 'related'],
    ['> Read more: Kerry meets Lavrov', 'related'],
    ['http://factsmaps.com/wp-content/uploads/2018/01/debt.png', 'related'],
    ['www.example.org/news/syria', 'related'],
    ['Related talks in Vienna have stalled since January, officials said.', null],
    ['Trending down, the lira lost a third of its value.', null],
    ['Recommended measures include a ceasefire and aid access.', null],
    ['See the full statement at www.example.org for details.', null],
  ];
  it.each(cases)('%j → %s', (line, expected) => {
    expect(related(line)).toBe(expected);
  });
});

describe('relatedLists', () => {
  const paragraph = 'The ministers met in Munich on Thursday to discuss a ceasefire in Syria.';
  const cases: readonly (readonly [string, readonly string[], readonly number[]])[] = [
    [
      'the headlines below a label, whatever their punctuation',
      [
        paragraph,
        '',
        'Read more:',
        "> Trump's Syria pullback leaves Kurdish allies exposed",
        '> Who are the Syrian Democratic Forces?',
        '- Deadline extended again as Vienna talks drag on.',
        '',
        paragraph,
      ],
      [1, 2, 3, 4],
    ],
    ['a teaser alone', [paragraph, '', 'Also Read: Ladakh standoff', '', paragraph], [1]],
    [
      'a long line ends the list',
      [paragraph, '', 'Related', '• Markets slip', paragraph.repeat(2), '', paragraph],
      [1, 2],
    ],
    [
      'no list on a page without blank lines between paragraphs',
      ['Related', paragraph, paragraph, paragraph],
      [0],
    ],
  ];
  it.each(cases)('%s', (_name, lines, expected) => {
    expect([...relatedLists(toUnits(lines.join('\n'), false))]).toEqual(expected);
  });
});
