import type { Sentence, Token } from '../text/index.js';
import type { ActorKnowledge } from './index.js';
import { assembleMentions } from './mentions.js';
import type { EntryMatch } from './types.js';
import { nameRuns, spanText, unresolved } from './names.js';
import { joinUnknownNames } from './unknown-names.js';
import { withGenericMentions } from './generic.js';
import { surnameKey } from './people-index.js';
import { resolveOn } from './resolve.js';
import type { ActorMention } from './types.js';

function findMentionsIn(
  k: ActorKnowledge,
  s: Sentence,
  matches: readonly EntryMatch[],
  date: string | null,
): ActorMention[] {
  return assembleMentions(k, s, matches, date);
}

/** Nouns a "the two …" phrase uses for two people, or for two parties of any kind. */
const PEOPLE_NOUNS: ReadonlySet<string> = new Set([
  'diplomat',
  'leader',
  'minister',
  'man',
  'woman',
  'president',
  'envoy',
  'official',
  'counterpart',
  'foreign minister',
  'head',
  'premier',
]);
const PARTY_NOUNS: ReadonlySet<string> = new Set([
  'side',
  'country',
  'government',
  'nation',
  'state',
  'party',
]);
const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);

interface Known {
  readonly mention: ActorMention;
  readonly sentence: number;
}

/** What an article has said so far: who was introduced, in order. */
interface Context {
  readonly names: Map<string, Known>;
  readonly recent: Known[];
  /** How often each country was named as the place of events ("in Syria"). */
  readonly settings: Map<string, number>;
  /** The name of each country code seen, for the names of mentions given a country. */
  readonly countryNames: Map<string, string>;
}

function referTo(
  known: Known,
  at: { start: number; end: number; text: string },
  via: string,
  date: string | null,
): ActorMention {
  const m = known.mention;
  const actor = m.actor;
  const code = actor ? (resolveOn(actor, date).code ?? m.code) : m.code;
  return {
    ...m,
    start: at.start,
    end: at.end,
    text: at.text,
    code,
    source: 'coreference',
    via: `${via}: ${m.person ?? m.name} (sentence ${known.sentence + 1})`,
    members: null,
  };
}

/** A name run bound by an appositive to the mention next to it ("Gatilov, Russia's deputy foreign minister,"). */
function appositive(
  tokens: readonly Token[],
  run: { start: number; end: number },
  mentions: readonly ActorMention[],
): ActorMention | null {
  // ", the UN special envoy," — a determiner may open the appositive.
  const opens = tokens[run.end + 1]?.pos === 'DET' ? run.end + 2 : run.end + 1;
  const after = mentions.find((m) => m.start === opens && tokens[run.end]?.text === ',');
  const before = mentions.find((m) => m.end === run.start - 1 && tokens[m.end]?.text === ',');
  for (const m of [after, before]) {
    if (
      m &&
      m.code !== '' &&
      m.person === null &&
      (m.sector !== null || m.primary?.startsWith('IGO'))
    )
      return m;
  }
  return null;
}

/**
 * The mentions of each sentence of an article, with article context: later short
 * mentions ("Lavrov", "the minister", "he", "the two diplomats") refer to the actors
 * already introduced; an appositive binds an unknown name to the post next to it
 * ("Staffan de Mistura, the UN special envoy,"), for the rest of the article; names no
 * dictionary knows are kept as unresolved mentions with an empty code.
 */
export function resolveArticle(
  k: ActorKnowledge,
  sentences: readonly Sentence[],
  date: string | null,
): ActorMention[][] {
  const ctx: Context = {
    names: new Map(),
    recent: [],
    settings: new Map(),
    countryNames: new Map(),
  };
  return sentences.map((s, index) => {
    const plural = pairs(ctx, s);
    // "the two diplomats" refers back; the sector word inside it is not a new actor.
    const matches = k.matcher.match(s.tokens);
    const found = findMentionsIn(k, s, matches, date).filter(
      (m) => !plural.some((p) => p.start < m.end && m.start < p.end),
    );
    const out: ActorMention[] = [...plural];
    for (const m of found) out.push(definite(ctx, s, m, date));
    // Words a dictionary knows are not unknown names, even where they name no actor.
    for (const run of nameRuns(s.tokens, [...found, ...matches])) {
      const text = spanText(s, run.start, run.end);
      const at = { start: run.start, end: run.end, text };
      const known = ctx.names.get(text.toLowerCase()) ?? ctx.names.get(surnameKey(text));
      if (known) {
        out.push(referTo(known, at, 'refers to', date));
        continue;
      }
      const person = k.people.bySurname(text, null, null, date);
      const single = run.end - run.start === 1;
      if (person && single && surnameKey(person.name) === surnameKey(text)) {
        const res = resolveOn(person, date);
        if (res.code) {
          out.push({
            ...unresolved(s, run.start, run.end),
            code: res.code,
            primary: res.code.slice(0, 3),
            sector: res.code.length > 3 ? res.code.slice(3) : null,
            name: person.name,
            source: 'person',
            person: person.name,
            role: res.record?.role ?? null,
            via: 'surname of the only person by that name',
            actor: person,
          });
          continue;
        }
      }
      const bound = appositive(s.tokens, run, found);
      if (bound) {
        const m: ActorMention = {
          ...bound,
          start: run.start,
          end: run.end,
          text,
          source: 'appositive',
          person: text,
          via: `bound to "${bound.text}"`,
          members: null,
        };
        ctx.names.set(text.toLowerCase(), { mention: m, sentence: index });
        ctx.names.set(surnameKey(text), { mention: m, sentence: index });
        out.push(m);
        continue;
      }
      out.push(unresolved(s, run.start, run.end));
    }
    out.splice(0, out.length, ...withGenericMentions(k.generic, s, out, matches));
    out.push(...pronouns(ctx, s, out, date));
    out.sort((a, b) => a.start - b.start);
    const joined = joinUnknownNames(s, out);
    out.splice(0, out.length, ...joined);
    countSettings(ctx, s, out);
    for (let j = 0; j < out.length; j++)
      out[j] = withContextCountry(ctx, s, out[j] as ActorMention, out);
    for (const m of out) observe(ctx, m, index);
    return out;
  });
}

/** Singular nouns that, with "the", stand for a person already named ("the minister"). */
const PERSON_HEADS: ReadonlySet<string> = new Set([
  'minister',
  'president',
  'envoy',
  'diplomat',
  'chancellor',
  'premier',
  'secretary',
  'ambassador',
  'king',
  'emir',
  'prince',
  'leader',
]);

/**
 * "the minister", "the president", "the German chancellor" with no name: the latest
 * person introduced with that post (or, for a bare noun, in that sector). Plurals and
 * anonymous sources ("the diplomats", "the official") refer to nobody in particular.
 */
function definite(ctx: Context, s: Sentence, m: ActorMention, date: string | null): ActorMention {
  if (
    m.primary !== null ||
    m.person !== null ||
    m.code === '' ||
    s.tokens[m.start - 1]?.lower !== 'the'
  )
    return m;
  const head = s.tokens[m.end - 1];
  if (!head || head.lower !== head.lemma || !PERSON_HEADS.has(head.lemma)) return m;
  const role = m.entries.find((e) => e.kind === 'title')?.title?.role ?? null;
  for (let k = ctx.recent.length - 1; k >= 0; k--) {
    const known = ctx.recent[k] as Known;
    const prior = known.mention;
    const fits = role ? prior.role === role : prior.person !== null && prior.sector === m.sector;
    if (fits)
      return referTo(known, { start: m.start, end: m.end, text: m.text }, 'refers to', date);
  }
  return m;
}

/** "he", "she": the latest person introduced. */
function pronouns(
  ctx: Context,
  s: Sentence,
  taken: readonly ActorMention[],
  date: string | null,
): ActorMention[] {
  const out: ActorMention[] = [];
  s.tokens.forEach((t, i) => {
    if (t.pos !== 'PRON' || !PERSONAL_PRONOUNS.has(t.lower)) return;
    if (taken.some((m) => m.start <= i && i < m.end)) return;
    const earlier = [
      ...ctx.recent,
      ...taken.filter((m) => m.end <= i).map((mention) => ({ mention, sentence: -1 })),
    ];
    const person = earlier.filter((x) => x.mention.person !== null && x.mention.code !== '').pop();
    if (person) out.push(referTo(person, { start: i, end: i + 1, text: t.text }, 'pronoun', date));
  });
  return out;
}

/** "the two diplomats", "both sides": the last two distinct actors of that kind. */
function pairs(ctx: Context, s: Sentence): ActorMention[] {
  const out: ActorMention[] = [];
  const tokens = s.tokens;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i];
    const b = tokens[i + 1];
    const c = tokens[i + 2];
    let start = -1;
    let end = -1;
    let noun: Token | undefined;
    if (a?.lower === 'the' && b?.lower === 'two' && c) {
      // skip adjectives: "the two top diplomats"
      let j = i + 2;
      while (tokens[j]?.pos === 'ADJ') j++;
      noun = tokens[j];
      [start, end] = [i, j + 1];
    }
    if (!noun || start < 0) continue;
    const people = PEOPLE_NOUNS.has(noun.lemma);
    if (!people && !PARTY_NOUNS.has(noun.lemma)) continue;
    const members: ActorMention[] = [];
    for (let k = ctx.recent.length - 1; k >= 0 && members.length < 2; k--) {
      const m = (ctx.recent[k] as Known).mention;
      if (m.code === '' || (people && m.person === null)) continue;
      if (members.some((x) => x.code === m.code && x.person === m.person)) continue;
      members.unshift(m);
    }
    if (members.length < 2) continue;
    const text = spanText(s, start, end);
    out.push({
      ...unresolved(s, start, end),
      name: members.map((m) => m.person ?? m.name).join(' and '),
      source: 'coreference',
      via: `the two: ${members.map((m) => m.person ?? m.name).join(', ')}`,
      members,
      text,
    });
    i = end - 1;
  }
  return out;
}

function observe(ctx: Context, m: ActorMention, sentence: number): void {
  if (m.code === '' || m.members) return;
  const known = { mention: m, sentence };
  ctx.recent.push(known);
  if (m.person) {
    ctx.names.set(m.person.toLowerCase(), known);
    ctx.names.set(surnameKey(m.person), known);
  }
}

/** Prepositions that make a country the place of events, not an actor in them. */
const SPATIAL: ReadonlySet<string> = new Set(['in', 'inside', 'across', 'throughout', 'within']);

/** Sectors that belong to the country a sentence is about ("Ibo elders", "the opposition"). */
const DOMESTIC: ReadonlySet<string> = new Set([
  'OPP',
  'ELI',
  'LAB',
  'EDU',
  'AGR',
  'REL',
  'CVL',
  'PTY',
  'LEG',
  'JUD',
  'COP',
  'MED',
  'BUS',
  'HLH',
]);

function isCountry(m: ActorMention): boolean {
  return m.primary !== null && /^[A-Z]{3}$/.test(m.primary) && m.members === null;
}

/** True inside parentheses: an aside ("(both outlawed in Russia)") is not where events happen. */
function inParentheses(tokens: readonly Token[], at: number): boolean {
  let depth = 0;
  for (let k = 0; k < at; k++) {
    const t = tokens[k]?.text;
    if (t === '(') depth++;
    else if (t === ')' && depth > 0) depth--;
  }
  return depth > 0;
}

/** The countries a sentence names, outside parentheses. */
function countriesOf(s: Sentence, mentions: readonly ActorMention[]): ActorMention[] {
  return mentions.filter((m) => isCountry(m) && !inParentheses(s.tokens, m.start));
}

function countSettings(ctx: Context, s: Sentence, mentions: readonly ActorMention[]): void {
  for (const m of countriesOf(s, mentions)) {
    if (!m.primary) continue;
    const name = m.entries.find((e) => e.code === m.primary)?.name;
    if (name && !ctx.countryNames.has(m.primary)) ctx.countryNames.set(m.primary, name);
    if (SPATIAL.has(s.tokens[m.start - 1]?.lower ?? '')) {
      ctx.settings.set(m.primary, (ctx.settings.get(m.primary) ?? 0) + 1);
    }
  }
}

/**
 * A sector with no country ("rebels", "the opposition delegation") takes the country
 * when the context makes it clear, and says so in `via`: a country named as the place
 * of events in the same sentence ("rebels in Syria"); for domestic sectors, the only
 * country in the sentence ("Ibo elders … the Nigerian interior ministry"); else the
 * country the article most often names as the place of events. Otherwise it stays a
 * sector alone: never a guess.
 */
const FROM_CONTEXT = 'country from context';

/** True when the mention's country was taken from its context, not named with it. */
export function countryFromContext(m: ActorMention): boolean {
  return m.via?.includes(FROM_CONTEXT) ?? false;
}

function withContextCountry(
  ctx: Context,
  s: Sentence,
  m: ActorMention,
  all: readonly ActorMention[],
): ActorMention {
  if (m.primary !== null || m.person !== null || m.code === '' || m.members || !m.sector) return m;
  const others = countriesOf(s, all).filter((x) => x !== m);
  const here = new Set(
    others.filter((x) => SPATIAL.has(s.tokens[x.start - 1]?.lower ?? '')).map((x) => x.primary),
  );
  let country: string | null = null;
  let why = '';
  if (here.size === 1) {
    country = [...here][0] ?? null;
    why = 'the place named in the sentence';
  } else {
    const inSentence = new Set(others.map((x) => x.primary));
    if (inSentence.size === 1 && DOMESTIC.has(m.sector.slice(0, 3))) {
      country = [...inSentence][0] ?? null;
      why = 'the only country in the sentence';
    } else if (inSentence.size === 0) {
      const ranked = [...ctx.settings.entries()].sort((a, b) => b[1] - a[1]);
      const [first, second] = ranked;
      if (first && first[1] >= 2 && (!second || first[1] > second[1])) {
        country = first[0];
        why = "the article's main place of events";
      }
    }
  }
  if (!country) return m;
  return {
    ...m,
    code: country + m.sector,
    primary: country,
    name: `${ctx.countryNames.get(country) ?? country} (${m.name})`,
    via: [m.via, `${FROM_CONTEXT}: ${country}, ${why}`].filter((x) => x).join('; '),
  };
}
