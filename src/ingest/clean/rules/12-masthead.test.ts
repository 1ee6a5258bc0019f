import { describe, it, expect } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings.js';
import type { RemovalReason } from '../types.js';
import { toUnits } from '../units.js';
import { masthead, namedIn } from './12-masthead.js';

const P = 'The ministers met in Munich on Thursday to discuss a ceasefire in Syria.';

/** Runs the masthead pass; lines given as [text, earlier verdict], '' for a blank line. */
function run(lines: readonly (readonly [string, RemovalReason | null])[]) {
  const units = toUnits(lines.map(([text]) => text).join('\n'), false);
  const verdicts = lines.filter(([text]) => text !== '').map(([, v]) => v);
  return masthead({ units, verdicts, settings: DEFAULT_SETTINGS });
}

describe('masthead', () => {
  const cases: readonly (readonly [
    string,
    readonly (readonly [string, RemovalReason | null])[],
    readonly (RemovalReason | null)[],
  ])[] = [
    [
      'a site name in capitals',
      [
        ['THE MERIDIAN OBSERVER', null],
        ['', null],
        ['Turkey launches offensive in Syria', null],
        ['', null],
        [P, null],
      ],
      ['navigation', null, null],
    ],
    [
      'a site name and menu items next to a menu',
      [
        ['Eastern Dispatch', null],
        ['Menu', 'navigation'],
        ['World', null],
        ['Middle East news', null],
        ['Putin and Erdogan agree Idlib zone', null],
        ['', null],
        [P, null],
        ['', null],
        [P, null],
      ],
      ['navigation', null, 'navigation', 'navigation', null, null, null],
    ],
    [
      'the owner of the copyright footer',
      [
        ['Levant Wire', null],
        ['', null],
        ['Powers agree Syria truce plan', null],
        ['', null],
        [P, null],
        ['', null],
        ['© 2016 Levant Wire. All rights reserved.', 'copyright'],
      ],
      ['navigation', null, null, null],
    ],
    [
      'nothing after the first paragraph',
      [
        [P, null],
        ['', null],
        ['SOUTHFRONT', null],
      ],
      [null, null],
    ],
  ];
  it.each(cases)('%s', (_name, lines, expected) => {
    expect(run(lines)).toEqual(expected);
  });
});

describe('namedIn', () => {
  const footers = ['© 2019 The Meridian Observer. All rights reserved.'];
  it.each([
    ['THE MERIDIAN OBSERVER', true],
    ['Meridian Observer', true],
    ['Meridian', true],
    ['The Observer Weekly', false],
    ['Obs', false],
  ] as const)('%j → %s', (line, expected) => {
    expect(namedIn(line, footers)).toBe(expected);
  });
});
