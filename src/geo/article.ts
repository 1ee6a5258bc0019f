import type { Sentence } from '../text/index.js';
import { foldName } from './cities.js';
import { findPlaces } from './find.js';
import type { TokenSpan } from './find.js';
import type { Gazetteer } from './types.js';

/**
 * The countries an article names, for `findPlaces`' `articleCountries`: each mention that
 * resolves to a country whose name no place of another country shares ("Syria", "the
 * U.S."; not "Georgia", which is also a US state). `taken` gives each sentence's spans
 * to skip, by sentence position in `sentences`.
 */
export function countriesNamed(
  gazetteer: Gazetteer,
  sentences: readonly Sentence[],
  taken: readonly (readonly TokenSpan[])[] = [],
): Set<string> {
  const named = new Set<string>();
  sentences.forEach((s, k) => {
    for (const m of findPlaces(gazetteer, s, { taken: taken[k] ?? [] })) {
      if (m.place?.precision !== 'country') continue;
      const country = m.place.country;
      const key = foldName(s.text.slice(m.charStart, m.charEnd));
      const others = (gazetteer.byName.get(key) ?? []).filter(
        (c) => c.country !== country && c.precision !== 'city',
      );
      if (others.length === 0) named.add(country);
    }
  });
  return named;
}
