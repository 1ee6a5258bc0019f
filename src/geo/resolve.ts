import type { Candidate, Precision, ResolvedPlace, Via } from './types.js';

/** What the words around a name say about the kind of place ("Idlib province", "city of"). */
export type KindHint = Precision | null;

/**
 * Base score of an entry: the curated tables (countries, aliases) outrank the bare
 * gazetteer. A region ranks above the towns of other countries ("California" is the state,
 * not the Maryland town) but, by SAME_COUNTRY, below a city of its own country with
 * ≥ 100,000 inhabitants unless the words around say "province" ("Aleppo" is the city,
 * "Aleppo province" the governorate).
 */
const BASE: Readonly<Record<Via, number>> = {
  country: 9,
  alias: 9,
  region: 7,
  name: 0,
  altName: -0.5,
};
const CAPITAL = 1.5;
/**
 * A country the article names: enough for a region of it to beat a country of the same
 * name (Georgia); half for a bare gazetteer town, lest any US hamlet beat "England".
 */
const NAMED_COUNTRY = 4.5;
const SAME_COUNTRY = -2;
/** "the state of Washington": the words outweigh a capital's alias and population. */
const HINT = 12;
const NEAR = 6;
/** "Gaza Strip" is both an alias of Palestine and a region of it: the region is more precise. */
const FINER = 6;

export interface ResolveContext {
  /** ISO3 codes of the countries the article names. */
  readonly articleCountries: ReadonlySet<string>;
  readonly hint: KindHint;
  /** Country of the place just before ("Atlanta, Georgia"), or null. */
  readonly near?: string | null;
}

/** The countries that have a country entry, and a bare gazetteer town, among the candidates. */
interface Rivals {
  readonly countries: ReadonlySet<string>;
  readonly towns: ReadonlySet<string>;
}

function bare(c: Candidate): boolean {
  return c.via === 'name' || c.via === 'altName';
}

function score(c: Candidate, context: ResolveContext, rivals: Rivals): number {
  let s = BASE[c.via];
  if (c.precision !== 'country' && rivals.countries.has(c.country) && !bare(c)) s += FINER;
  if (c.precision === 'region' && rivals.towns.has(c.country)) s += SAME_COUNTRY;
  if (c.precision === 'city') s += Math.log10(c.population + 1);
  if (c.capital) s += CAPITAL;
  if (context.articleCountries.has(c.country)) s += bare(c) ? NAMED_COUNTRY / 2 : NAMED_COUNTRY;
  if (context.hint === c.precision) s += HINT;
  if (context.near === c.country) s += NEAR;
  return s;
}

function describe(c: Candidate, context: ResolveContext): string {
  const parts = [`${c.via} ${c.where}`];
  if (c.precision === 'city') parts.push(`population ${c.population}`);
  if (c.capital) parts.push('capital');
  if (context.articleCountries.has(c.country)) parts.push(`article names ${c.country}`);
  if (context.hint === c.precision) parts.push(`words say ${c.precision}`);
  if (context.near === c.country) parts.push(`after a place in ${c.country}`);
  return parts.join(', ');
}

/**
 * Picks the place a name most likely refers to: curated entry over gazetteer, then
 * population (log), capital, a country the article names, and the kind the words around
 * the name give. Ties keep the first candidate. Null when there is none.
 */
export function resolvePlace(
  candidates: readonly Candidate[],
  context: ResolveContext,
): ResolvedPlace | null {
  let best: Candidate | undefined;
  let bestScore = -Infinity;
  let runnerUp: Candidate | undefined;
  let runnerScore = -Infinity;
  const rivals = {
    countries: new Set(candidates.filter((c) => c.precision === 'country').map((c) => c.country)),
    towns: new Set(candidates.filter(bare).map((c) => c.country)),
  };
  for (const c of candidates) {
    const s = score(c, context, rivals);
    if (s > bestScore) {
      runnerUp = best;
      runnerScore = bestScore;
      best = c;
      bestScore = s;
    } else if (s > runnerScore) {
      runnerUp = c;
      runnerScore = s;
    }
  }
  if (!best) return null;
  let why = `${describe(best, context)}; score ${bestScore.toFixed(1)}`;
  if (runnerUp) {
    why += ` over ${runnerUp.name} ${runnerUp.country} ${runnerScore.toFixed(1)}`;
    if (candidates.length > 2) why += ` and ${candidates.length - 2} more`;
  }
  const place = {
    name: best.name,
    country: best.country,
    lat: best.lat,
    lon: best.lon,
    precision: best.precision,
    why,
  };
  return best.geonameid === undefined ? place : { ...place, geonameid: best.geonameid };
}
