import type { Sentence, Token } from '../text/index.js';
import { foldName } from './cities.js';
import { resolvePlace } from './resolve.js';
import type { KindHint } from './resolve.js';
import type { Candidate, Gazetteer, PlaceMention } from './types.js';

/** A token range (end exclusive) another stage has claimed, such as a person's name. */
export interface TokenSpan {
  readonly start: number;
  readonly end: number;
}

export interface FindOptions {
  /** Token spans not to read as places: the actors stage's person names. */
  readonly taken?: readonly TokenSpan[];
  /** ISO3 codes of the countries the article names, to pick among namesakes. */
  readonly articleCountries?: ReadonlySet<string>;
}

/** Words before a name that make it a location rather than an actor ("fighting in Aleppo"). */
const SPATIAL_BEFORE = new Set([
  'in',
  'at',
  'near',
  'from',
  'to',
  'into',
  'outside',
  'across',
  'around',
  'towards',
  'toward',
  'of',
  'inside',
  'throughout',
  'within',
  'through',
  'via',
]);
/** A word after a name that says what kind of place it is ("Idlib province"). */
const KIND_AFTER: Readonly<Record<string, KindHint>> = {
  province: 'region',
  region: 'region',
  governorate: 'region',
  oblast: 'region',
  state: 'region',
  district: 'region',
  county: 'region',
  city: 'city',
};
/** "the city of Aleppo", "the province of Idlib". */
const KIND_OF: Readonly<Record<string, KindHint>> = {
  ...KIND_AFTER,
  town: 'city',
  village: 'city',
  capital: 'city',
  outskirts: 'city',
};
const CALENDAR = new Set(
  (
    'january february march april may june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday'
  ).split(' '),
);
const CAPITALISED = /^\p{Lu}/u;
/** Capitalised words after a place that name its offices, not a longer name: "California Department". */
const INSTITUTION = new Set(
  (
    'department ministry minister governor premier mayor council police health state ' +
    'university airport hospital district city senator government court judge ' +
    'inspector secretary chief attorney officials national regional provincial public ' +
    'primary province region county'
  ).split(' '),
);
/** A bare gazetteer town may open a sentence when it is this large ("Kananga is"). */
const INITIAL_TOWN = 100_000;
/** A capitalised word the tagger does not take for a proper noun is a town this large ("Shanghai"). */
const UNTAGGED_TOWN = 1_000_000;

/** "d'Ivoire", "l'Aquila": an elided French or Italian article on a capitalised word. */
const ELIDED = /^[dl]['’]\p{Lu}/u;

function capitalised(t: Token | undefined): boolean {
  return t !== undefined && (CAPITALISED.test(t.text) || ELIDED.test(t.text));
}

/** Short lower-case words inside names: Deir ez-Zor, Mazar-i-Sharif, Bosnia and Herzegovina. */
const LINK = /^(?:[a-z]{1,3}|-|'|’|['’]s)$/;

/**
 * The last token a name starting at i may end on: names run over capitalised words,
 * short links and hyphens, plus one kind word ("Idlib province").
 */
function runEnd(tokens: readonly Token[], i: number, maxTokens: number): number {
  let j = i;
  const limit = Math.min(tokens.length, i + maxTokens) - 1;
  while (j < limit) {
    const next = tokens[j + 1];
    if (!next || !(capitalised(next) || LINK.test(next.text) || KIND_AFTER[next.lower])) break;
    j++;
    if (KIND_AFTER[next.lower]) break;
  }
  return j;
}

/** "Al" of Al-Fashir, "Natal" of KwaZulu-Natal: a piece of a longer hyphenated name. */
function hyphenated(tokens: readonly Token[], i: number, j: number): boolean {
  return (
    (tokens[j + 1]?.text === '-' && capitalised(tokens[j + 2])) ||
    (tokens[i - 1]?.text === '-' && capitalised(tokens[i - 2]))
  );
}

/**
 * Whether a bare gazetteer name (no curated entry) reads as a town: a proper noun (or, past
 * the sentence's start, a capitalised word naming a city of a million: "Shanghai"), not
 * opening the sentence unless large ("Police said", "Kananga is"), not after another proper noun ("Michael Jordan"),
 * not an acronym ("EU" is not Eu in France), not a piece of a hyphenated name.
 */
function plainTown(
  tokens: readonly Token[],
  i: number,
  j: number,
  initial: boolean,
  population: number,
): boolean {
  const t = tokens[i];
  if (!t || properNoun(tokens[i - 1])) return false;
  if (t.pos !== 'PROPN' && (initial || population < UNTAGGED_TOWN)) return false;
  if (initial && population < INITIAL_TOWN) return false;
  if (i === j && t.text.length > 1 && t.text === t.text.toUpperCase()) return false;
  return !hyphenated(tokens, i, j);
}

/** A name from the curated tables or a capital, which need no further evidence. */
function curated(candidates: readonly Candidate[]): boolean {
  return candidates.some((c) => c.actor || (c.via !== 'name' && c.via !== 'altName'));
}

function properNoun(t: Token | undefined): boolean {
  return t !== undefined && t.pos === 'PROPN' && capitalised(t);
}

/** The kind the words around tokens [i, j] give, and the token after a kind word. */
function kindAround(tokens: readonly Token[], i: number, j: number): [KindHint, number] {
  const after = tokens[j + 1];
  const afterKind = after ? KIND_AFTER[after.lower] : undefined;
  if (afterKind) return [afterKind, j + 2];
  if (tokens[i - 1]?.lower === 'of') {
    const before = tokens[i - 2];
    const beforeKind = before ? KIND_OF[before.lower] : undefined;
    if (beforeKind) return [beforeKind, j + 1];
  }
  return [null, j + 1];
}

/**
 * "Buffalo, New York": a name after a town and a comma that can be a region of the
 * town's country is that region, not a namesake city ("Tbilisi, Georgia" stays the
 * country: Georgia the US state is not in Georgia).
 */
function inside(
  candidates: readonly Candidate[],
  previous: PlaceMention | undefined,
  apposed: boolean,
): boolean {
  const town = previous?.place;
  if (!apposed || town?.precision !== 'city') return false;
  return candidates.some((c) => c.precision === 'region' && c.country === town.country);
}

const LIST_JOINS = new Set([',', 'and', 'or']);

/**
 * The place of the previous mention when the name at tokens [i, end) is an item of a list
 * with it ("Utah, Washington and Wisconsin"; "Mashonaland West and Midlands"): joined to it
 * by "and"/"or", or by a comma with the list going on after the name. Items of a list of
 * regions are regions, of one country; "Abkhazia, Georgia." is an apposition, not a list.
 */
function listSibling(
  tokens: readonly Token[],
  mentions: readonly PlaceMention[],
  i: number,
  end: number,
): PlaceMention['place'] {
  const previous = mentions[mentions.length - 1];
  if (!previous?.place) return null;
  const gap = tokens.slice(previous.end, i).map((t) => t.lower);
  if (gap.length === 0 || gap.length > 2 || !gap.every((w) => LIST_JOINS.has(w))) return null;
  const conjoined = gap.some((w) => w !== ',');
  return conjoined || LIST_JOINS.has(tokens[end]?.lower ?? '') ? previous.place : null;
}

/**
 * A word before the name (past "the" and adjectives: "in eastern Ukraine") or "-based"
 * after it puts the name on the map.
 */
export function spatialContext(tokens: readonly Token[], start: number, end: number): boolean {
  let k = start - 1;
  while (tokens[k]?.lower === 'the' || (tokens[k]?.pos === 'ADJ' && !capitalised(tokens[k]))) k--;
  const before = tokens[k];
  if (before && SPATIAL_BEFORE.has(before.lower)) return true;
  const next = tokens[end];
  return (
    next?.lower === '-based' ||
    (next?.text === '-' && tokens[end + 1]?.lower === 'based') ||
    /-based$/.test(next?.lower ?? '')
  );
}

/**
 * The places a sentence names: capitalised token runs (longest first, up to the
 * gazetteer's longest name) that are a country, region, alias or city, each resolved
 * to one place. Skips `taken` spans, months and weekdays, a bare gazetteer town at the
 * start of a sentence ("Police said") or that is not a proper noun, a name other than a country's that runs on into another
 * capitalised word ("Washington Post"; but "U.S. Army" names the US and "California
 * Department of Health" California) and a bare gazetteer town preceded by a capitalised word ("Michael Jordan" is
 * left to `taken`). A name that can stand for a state (country, capital) is `spatial`
 * only after in/at/near/from/to/of…, before "-based", or after another place and a comma
 * ("Tbilisi, Georgia"), whose country then counts most in the choice.
 */
export function findPlaces(
  gazetteer: Gazetteer,
  sentence: Sentence,
  options: FindOptions = {},
): PlaceMention[] {
  const { taken = [], articleCountries = new Set<string>() } = options;
  const tokens = sentence.tokens;
  const isTaken = (k: number): boolean => taken.some((s) => k >= s.start && k < s.end);
  const first = tokens.findIndex((t) => t.pos !== 'PUNCT');
  const mentions: PlaceMention[] = [];

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || !capitalised(t) || isTaken(i) || CALENDAR.has(t.lower)) continue;
    for (let j = runEnd(tokens, i, gazetteer.maxTokens); j >= i; j--) {
      const last = tokens[j];
      if (!last || !(capitalised(last) || KIND_AFTER[last.lower])) continue;
      if (j > i && isTaken(j)) continue;
      const text = sentence.text.slice(t.start, last.end);
      const candidates = gazetteer.byName.get(foldName(text));
      if (!candidates) continue;
      const known = curated(candidates);
      const population = Math.max(...candidates.map((c) => c.population));
      if (!known && !plainTown(tokens, i, j, i === first, population)) break;
      const [hint, end] = kindAround(tokens, i, j);
      const next = tokens[end];
      const country = candidates.some((c) => c.precision === 'country');
      if (!country && properNoun(next) && !INSTITUTION.has(next?.lower ?? '') && !isTaken(end)) {
        break;
      }
      // "Atlanta, Georgia": a place right after a place and a comma is within it.
      const previous = mentions[mentions.length - 1];
      const apposed = previous?.end === i - 1 && tokens[i - 1]?.text === ',';
      const sibling = listSibling(tokens, mentions, i, end);
      // A list of a country's regions or towns stays in it; "the US and Georgia" need not.
      const within = sibling && sibling.precision !== 'country' ? sibling.country : null;
      const near = apposed ? (previous.place?.country ?? null) : within;
      const kind =
        hint ??
        (sibling?.precision === 'region' || inside(candidates, previous, apposed)
          ? 'region'
          : null);
      const place = resolvePlace(candidates, { articleCountries, hint: kind, near });
      const actor = candidates.some(
        (c) => c.actor && c.country === place?.country && c.precision === place.precision,
      );
      const charEnd = tokens[end - 1]?.end ?? last.end;
      mentions.push({
        start: i,
        end,
        text: sentence.text.slice(t.start, charEnd),
        charStart: t.start,
        charEnd,
        spatial: !actor || apposed || spatialContext(tokens, i, end),
        place,
      });
      i = end - 1;
      break;
    }
  }
  return mentions;
}
