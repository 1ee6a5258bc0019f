import { countryFromContext } from '../../actors/index.js';
import type { ActorMention } from '../../actors/index.js';
import type { Sentence, Token } from '../../text/index.js';

/** A noun phrase or an actor mention, before it becomes a unit (units.ts). */
export interface Span {
  start: number;
  end: number;
  mention: ActorMention | null;
}

/**
 * Prepositions that tie people to their country: "the ambassadors of France",
 * "lawmakers in France", "soldiers from Russia".
 */
const ORIGIN_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'in', 'from']);

/** Sectors whose people "in" a country may be foreign ("troops in Syria", "refugees in Turkey"). */
const FOREIGN_IN: ReadonlySet<string> = new Set(['MIL', 'REF']);

const JOINERS: ReadonlySet<string> = new Set(['and', 'or', 'nor']);

/** Parts of speech before an object ("withdrew …", "of …"). */
const OBJECT_MARKERS: ReadonlySet<string> = new Set(['VERB', 'AUX', 'ADP']);

/**
 * A sector with no country named with it: "lawmakers" (LEG), "soldiers" (MIL), even when
 * the actor stage took a country from the context.
 */
function sectorOnly(m: ActorMention | null): m is ActorMention {
  return (
    m !== null &&
    m.code !== '' &&
    (m.primary === null || countryFromContext(m)) &&
    m.sector !== null &&
    m.person === null &&
    m.members === null
  );
}

/** A country with no sector: "France", "Gondor". */
function countryOnly(m: ActorMention | null): m is ActorMention {
  return (
    m !== null &&
    m.primary !== null &&
    m.primary.length === 3 &&
    m.code === m.primary &&
    m.sector === null &&
    m.person === null &&
    m.members === null
  );
}

/**
 * The origin preposition inside a mention the actor stage assembled from a sector and a
 * country ("the ambassadors of France": FRAGOV), or -1.
 */
function innerPreposition(tokens: readonly Token[], m: ActorMention | null): number {
  if (!m || m.person !== null || m.members !== null || m.sector === null) return -1;
  if (m.primary === null || m.primary.length !== 3) return -1;
  for (let i = m.start + 1; i < m.end - 1; i++) {
    if (ORIGIN_PREPOSITIONS.has(tokens[i]?.lower ?? '')) return i;
  }
  return -1;
}

/** The span is its mention, with perhaps a determiner ("the Eritrea-Djibouti border" is not). */
function wholeMention(tokens: readonly Token[], span: Span | undefined): boolean {
  const m = span?.mention;
  if (!span || !m || span.end !== m.end) return false;
  return (
    span.start === m.start || (span.start === m.start - 1 && tokens[span.start]?.pos === 'DET')
  );
}

/**
 * The index of the span coordinated right after `spans[k]` ("X, Y", "X and Y",
 * "X, and Y"), with whether an "and"/"or"/"nor" joined it, or null.
 */
function nextCoordinate(
  tokens: readonly Token[],
  spans: readonly Span[],
  k: number,
): { k: number; joined: boolean } | null {
  const here = spans[k];
  const next = spans[k + 1];
  if (!here || !next) return null;
  let at = here.end;
  let joined = false;
  if (tokens[at]?.text === ',') at++;
  if (JOINERS.has(tokens[at]?.lower ?? '')) {
    joined = true;
    at++;
  }
  return at > here.end && at === next.start ? { k: k + 1, joined } : null;
}

/**
 * The coordinated spans from `spans[k]` whose mentions pass `test`: a list joined by
 * commas counts only up to its last "and"/"or" ("X, Y and Z"; not "X, Y").
 */
function listFrom(
  tokens: readonly Token[],
  spans: readonly Span[],
  k: number,
  test: (m: ActorMention | null) => boolean,
): number[] {
  const passes = (i: number): boolean =>
    wholeMention(tokens, spans[i]) && test(spans[i]?.mention ?? null);
  if (!passes(k)) return [];
  const out = [k];
  let closed = 1;
  for (let c = nextCoordinate(tokens, spans, k); c; c = nextCoordinate(tokens, spans, c.k)) {
    if (!passes(c.k)) break;
    out.push(c.k);
    if (c.joined) closed = out.length;
  }
  return out.slice(0, closed);
}

/**
 * The actor of `head`'s people in `country`: the head's sector on the country's code,
 * written where `at` is.
 */
function member(country: ActorMention, head: ActorMention, at: ActorMention): ActorMention {
  const sector = head.sector ?? '';
  const prefix = head.entries.some((e) => e.sectorPosition === 'prefix');
  return {
    ...country,
    start: at.start,
    end: at.end,
    text: at.text,
    code: prefix ? sector + country.code : country.code + sector,
    primary: country.code,
    sector,
    name: `${country.name} (${head.text})`,
    entries: [...country.entries, ...head.entries],
    via: `"${head.text}" shared by coordinated actors`,
  };
}

/** One span for `members`, from `first` to `last` (inclusive). */
function folded(sentence: Sentence, first: Span, last: Span, members: ActorMention[]): Span {
  const a = sentence.tokens[first.start];
  const b = sentence.tokens[last.end - 1];
  const text = a && b ? sentence.text.slice(a.start, b.end) : '';
  const only = members[0];
  if (members.length === 1 && only) {
    return {
      start: first.start,
      end: last.end,
      mention: { ...only, start: first.start, end: last.end, text },
    };
  }
  const base = members[0] as ActorMention;
  const mention: ActorMention = {
    ...base,
    start: first.start,
    end: last.end,
    code: '',
    // A country is named: checks for a named actor (patient.ts) see one.
    primary: base.primary,
    sector: null,
    name: members.map((m) => m.name).join(', '),
    text,
    via: `coordinated: ${members.map((m) => m.code).join(', ')}`,
    members,
  };
  return { start: first.start, end: last.end, mention };
}

/**
 * "Lawmakers and officials in France and Germany": sector heads, an origin preposition,
 * countries. Returns the folded span and the index of its last span, or null.
 */
function headsOverCountries(
  sentence: Sentence,
  spans: readonly Span[],
  k: number,
): { span: Span; last: number } | null {
  const { tokens } = sentence;
  const heads = listFrom(tokens, spans, k, sectorOnly);
  const lastHead = heads[heads.length - 1];
  // "Lawmakers and officials of France and Germany": the last head came with its country.
  const after = lastHead === undefined ? k : (nextCoordinate(tokens, spans, lastHead)?.k ?? -1);
  const merged = after >= 0 ? spans[after] : undefined;
  const inner = innerPreposition(tokens, merged?.mention ?? null);
  let headMentions: ActorMention[] = heads.map((h) => spans[h]?.mention as ActorMention);
  let firstCountry: ActorMention | null = null;
  let countriesFrom: number;
  let prep: string;
  if (merged?.mention && inner >= 0) {
    const m = merged.mention;
    const a = tokens[m.start];
    const b = tokens[inner - 1];
    const text = a && b ? sentence.text.slice(a.start, b.end) : m.text;
    const head = { ...m, end: inner, text, code: m.sector ?? '', primary: null };
    firstCountry = { ...m, start: inner + 1, code: m.primary ?? '', sector: null };
    headMentions = [...headMentions, head];
    countriesFrom = after;
    prep = tokens[inner]?.lower ?? '';
  } else {
    if (lastHead === undefined) return null;
    const end = spans[lastHead]?.end ?? -1;
    prep = tokens[end]?.lower ?? '';
    if (!ORIGIN_PREPOSITIONS.has(prep) || spans[lastHead + 1]?.start !== end + 1) return null;
    countriesFrom = lastHead + 1;
  }
  const countries = listFrom(tokens, spans, countriesFrom, (m) =>
    firstCountry && m === spans[countriesFrom]?.mention ? true : countryOnly(m),
  );
  const lastCountry = countries[countries.length - 1];
  if (lastCountry === undefined) return null;
  if (prep === 'in' && headMentions.some((h) => FOREIGN_IN.has(h.sector ?? ''))) return null;
  // "withdrew peacekeepers from Liberia": after a verb or a preposition, "from" may say
  // where they left, not where they come from.
  const before = tokens[(spans[k]?.start ?? 0) - 1];
  if (prep === 'from' && before && OBJECT_MARKERS.has(before.pos)) return null;
  const countryMentions = countries.map((c, n) =>
    n === 0 && firstCountry ? firstCountry : (spans[c]?.mention as ActorMention),
  );
  // One head and one country are the actor stage's to join or not ("the ambassadors of
  // France": FRAGOV; "prosecutors in Egypt"), except "soldiers from Russia" before its verb.
  const single = countryMentions.length === 1 && headMentions.length === 1;
  if (single && (firstCountry || prep !== 'from')) return null;
  const members = countryMentions.flatMap((c) => headMentions.map((h) => member(c, h, c)));
  const first = spans[k] as Span;
  return { span: folded(sentence, first, spans[lastCountry] as Span, members), last: lastCountry };
}

/**
 * Folds coordinated countries that share a head into one span whose mention stands for
 * each actor (`members`): "the ambassadors of France, Germany and Italy" (FRAGOV,
 * DEUGOV, ITAGOV), "lawmakers and officials in France and Germany" (four), and
 * "soldiers from Russia" (RUSMIL) as a subject. People "in" countries are theirs, except
 * troops and refugees.
 */
export function foldSharedHeads(sentence: Sentence, spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (let k = 0; k < spans.length; k++) {
    const fold = headsOverCountries(sentence, spans, k);
    if (fold) {
      out.push(fold.span);
      k = fold.last;
    } else out.push(spans[k] as Span);
  }
  return out;
}
