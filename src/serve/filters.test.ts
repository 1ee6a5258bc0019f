import { describe, expect, it } from 'vitest';
import { clusterFilter } from './filters.js';
import type { FilterQuery } from './schemas.js';

describe('clusterFilter', () => {
  it.each<[FilterQuery, ReturnType<typeof clusterFilter>]>([
    [{}, { actors: [], words: [] }],
    [{ actor: 'rus' }, { actors: ['RUS'], words: [] }],
    [{ actor: ['USA', 'rusgov'] }, { actors: ['USA', 'RUSGOV'], words: [] }],
    [{ dyad: 'usa,RUS' }, { actors: [], dyad: ['USA', 'RUS'], words: [] }],
    [{ q: '  cease   fire ' }, { actors: [], words: ['cease', 'fire'] }],
    [
      { type: '19', from: '2016-01-01', to: '2016-12-31', country: 'SYR', minMentions: 2 },
      {
        actors: [],
        type: '19',
        from: '2016-01-01',
        to: '2016-12-31',
        country: 'SYR',
        minMentions: 2,
        words: [],
      },
    ],
  ])('%o', (query, expected) => expect(clusterFilter(query)).toEqual(expected));
});
