import { describe, it, expect } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings.js';
import type { RemovalReason } from '../types.js';
import { toUnits } from '../units.js';
import { headingOrCaption, isTitle, layout } from './13-layout.js';

/** Runs the layout pass; lines given as [text, earlier verdict]. */
function run(lines: readonly (readonly [string, RemovalReason | null])[]) {
  const units = toUnits(lines.map(([text]) => text).join('\n\n'), false);
  return layout({ units, verdicts: lines.map(([, v]) => v), settings: DEFAULT_SETTINGS });
}

describe('layout', () => {
  const cases: readonly (readonly [
    string,
    readonly (readonly [string, RemovalReason | null])[],
    readonly (RemovalReason | null)[],
  ])[] = [
    [
      'title, heading, caption',
      [
        ['Top diplomats to meet in Munich', null],
        ['Ministers are gathering in Munich.', null],
        ['Syrian market in Aleppo', null],
        ['Image: Reuters', 'credit'],
        ['Last rebel city under siege', null],
        ['The diplomats hope to restart the talks.', null],
      ],
      ['title', null, 'caption', null, 'heading', null],
    ],
    [
      'a label before a heading is a caption; a trailing label too',
      [
        ['Kerry meets Lavrov in Geneva', null],
        ['The two met on Friday.', null],
        ['Map of Russian air strikes', null],
        ["'Great hopes' ahead of the meeting", null],
        ['Kerry said he had great hopes.', null],
        ['Infographic Registered Syrian Refugees', null],
      ],
      ['title', null, 'caption', 'heading', null, 'caption'],
    ],
    [
      'a short slug before the body is not the title',
      [
        ['Syria', null],
        ['Kerry and Lavrov agree to talks', null],
        ['Body text starts here.', null],
      ],
      ['caption', 'title', null],
    ],
    [
      'a photo description before a paragraph is a caption',
      [
        ['Kerry and Lavrov agree to talks', null],
        ['The talks begin.', null],
        ['Lavrov speaks to reporters in Moscow', null],
        ['He said the talks would go on.', null],
      ],
      ['title', null, 'caption', null],
    ],
    [
      'lines ending in a colon stay; quote-led headings are headings',
      [
        ['The Russian news agency TASS reports (source):', null],
        ['“Ready for talks”', null],
        ['Peskov said the talks would continue.', null],
      ],
      [null, 'heading', null],
    ],
    [
      'site names and menus above the headline are not the title',
      [
        ['THE MERIDIAN OBSERVER', 'navigation'],
        ['Gulf Monitor Online', null],
        ['Turkey launches offensive against Kurdish-led forces in northeast Syria', null],
        ['Updated: 9 October 2019', 'date'],
        ['Turkish warplanes pounded Kurdish-held towns on Wednesday.', null],
      ],
      [null, 'caption', 'title', null, null],
    ],
    [
      'no paragraph at all: first fragment is the title',
      [
        ['A headline without a story', null],
        ['Another label', null],
      ],
      ['title', 'caption'],
    ],
  ];
  it.each(cases)('%s', (_name, lines, expected) => {
    expect(run(lines)).toEqual(expected);
  });
});

describe('headingOrCaption', () => {
  const cases: readonly (readonly [string, boolean, RemovalReason])[] = [
    ['Sochi talks', true, 'heading'],
    ['Sochi talks', false, 'caption'],
    ['US President Barack Obama speaks during a press conference in Hangzhou', true, 'caption'],
    ['A subheading that is far too long to be a heading in any article', true, 'caption'],
  ];
  it.each(cases)('%j (paragraph follows: %s) → %s', (text, before, expected) => {
    expect(headingOrCaption(text, before, 12)).toBe(expected);
  });
});

describe('isTitle', () => {
  const cases: readonly (readonly [string, boolean])[] = [
    ['Turkey launches offensive against Kurdish-led forces in northeast Syria', true],
    ['Russia: no basis for dramatic statements after Lavrov, Kerry meeting', true],
    ['Situation In Syria’s Idlib Requires High-Level Talks: Kremlin', true],
    ['THE MERIDIAN OBSERVER', false],
    ['RUSSIA INVADES UKRAINE AT DAWN', false],
    ['Gulf Monitor Online', false],
    ['World  |  Middle East  |  Europe  |  Comment', false],
    ['≡ Menu   Latest   Middle East   Asia', false],
    ['• Markets slip as border tensions weigh on sentiment', false],
    ['Home › World › Middle East › Syria', false],
  ];
  it.each(cases)('%j → %s', (line, expected) => {
    expect(isTitle(line)).toBe(expected);
  });
});
