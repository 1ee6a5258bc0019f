import { describe, it, expect } from 'vitest';
import { related } from './06-related.js';

describe('related', () => {
  const cases: readonly (readonly [string, 'related' | null])[] = [
    ['Related', 'related'],
    ['Read more: Russia and Turkey agree on Idlib zone', 'related'],
    ['READ MORE: Kerry meets Lavrov', 'related'],
    ['See also', 'related'],
    ['Related articles', 'related'],
    ['You may also like', 'related'],
    ['Most read', 'related'],
    ['More from DW', 'related'],
    ['http://factsmaps.com/wp-content/uploads/2018/01/debt.png', 'related'],
    ['www.example.org/news/syria', 'related'],
    ['Related talks in Vienna have stalled since January, officials said.', null],
    ['Trending down, the lira lost a third of its value.', null],
    ['Recommended measures include a ceasefire and aid access.', null],
    ['See the full statement at www.example.org for details.', null],
  ];
  it.each(cases)('%j → %s', (line, expected) => {
    expect(related(line)).toBe(expected);
  });
});
