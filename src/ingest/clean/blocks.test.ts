import { describe, it, expect } from 'vitest';
import { blockIds, separatesParagraphs } from './blocks.js';
import { toUnits } from './units.js';

const P = 'The ministers met in Munich on Thursday to discuss a ceasefire.';

describe('blockIds', () => {
  const cases: readonly (readonly [string, readonly string[], readonly number[]])[] = [
    [
      'blank lines separate blocks',
      ['Levant Wire', 'Home | World', '', 'Headline here', '', P, '', P],
      [0, 0, 1, 2, 3],
    ],
    [
      'a box of three lines',
      [P, '', 'Subscribe', 'Sign up now.', 'Enter email', '', P],
      [0, 1, 1, 1, 2],
    ],
    ['no blank lines: every unit is its own block', ['Advertisement', P, P, P], [0, 1, 2, 3]],
    ['an empty page', [], []],
  ];
  it.each(cases)('%s', (_name, lines, expected) => {
    expect(blockIds(toUnits(lines.join('\n'), false))).toEqual(expected);
  });
});

describe('separatesParagraphs', () => {
  const cases: readonly (readonly [string, readonly string[], boolean])[] = [
    ['paragraphs between blank lines', [P, '', P, '', P], true],
    ['one paragraph per line', [P, P, P, '', P], false],
    ['no paragraph at all', ['Menu', 'Home'], false],
  ];
  it.each(cases)('%s', (_name, lines, expected) => {
    expect(separatesParagraphs(toUnits(lines.join('\n'), false))).toBe(expected);
  });
});
