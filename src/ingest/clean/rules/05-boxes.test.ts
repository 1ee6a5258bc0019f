import { describe, it, expect } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings.js';
import type { RemovalReason } from '../types.js';
import { toUnits } from '../units.js';
import { boxes, isAdCopy } from './05-boxes.js';

const P = 'The ministers met in Munich on Thursday to discuss a ceasefire in Syria.';

/** Runs the boxes pass; lines given as [text, earlier verdict], '' for a blank line. */
function run(lines: readonly (readonly [string, RemovalReason | null])[]) {
  const units = toUnits(lines.map(([text]) => text).join('\n'), false);
  const verdicts = lines.filter(([text]) => text !== '').map(([, v]) => v);
  return boxes({ units, verdicts, settings: DEFAULT_SETTINGS });
}

describe('boxes', () => {
  const cases: readonly (readonly [
    string,
    readonly (readonly [string, RemovalReason | null])[],
    readonly (RemovalReason | null)[],
  ])[] = [
    [
      'a newsletter blurb below its title',
      [
        [P, null],
        ['', null],
        ['Subscribe to our newsletter', 'subscribe'],
        ["Sign up for the Gulf Monitor briefing: the region's top stories, delivered daily.", null],
        ['', null],
        [P, null],
      ],
      [null, null, 'subscribe', null],
    ],
    [
      'a donation banner with its appeal',
      [
        ['$7,300', 'pledge'],
        ['12 DAYS LEFT IN OUR SUMMER FUND DRIVE', 'pledge'],
        ['Independent reporting depends on readers like you. Donate now.', null],
        ['', null],
        [P, null],
        ['', null],
        [P, null],
      ],
      [null, null, 'pledge', null, null],
    ],
    [
      'a paragraph after a blank line is not a blurb',
      [
        ['Subscribe', 'subscribe'],
        ['', null],
        [P, null],
        ['', null],
        [P, null],
      ],
      [null, null, null],
    ],
    [
      'ad copy right after an ad label; news after an ad label stays',
      [
        [P, null],
        ['Advertisement', 'advertisement'],
        ['Fly to 120 destinations across Europe. Book now and save 20%.', null],
        [P, null],
        ['Advertisement', 'advertisement'],
        [P, null],
      ],
      [null, null, 'advertisement', null, null, null],
    ],
  ];
  it.each(cases)('%s', (_name, lines, expected) => {
    expect(run(lines)).toEqual(expected);
  });
});

describe('isAdCopy', () => {
  const cases: readonly (readonly [string, boolean])[] = [
    ['Winter sale: up to 40% off rail passes across Europe.', true],
    ['Learn a language in three months. Try it free.', true],
    ['Open a trading account in minutes. Capital at risk.', true],
    ['Support independent journalism. Donate to Global Affairs Daily today.', true],
    ['North Korea did not immediately comment on the outcome.', false],
    ['Prices rose 40% after the talks, traders said.', false],
  ];
  it.each(cases)('%j → %s', (line, expected) => {
    expect(isAdCopy(line)).toBe(expected);
  });
});
