import type { Sentence } from '../text/index.js';
import { foldName } from './cities.js';
import { findPlaces } from './find.js';
import type { TokenSpan } from './find.js';
import type { Gazetteer } from './types.js';

/**
 * The countries an article names, for `findPlaces`' `articleCountries`: each mention that
 * resolves to a country, one of its regions or its capital ("Syria", "the U.S.",
 * "Queensland", "London"), when no region or country of another country shares the name
 * (not "Georgia", which is also a US state). `taken` gives each sentence's spans
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
      const place = m.place;
      if (!place || place.country === '') continue;
      const candidates = gazetteer.byName.get(foldName(s.text.slice(m.charStart, m.charEnd))) ?? [];
      const chosen = candidates.find((c) => c.country === place.country && c.name === place.name);
      // A country, a region, or a national capital ("London") names its country.
      if (place.precision === 'city' && !chosen?.capital) continue;
      const others = candidates.filter(
        (c) => c.country !== place.country && c.precision !== 'city',
      );
      if (others.length === 0) named.add(place.country);
    }
  });
  return named;
}
