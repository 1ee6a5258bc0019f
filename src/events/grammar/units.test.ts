import { describe, expect, it } from 'vitest';
import { brief, events } from '../../../test/support.js';

/** Phrase units: sentence → events. */
const CASES: readonly (readonly [string, readonly string[]])[] = [
  // A word of a known name that the tagger reads as a verb is part of the name.
  ['Iran accused Human Rights Watch of lying.', ['IRN 112 NGOHRIHRW']],
  ['Sudan expelled Save the Children.', ['SDN 166 NGODEVSCF']],
  ['Save the Children criticized Sudan.', ['NGODEVSCF 111 SDN']],
];

describe('phrase units', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(events(text).map(brief)).toEqual(expected);
  });
});
