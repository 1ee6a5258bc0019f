import { describe, expect, it } from 'vitest';
import { brief, events } from '../../../test/support.js';

/** Coordinated subjects: sentence → events. */
const CASES: readonly (readonly [string, readonly string[]])[] = [
  ['Russia and China condemned Iran.', ['RUS 111 IRN', 'CHN 111 IRN']],
  // A serial comma before the joiner, and modifiers on each.
  [
    'Tiny Qatar, the mighty China, and rich Norway condemned Iran.',
    ['QAT 111 IRN', 'CHN 111 IRN', 'NOR 111 IRN'],
  ],
  // "Neither … nor": each is a subject, and none of them did it.
  ['Neither Russia nor China condemned Iran.', ['RUS 111 IRN [negated]', 'CHN 111 IRN [negated]']],
  // A capitalised first word that no dictionary knows does not hide the name after it.
  ['Evil Russia condemned Iran.', ['RUS 111 IRN']],
];

describe('coordinated subjects', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(events(text).map(brief)).toEqual(expected);
  });
});
