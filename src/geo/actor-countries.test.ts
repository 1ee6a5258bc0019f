import { describe, expect, it } from 'vitest';
import { resolveArticle } from '../actors/index.js';
import { fixtures } from '../../test/support.js';
import { actorCountries } from './actor-countries.js';

describe('actorCountries', () => {
  it.each([
    ['Syrian troops entered Damascus.', ['SYR']],
    ['Jordan and the United States talked; the UN agreed.', ['JOR', 'USA']],
    ['Rebels fought.', []],
  ])('%s → %j', (text, expected) => {
    const { analyzer, knowledge } = fixtures();
    const mentions = resolveArticle(knowledge.actors, analyzer.sentences(text), null);
    expect([...actorCountries(mentions)].sort()).toEqual(expected);
  });
});
