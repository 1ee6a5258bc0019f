import { describe, expect, it } from 'vitest';
import { fixtures, sentence } from '../../test/support.js';
import { codeSentence } from '../events/index.js';
import { findMentions } from '../actors/index.js';
import { findPlaces } from './find.js';
import { locateEvent, locations } from './locate-event.js';
import type { PlaceMention } from './types.js';

/** Each event of `text`: `CAMEO @ place COUNTRY (source)` or `CAMEO @ -`. */
function located(text: string, dateline: PlaceMention | null = null): string[] {
  const { knowledge } = fixtures();
  const s = sentence(text);
  const mentions = findMentions(knowledge.actors, s);
  const places = locations(s, findPlaces(knowledge.places, s), mentions);
  return codeSentence(knowledge.coder, s, mentions).map((e) => {
    const actors = [e.source.code, e.target?.code ?? ''].filter((c) => c !== '');
    const at = locateEvent(places, e.anchor, actors, dateline);
    return `${e.cameo} @ ${at ? `${at.name} ${at.country} (${at.source})` : '-'}`;
  });
}

describe('locateEvent', () => {
  it.each([
    // The place of the event's own clause.
    ['Kerry met Lavrov in Munich.', ['040 @ Munich DEU (sentence)']],
    ['Russian warplanes bombed rebel positions north of Aleppo.', ['195 @ Aleppo SYR (sentence)']],
    ['Washington and Moscow agreed in Geneva on a plan.', ['030 @ Genève CHE (sentence)']],
    // Not a place that is the government acting, nor an actor named as a country.
    ['Moscow accused Kyiv of shelling.', ['1123 @ -']],
    [
      'Russia, Turkey and Iran agreed to monitor the truce.',
      expect.not.arrayContaining([expect.stringMatching(/Turkey|Russia|Iran/)]),
    ],
    [
      'The leaders of Russia and Ukraine agreed to swap prisoners.',
      expect.not.arrayContaining([expect.stringMatching(/RUS|UKR \(/)]),
    ],
    // Not what a noun is about: the agreement was not made in Syria, the talks not on it.
    [
      'Russia and the United States agreed on a cessation of hostilities in Syria.',
      expect.not.arrayContaining([expect.stringMatching(/SYR/)]),
    ],
    ['Kerry met Lavrov for talks on Syria.', ['040 @ -']],
    ['Kerry met Lavrov in Geneva for talks on Syria.', ['040 @ Genève CHE (sentence)']],
    [
      'Lavrov and Kerry held talks in Geneva.',
      expect.arrayContaining([expect.stringMatching(/Genève CHE/)]),
    ],
    // "In Kabul," at the start of the sentence.
    ['In Kabul, Esper met Ghani.', ['040 @ Kabul AFG (sentence)']],
  ])('%s', (text, expected) => expect(located(text)).toEqual(expected));

  it('uses the dateline for a local event with no place in its clause', () => {
    const { knowledge } = fixtures();
    const [kyiv] = findPlaces(knowledge.places, sentence('Kyiv.'));
    expect(located('Zelensky declared martial law.', kyiv ?? null)).toEqual([
      expect.stringMatching(/@ Kyiv UKR \(dateline\)$/),
    ]);
    expect(located('Kerry met Lavrov.', kyiv ?? null)).toEqual(['040 @ -']);
  });
});
