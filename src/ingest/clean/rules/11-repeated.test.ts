import { describe, it, expect } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings.js';
import { toUnits } from '../units.js';
import { repeated } from './11-repeated.js';

function run(lines: readonly string[]): readonly (string | null)[] {
  const units = toUnits(lines.join('\n\n'), false);
  return repeated({ units, verdicts: units.map(() => null), settings: DEFAULT_SETTINGS });
}

const CAPTION = 'UN chief Ban Ki-moon addresses the Security Conference in Munich.';
const LONG = `${'The ministers agreed that the talks should resume soon '.repeat(4)}in Geneva.`;

describe('repeated', () => {
  const cases: readonly (readonly [string, readonly string[], readonly (string | null)[]])[] = [
    ['no repeats', ['A headline', 'A paragraph.'], [null, null]],
    [
      'a caption shown three times, once with a bullet',
      [CAPTION, 'ASSOCIATED PRESS', `• ${CAPTION}`, CAPTION, 'Body text.'],
      ['repeated', null, 'repeated', 'repeated', null],
    ],
    [
      'a headline repeated with another apostrophe',
      ['Situation In Syria’s Idlib', 'Support us', "Situation In Syria's Idlib", 'Body.'],
      [null, null, 'repeated', null],
    ],
    ['a long paragraph quoted again', [LONG, 'Other.', LONG], [null, null, 'repeated']],
  ];
  it.each(cases)('%s', (_name, lines, expected) => {
    expect(run(lines)).toEqual(expected);
  });
});
