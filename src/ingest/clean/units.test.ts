import { describe, it, expect } from 'vitest';
import { splitLines, toUnits, wrapWidth } from './units.js';

const WRAPPED = [
  'Moscow is now proposing a truce to start on March 1, according to US',
  'officials. However Washington is pushing for an immediate ceasefire,',
  'with many analysts predicting heavy losses.',
  '',
  'Kerry is set to meet the UN envoy later on Thursday, officials said in a',
  'statement released in Munich.',
].join('\n');

describe('splitLines', () => {
  it('splits on LF, CRLF and CR and drops a byte-order mark', () => {
    expect(splitLines('\uFEFFa\r\nb\rc\nd')).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('wrapWidth', () => {
  const cases: readonly (readonly [string, readonly string[], number | null])[] = [
    ['hard-wrapped prose', WRAPPED.split('\n'), 72],
    ['one paragraph per line', ['A'.repeat(50) + ' ' + 'b'.repeat(80), 'Short line'], null],
    ['short lines only', ['Subscribe', 'Notify of', 'guest'], null],
    ['wide lines but none followed by another', ['x '.repeat(30), '', 'y '.repeat(30)], null],
    [
      'short paragraphs one per line, each a sentence',
      [
        'Explosions were heard before dawn in Kyiv, Kharkiv and Odesa as missiles hit …',
        'In a televised address, Putin said Russia did not plan to occupy Ukraine.',
        'Ukrainian President Volodymyr Zelensky declared martial law on Thursday.',
      ],
      null,
    ],
  ];
  it.each(cases)('%s', (_name, lines, expected) => {
    expect(wrapWidth(lines)).toBe(expected);
  });
});

describe('toUnits', () => {
  it('keeps one unit per non-blank line when the page is not wrapped', () => {
    const units = toUnits('Title here\n\n  First paragraph.  \nSecond line.\n', true);
    expect(units.map((u) => [u.lines, u.text])).toEqual([
      [[1], 'Title here'],
      [[3], 'First paragraph.'],
      [[4], 'Second line.'],
    ]);
  });

  it('joins hard-wrapped lines into one unit', () => {
    const units = toUnits(WRAPPED, true);
    expect(units.map((u) => u.lines)).toEqual([
      [1, 2, 3],
      [5, 6],
    ]);
    expect(units[0]?.text).toBe(
      'Moscow is now proposing a truce to start on March 1, according to US officials. However Washington is pushing for an immediate ceasefire, with many analysts predicting heavy losses.',
    );
  });

  it.each([
    [
      'a lower-case continuation',
      ['Russia accused Turkey of shelling towns on Thursday, the', 'foreign ministry said.'],
      1,
    ],
    [
      'a dateline and its agency credit',
      ['MOSCOW, Feb 11', '(Reuters) - Russia accused Turkey.'],
      1,
    ],
    ['a finished sentence and a new one', ['Russia met Turkey.', 'the talks went on.'], 2],
    ['a headline and the lead', ['Russia says talks will go on', 'Russia accused Turkey.'], 2],
    ['a list item', ['Related:', '- more on the talks'], 2],
  ] as const)('joins lines that carry on a sentence on any page: %s', (_name, lines, units) => {
    expect(toUnits(lines.join('\n'), true)).toHaveLength(units);
  });

  it('does not join when unwrapping is off', () => {
    expect(toUnits(WRAPPED, false)).toHaveLength(5);
  });

  it('joins a word hyphenated at the line end without a space', () => {
    const text = [
      'The foreign ministers of seventeen nations met for an inter-',
      'national conference on the war in Syria and agreed on a new plan',
      'for humanitarian access.',
    ].join('\n');
    expect(toUnits(text, true)[0]?.text).toContain('inter-national');
  });

  it('starts a new unit at a bullet even inside a wrapped block', () => {
    const text = [
      'The ministers agreed on the following points after a long meeting in',
      'the Bavarian capital on Thursday night, officials said afterwards:',
      '• a truce within one week of the meeting in Munich',
    ].join('\n');
    expect(toUnits(text, true).map((u) => u.lines)).toEqual([[1, 2], [3]]);
  });

  it('does not join a date line to a long headline above it', () => {
    const text = [
      'Top diplomats from seventeen nations are to meet in Munich over the Syrian war',
      'February 11, 2016',
      '',
      'Foreign ministers from 17 nations are gathering in Munich for a planned',
      'peace conference hosted by the US and Russia, officials said on Thursday.',
    ].join('\n');
    expect(toUnits(text, true).map((u) => u.lines)).toEqual([[1], [2], [4, 5]]);
  });
});
