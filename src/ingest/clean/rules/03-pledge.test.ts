import { describe, it, expect } from 'vitest';
import { pledge } from './03-pledge.js';

describe('pledge', () => {
  const cases: readonly (readonly [string, 'pledge' | null])[] = [
    ['0 $', 'pledge'],
    ['2,500 $', 'pledge'],
    ['5,000 $', 'pledge'],
    ['$5,000', 'pledge'],
    ['€ 1.400', 'pledge'],
    ['100 USD', 'pledge'],
    ['$10 / month', 'pledge'],
    ['10 DAYS LEFT UNTIL THE END OF SEPTEMBER', 'pledge'],
    ['3 days to go', 'pledge'],
    ['Support SouthFront', 'pledge'],
    ['Support us', 'pledge'],
    ['Donate', 'pledge'],
    ['Please donate now!', 'pledge'],
    ['Become a patron', 'pledge'],
    ['Goal: $10,000', 'pledge'],
    ['Support The Daily Ledger', 'pledge'],
    ['Membership', 'pledge'],
    [
      'Orient Review is funded by its readers. Become a member from $5 a month and help keep our journalism free for everyone.   [Join now]',
      'pledge',
    ],
    [
      'Danube Post is reader-funded. This month we need 1,500 new supporters. Give once or monthly',
      'pledge',
    ],
    ['Support independent journalism. Donate to Global Affairs Daily today.', 'pledge'],
    ['Support For Ceasefire Grows', null],
    ['The party gained 1,500 new members after the vote.', null],
    ['NATO membership for Ukraine is not on the table, Lavrov said.', null],
    ['2016', null],
    ['10,000', null],
    ['Support for the ceasefire is growing among rebel groups.', null],
    ['10 days left before the ceasefire expires, officials said.', null],
    ['Support grows', null],
    ['The US pledged $5,000 million in aid.', null],
  ];
  it.each(cases)('%j → %s', (line, expected) => {
    expect(pledge(line)).toBe(expected);
  });
});
