import { resolveArticle } from './actors/index.js';
import { countriesNamed, findPlaces, notAPlace } from './geo/index.js';
import type { PlaceMention } from './geo/index.js';
import type { Knowledge } from './knowledge.js';
import type { Analyzer, Sentence } from './text/index.js';

/**
 * Every place mention of a text read as one article, with its sentence: the actors of the
 * article are resolved first, so names that stand for a government are told apart and the
 * countries the article names choose among namesakes.
 */
export function placesInText(
  analyzer: Analyzer,
  knowledge: Knowledge,
  text: string,
): { sentence: Sentence; place: PlaceMention }[] {
  const sentences = analyzer.sentences(text);
  const taken = resolveArticle(knowledge.actors, sentences, null).map((ms) => ms.filter(notAPlace));
  const articleCountries = countriesNamed(knowledge.places, sentences, taken);
  return sentences.flatMap((sentence) =>
    findPlaces(knowledge.places, sentence, {
      taken: taken[sentence.index] ?? [],
      articleCountries,
    }).map((place) => ({ sentence, place })),
  );
}
