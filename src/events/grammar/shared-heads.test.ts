import { describe, expect, it } from 'vitest';
import { brief, events } from '../../../test/support.js';

/** Coordinated actors that share a head: sentence → events. */
const CASES: readonly (readonly [string, readonly string[]])[] = [
  // One head over coordinated countries (the actor stage joins only the first).
  [
    'The ambassadors of France, Germany and Italy met the Iranian president.',
    ['FRAGOV 040 IRNGOV', 'DEUGOV 040 IRNGOV', 'ITAGOV 040 IRNGOV'],
  ],
  ['Lawmakers in France and Germany condemned Iran.', ['FRALEG 111 IRN', 'DEULEG 111 IRN']],
  // Coordinated heads over coordinated countries: each with each.
  [
    'Lawmakers and officials in France and Germany condemned Iran.',
    ['FRALEG 111 IRN', 'FRAGOV 111 IRN', 'DEULEG 111 IRN', 'DEUGOV 111 IRN'],
  ],
  ['Soldiers from Russia attacked Ukraine.', ['RUSMIL 190 UKR']],
  // After a verb, "from" may be where they left: "peacekeepers" stay unplaced.
  ['Russia withdrew peacekeepers from Georgia.', ['RUS 1661 GEO']],
  // A country's sector coordinated with another sector is left to the actor stage.
  ['Russian troops and police attacked protesters.', ['RUSMIL 190 OPP', 'COP 190 OPP']],
];

describe('a head shared by coordinated countries', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(events(text).map(brief)).toEqual(expected);
  });
});
