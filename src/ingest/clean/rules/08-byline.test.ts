import { describe, it, expect } from 'vitest';
import { byline } from './08-byline.js';

describe('byline', () => {
  const cases: readonly (readonly [string, 'byline' | null])[] = [
    ['Articles by: nsnbc international', 'byline'],
    ['By Jane Doe', 'byline'],
    ['By JANE DOE and JOHN ROE', 'byline'],
    ['BY Jane Doe, Associated Press', 'byline'],
    ['Written by Jane Doe', 'byline'],
    ['Posted by admin', 'byline'],
    ['(Reporting by Jane Doe; Editing by John Roe)', 'byline'],
    ['Author: Jane Doe', 'byline'],
    ['Danube Post correspondents in Paris and Kyiv', 'byline'],
    ['Ledger Staff', 'byline'],
    ['Harbour Wire Asia reporters', 'byline'],
    ['Embassy staff evacuate Kabul', null],
    ['Staff at the embassy were evacuated.', null],
    ['By Thursday, government troops had retaken the town.', null],
    ['By then it was too late.', null],
    ['By the end of the week the talks had collapsed in acrimony and mutual accusations', null],
    ['Bystanders were injured in the attack.', null],
    ['Written statements were exchanged on Friday.', null],
  ];
  it.each(cases)('%j → %s', (line, expected) => {
    expect(byline(line)).toBe(expected);
  });
});
