import { inRanges } from '../events/index.js';
import type { EventAnchor } from '../events/index.js';
import type { Sentence } from '../text/index.js';
import { spatialContext } from './find.js';
import { isTopic } from './topic.js';
import type { TokenSpan } from './find.js';
import type { PlaceMention, ResolvedPlace } from './types.js';

/** Where an event took place: the resolved place, as written, and which words said so. */
export interface EventLocation extends ResolvedPlace {
  /** The place as written ("Munich", "Idlib province", "MOSCOW"). */
  readonly text: string;
  /** `sentence`: a place in the event's clause; `dateline`: the article's dateline city. */
  readonly source: 'sentence' | 'dateline';
}

function located(m: PlaceMention, source: EventLocation['source']): EventLocation | null {
  return m.place ? { ...m.place, text: m.text, source } : null;
}

/**
 * The places of a sentence that can locate its events: named as locations ("met in
 * Munich"; not "Moscow said", where Moscow is the government; not what a noun is about,
 * as in "a ceasefire in Syria" or "talks on Syria", see topic.ts), and, where a place is
 * also an actor of the sentence ("Russia, Turkey and Iran agreed", "the leaders of
 * Russia"), only after a word that puts it on the map ("in Turkey").
 */
export function locations(
  sentence: Sentence,
  places: readonly PlaceMention[],
  actors: readonly TokenSpan[],
): PlaceMention[] {
  return places.filter((m) => {
    if (!m.spatial || !m.place || isTopic(sentence.tokens, m.start)) return false;
    const actor = actors.some((a) => a.start < m.end && m.start < a.end);
    // "the leaders of Russia" names Russia's leaders, not a place.
    const of = sentence.tokens[m.start - 1]?.lower === 'of';
    return !actor || (!of && spatialContext(sentence.tokens, m.start, m.end));
  });
}

/**
 * The location of an event: the first of `places` (see `locations`) in its own clause
 * ("met in Munich", "besieging Aleppo"), else in a clause it depends on; else the
 * dateline's place when the event is local (its source or target belongs to the
 * dateline's country); else none.
 */
export function locateEvent(
  places: readonly PlaceMention[],
  anchor: EventAnchor,
  actors: readonly string[],
  dateline: PlaceMention | null,
): EventLocation | null {
  const here =
    places.find((m) => inRanges(anchor.own, m.start)) ??
    places.find((m) => inRanges(anchor.outer, m.start));
  if (here) return located(here, 'sentence');
  const country = dateline?.place?.country;
  if (dateline && country && actors.some((code) => code.startsWith(country)))
    return located(dateline, 'dateline');
  return null;
}
