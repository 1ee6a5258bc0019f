/**
 * Parley's pipeline. The order of the stages matters: each reads what the one before wrote.
 *
 *   1. ingest  src/ingest/  raw file, stdin or record → RawArticle (clean text, title, outlet, date)
 *   2. text    src/text/    article text → sentences, tokens, POS, noun phrases, verb groups
 *   3. actors  src/actors/  sentence → actor mentions with CAMEO-style codes
 *   4. events  src/events/  sentence + mentions → CAMEO/PLOVER events, each with its rule
 *   5. time    src/time/    date expressions of each event's clause → its date and precision
 *   6. geo     src/geo/     places of each event's clause (or the dateline) → its location
 *   7. store   src/store/   processed article → embedded SQLite, one transaction per article
 *   8. dedup   src/dedup/   stored mentions → events across reports (clusters), per dyad and type
 */
import { createHash } from 'node:crypto';
import { countryCodes, resolveArticle } from './actors/index.js';
import type { ActorMention } from './actors/index.js';
import type { Config } from './config.js';
import { packageVersion } from './data/index.js';
import { codeSentence } from './events/index.js';
import { findDiscard } from './events/discards/index.js';
import type { Discard } from './events/discards/index.js';
import type { CodedEvent } from './events/index.js';
import type { RawArticle } from './ingest/index.js';
import { loadKnowledge } from './knowledge.js';
import type { Knowledge } from './knowledge.js';
import type { EventRecord, MentionRecord, ProcessedArticle } from './store/index.js';
import { createAnalyzer } from './text/index.js';
import {
  actorCountries,
  findPlaces,
  loadTimeZones,
  locateEvent,
  locations,
  notAPlace,
  timeZoneOf,
} from './geo/index.js';
import type { EventLocation, PlaceMention } from './geo/index.js';
import { dateEvent, findDateExpressions, referenceDate } from './time/index.js';
import type { EventDate } from './time/index.js';
import type { Analyzer, Sentence } from './text/index.js';
import { placesInText } from './places-in-text.js';

export const STAGES = [
  'ingest',
  'text',
  'actors',
  'events',
  'time',
  'geo',
  'store',
  'dedup',
] as const;

export interface Pipeline {
  readonly knowledge: Knowledge;
  /** Version of the code and data that processed an article; a change re-processes on ingest. */
  readonly processedWith: string;
  /** ISO3 codes of the countries: one side of a dyad for every actor code they begin (dedup). */
  readonly countries: ReadonlySet<string>;
  /** Stages 2–6 for one article. */
  processArticle(article: RawArticle): ProcessedArticle;
  /** Codes free text (one sentence or a paragraph) with an optional reference date. */
  codeText(id: string, text: string, date: string | null): CodedText;
  /** Every place the text names, read as one article (see places-in-text.ts). */
  placesOf(text: string): ReturnType<typeof placesInText>;
}

/** What `codeText` found: the events, and the sentences a discard kept from being coded. */
export interface CodedText {
  readonly events: EventRecord[];
  /** Sentence index (from 0) and the discard (`data/discards.txt:20 World Cup`). */
  readonly discarded: readonly { readonly sentence: number; readonly discard: string }[];
}

/** Stable article id: the first 12 hex digits of the SHA-256 of the article's key. */
export function articleIdOf(key: string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 12);
}

function toRecord(
  e: CodedEvent,
  id: string,
  articleId: string,
  sentence: Sentence,
  sentenceId: string,
  when: EventDate,
  location: EventLocation | null,
): EventRecord {
  return {
    id,
    articleId,
    sentenceId,
    date: when.date,
    datePrecision: when.precision,
    dateSource: when.source,
    dateText: when.text,
    source: { code: e.source.code, name: e.source.name, text: e.source.text },
    target: e.target ? { code: e.target.code, name: e.target.name, text: e.target.text } : null,
    cameo: e.cameo,
    cameoName: e.cameoName,
    plover: e.plover,
    ploverMode: e.ploverMode,
    quad: e.quad,
    goldstein: e.goldstein,
    modality: e.modality,
    negated: e.negated,
    reciprocal: e.reciprocal,
    location,
    sentence: sentence.text,
    rule: e.rule,
    why: e.why,
  };
}

function mentionRecord(s: Sentence, m: ActorMention): MentionRecord {
  return {
    start: s.tokens[m.start]?.start ?? 0,
    end: s.tokens[m.end - 1]?.end ?? 0,
    // "The two diplomats": the codes of the two it refers to.
    code: m.members ? m.members.map((x) => x.code).join('+') : m.code,
    name: m.name,
    text: m.text,
    source: m.source,
    person: m.person,
    role: m.role,
  };
}

export function createPipeline(config: Config, analyzer: Analyzer = createAnalyzer()): Pipeline {
  const knowledge = loadKnowledge(config, analyzer);
  const processedWith = `${packageVersion()}+${knowledge.hash}`;

  const datelines = new Map<string, Sentence | null>();
  /** The dateline's place ("BERLIN", "LA PAZ, Bolivia"), written in title case to be read as a name. */
  function datelinePlace(
    dateline: string | null,
    countries: ReadonlySet<string>,
  ): PlaceMention | null {
    if (!dateline) return null;
    // Few datelines recur across many articles: each is analysed once.
    let s = datelines.get(dateline);
    if (s === undefined) {
      const titled = dateline.toLowerCase().replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
      s = analyzer.sentences(`${titled}.`)[0] ?? null;
      if (datelines.size >= 10_000) datelines.clear();
      datelines.set(dateline, s);
    }
    const found = s ? findPlaces(knowledge.places, s, { articleCountries: countries }) : [];
    return found.find((m) => m.place) ?? null;
  }

  const zones = loadTimeZones(config.dataDir);

  function code(
    articleId: string,
    text: string,
    date: string | null,
    dateline: string | null,
    publishedAt: string | null = null,
  ) {
    const sentences = analyzer.sentences(text);
    const mentionsBySentence = resolveArticle(knowledge.actors, sentences, date);
    // People, groups and organisations are not places ("Jordan", "the Taliban"); the
    // countries an article names choose among towns.
    const notPlaces = mentionsBySentence.map((ms) => ms.filter(notAPlace));
    const countries = actorCountries(mentionsBySentence);
    const datelineAt = datelinePlace(dateline, countries);
    // Relative dates count from the local date at the dateline when the instant is known.
    const zone = datelineAt?.place ? timeZoneOf(zones, datelineAt.place) : null;
    const reference = referenceDate(date, publishedAt, zone);
    // Sports, business or entertainment news: a `+` discard ends the whole article.
    const { discards } = knowledge;
    let articleDiscard: Discard | null = null;
    for (const s of sentences) articleDiscard ??= findDiscard(discards.article, s.tokens);
    const rows: ProcessedArticle['sentences'][number][] = [];
    const events: EventRecord[] = [];
    for (const s of sentences) {
      const sentenceId = `${articleId}-${s.index}`;
      const mentions = mentionsBySentence[s.index] ?? [];
      const discard = articleDiscard ?? findDiscard(discards.sentence, s.tokens);
      rows.push({
        id: sentenceId,
        idx: s.index,
        start: s.start,
        end: s.end,
        text: s.text,
        mentions: mentions.map((m) => mentionRecord(s, m)),
        discarded: discard ? `${discard.where} ${discard.text}` : null,
      });
      if (discard) continue;
      const coded = codeSentence(knowledge.coder, s, mentions);
      if (coded.length === 0) continue;
      const expressions = findDateExpressions(s.tokens);
      const found = findPlaces(knowledge.places, s, {
        taken: notPlaces[s.index] ?? [],
        articleCountries: countries,
      });
      const places = locations(s, found, mentions);
      coded.forEach((e, n) => {
        const when = dateEvent(s, expressions, e.anchor, date, reference);
        const actors = [e.source.code, e.target?.code ?? ''].filter((c) => c !== '');
        const where = locateEvent(places, e.anchor, actors, datelineAt);
        events.push(toRecord(e, `${sentenceId}-${n}`, articleId, s, sentenceId, when, where));
      });
    }
    return { rows, events };
  }

  return {
    knowledge,
    processedWith,
    countries: countryCodes(knowledge.actors.entries),
    processArticle(article) {
      const id = articleIdOf(article.key);
      const { text, published, dateline, publishedAt } = article;
      const { rows, events } = code(id, text, published, dateline, publishedAt);
      return { id, article, sentences: rows, events };
    },
    codeText(id, text, date) {
      const { rows, events } = code(id, text, date, null);
      const discarded = rows.flatMap((r) =>
        r.discarded ? [{ sentence: r.idx, discard: r.discarded }] : [],
      );
      return { events, discarded };
    },
    placesOf: (text) => placesInText(analyzer, knowledge, text),
  };
}
