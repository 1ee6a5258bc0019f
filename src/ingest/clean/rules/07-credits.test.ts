import { describe, it, expect } from 'vitest';
import { credit } from './07-credits.js';

describe('credit', () => {
  const cases: readonly (readonly [string, 'credit' | 'caption' | null])[] = [
    ['Image: Reuters/A. Ismail', 'credit'],
    ['Photo: AP.', 'credit'],
    ['Picture: dpa/picture-alliance', 'credit'],
    ['Ugur Can/DHA via AP', 'credit'],
    ['ASSOCIATED PRESS', 'credit'],
    ['Reuters', 'credit'],
    ['AFP/Getty Images', 'credit'],
    ['(AP Photo)', 'credit'],
    ['Courtesy of Alexander-Shcerback, Tass', 'credit'],
    ['Photo courtesy of the Syrian Ministry of Defense', 'credit'],
    ['Photo by Jane Doe', 'credit'],
    ['dj/msh (AFP, AP, dpa, Interfax)', 'credit'],
    ['ls/rc (Reuters, dpa)', 'credit'],
    ['Jane Doe/EPA', 'credit'],
    ['Trump and Kim at the Metropole hotel. Photo: Harbour Wire/T. Nguyen', 'caption'],
    [
      'Leaders pose before talks at the Independence Palace. Photo: Continental Post/A. Voronin',
      'caption',
    ],
    [
      'The talks ended. Photo: The ministry released a statement on the talks later on Monday.',
      null,
    ],
    ['• Germany-Security-Conference-5', null],
    ['Reuters reported that the talks had failed.', null],
    ['The AP learned of the plan on Monday.', null],
    ['Source: the ministry said the talks would resume.', null],
    ['Interfax cited the source as saying the talks would go on.', null],
    ['Courtesy calls between the ministers are rare, diplomats say.', null],
    ['Kerry and Lavrov met in Munich', null],
    ['Last rebel city under siege', null],
    ['AP and AFP reporters were barred from the hall during the session on Friday.', null],
  ];
  it.each(cases)('%j → %s', (line, expected) => {
    expect(credit(line)).toBe(expected);
  });
});
