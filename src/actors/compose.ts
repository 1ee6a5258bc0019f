import type { Token } from '../text/index.js';
import {
  PEOPLE_NOUNS,
  PLACE_NOUNS,
  PRODUCT_NOUNS,
  SPONSOR_PARTICIPLES,
  TIME_NOUNS,
  isNameToken,
  FORMER_WORDS,
  MEMBER_WORDS,
} from './lexicon.js';
import type { PeopleIndex } from './people-index.js';

/** What composing a mention consults beyond the sentence. */
export interface ComposeKnowledge {
  readonly people: PeopleIndex;
  /**
   * Nouns naming what an actor does, from the event patterns ("airstrike", "visit"): a
   * country before one is its actor ("Russian airstrikes").
   */
  readonly actNouns: ReadonlySet<string>;
}
import { resolveOn } from './resolve.js';
import type { ActorEntry, ActorMention, DatedActor, EntryMatch } from './types.js';

const PRIMARY_KINDS: ReadonlySet<ActorEntry['kind']> = new Set([
  'country',
  'demonym',
  'capital',
  'seat',
  'organisation',
]);
const DATED_KINDS: ReadonlySet<ActorEntry['kind']> = new Set(['person', 'group', 'actor']);

/** Entries of a match, best first: imported dictionaries outrank the built-in base. */
function ranked(m: EntryMatch): readonly ActorEntry[] {
  return m.entries.length < 2
    ? m.entries
    : m.entries.slice().sort((a, b) => b.priority - a.priority);
}

/** A primary match followed by "-backed", "-led"… : returns the participle or null. */
function hyphenParticiple(tokens: readonly Token[], end: number): string | null {
  const a = tokens[end];
  const b = tokens[end + 1];
  if (a?.lower === '-' && b) return b.lower;
  if (a && a.lower.startsWith('-')) return a.lower.slice(1);
  return null;
}

/**
 * The sector entry of a match, unless the match is an adjective modifying a noun
 * ("general intelligence", "military aid"): sector words are nouns.
 */
function sectorOf(tokens: readonly Token[], m: EntryMatch): ActorEntry | undefined {
  const last = tokens[m.end - 1];
  const next = tokens[m.end];
  const modifier =
    last && last.pos === 'ADJ' && next && (next.pos === 'NOUN' || next.pos === 'PROPN');
  // ...unless the noun names people: "civilian advisers", "military personnel".
  if (modifier && !PEOPLE_NOUNS.has(headNoun(tokens, m.end)?.lemma ?? '')) return undefined;
  return ranked(m).find((e) => e.kind === 'sector');
}

/** The head of the noun run that starts at `i`: the last noun before anything else. */
function headNoun(tokens: readonly Token[], i: number): Token | undefined {
  let h = i;
  const inRun = (t: Token | undefined): boolean =>
    t !== undefined &&
    (t.pos === 'NOUN' || t.pos === 'ADJ' || t.lower === '-') &&
    !TIME_NOUNS.has(t.lemma);
  while (h < tokens.length && inRun(tokens[h])) h++;
  return tokens[h - 1];
}

function modifiesActorNoun(
  tokens: readonly Token[],
  i: number,
  actNouns: ReadonlySet<string>,
): boolean {
  const next = tokens[i];
  if (next && TIME_NOUNS.has(next.lemma)) return true;
  // An act right after the country is the country's ("Russian airstrikes"); one further
  // on may have it as a topic ("Syrian peace talks").
  if (next && (actNouns.has(next.lemma) || actNouns.has(next.lower))) return true;
  const head = headNoun(tokens, i);
  return (
    head !== undefined &&
    (PEOPLE_NOUNS.has(head.lemma) || PRODUCT_NOUNS.has(head.lemma) || PLACE_NOUNS.has(head.lemma))
  );
}

/** What the matches of one noun phrase contribute. */
interface Parts {
  primary?: ActorEntry;
  /** The token that ended the primary's match ("Palestinians"). */
  primaryToken?: Token;
  sector?: ActorEntry;
  dated?: ActorEntry;
  titles: ActorEntry[];
  used: ActorEntry[];
}

/** Among dated entries for the same words, the one in post (or named) on the date. */
function bestDated(entries: readonly ActorEntry[], date: string | null): ActorEntry | undefined {
  const dated = entries.filter((e) => DATED_KINDS.has(e.kind));
  if (dated.length < 2 || date === null) return dated[0];
  return dated.find((e) => e.actor && resolveOn(e.actor, date).rule === 'in-range') ?? dated[0];
}

function partsOf(
  tokens: readonly Token[],
  group: readonly EntryMatch[],
  date: string | null,
): Parts {
  const parts: Parts = { titles: [], used: [] };
  for (const m of group) {
    const entries = ranked(m);
    const dated = bestDated(entries, date);
    if (dated && !parts.dated) {
      parts.dated = dated;
      parts.used.push(dated);
    }
    const p = entries.find((e) => PRIMARY_KINDS.has(e.kind));
    if (p && !dated) {
      const participle = hyphenParticiple(tokens, m.end);
      const sponsor = participle !== null && SPONSOR_PARTICIPLES.has(participle);
      // "NATO member Turkey", "EU member state Greece": the member is the actor.
      const member =
        parts.primary?.kind === 'organisation' &&
        p.kind === 'country' &&
        MEMBER_WORDS.has(tokens[m.start - 1]?.lower ?? '');
      if (member && parts.primary) parts.used.splice(parts.used.indexOf(parts.primary), 1);
      if (!sponsor && (!parts.primary || member)) {
        parts.primary = p;
        parts.primaryToken = tokens[m.end - 1];
        parts.used.push(p);
      }
    }
    const s = sectorOf(tokens, m);
    if (s && !parts.sector) {
      parts.sector = s;
      parts.used.push(s);
    }
    for (const t of entries) if (t.kind === 'title') parts.titles.push(t);
  }
  return parts;
}

/**
 * The title entry that fits the phrase and the scope it selects: the organisation named
 * with it ("UN Secretary-General"), the country ("Russian foreign minister"), or the one
 * organisation the title can only belong to ("UN chief"). A title several organisations
 * use, with none named ("the secretary-general"), fits nothing.
 */
function fittingTitle(parts: Parts): { title: ActorEntry; scope: string } | null {
  const primary = parts.primary;
  if (primary?.kind === 'organisation') {
    const t = parts.titles.find((x) => primary.code.startsWith(x.title?.scope ?? '*'));
    return t ? { title: t, scope: t.title?.scope ?? primary.code } : null;
  }
  if (primary) {
    const t =
      parts.titles.find((x) => x.title?.scope === primary.code) ??
      parts.titles.find((x) => x.title?.scope === '*');
    return t ? { title: t, scope: primary.code } : null;
  }
  const scopes = new Set(parts.titles.map((x) => x.title?.scope ?? '*'));
  const organisations = [...scopes].filter((s) => s.startsWith('IGO'));
  // A title only one country uses ("the pope", "the taoiseach") fits on its own too.
  const only =
    organisations.length === 1
      ? organisations[0]
      : scopes.size === 1 && !scopes.has('*')
        ? [...scopes][0]
        : undefined;
  if (!only) return null;
  const t = parts.titles.find((x) => x.title?.scope === only);
  return t ? { title: t, scope: only } : null;
}

type MentionBase = Pick<ActorMention, 'start' | 'end' | 'text' | 'entries' | 'members'>;

/** The country or organisation part and the sector part of a full code. */
function splitCode(code: string): { primary: string | null; sector: string | null } {
  if (code === '') return { primary: null, sector: null };
  if (code.startsWith('IGO') || code.startsWith('IMG')) return { primary: code, sector: null };
  return { primary: code.slice(0, 3), sector: code.length > 3 ? code.slice(3) : null };
}

function withCode(base: MentionBase, code: string, fields: Partial<ActorMention>): ActorMention {
  const split = splitCode(code);
  // Fields spelled out: object spread is slow on this hot path (one per mention).
  return {
    start: base.start,
    end: base.end,
    text: base.text,
    entries: base.entries,
    code,
    primary: fields.primary !== undefined ? fields.primary : split.primary,
    sector: fields.sector !== undefined ? fields.sector : split.sector,
    name: fields.name ?? code,
    source: fields.source ?? 'dictionary',
    person: fields.person ?? null,
    role: fields.role ?? null,
    via: fields.via ?? null,
    actor: fields.actor ?? null,
    members: null,
  };
}

/** The mention a dated actor (person, group, imported actor) gives on a date. */
export function datedMention(
  base: MentionBase,
  actor: DatedActor,
  date: string | null,
  sectorEntry: ActorEntry | undefined,
  source: ActorMention['source'],
  via: string | null,
): ActorMention | null {
  const res = resolveOn(actor, date);
  if (res.code === null && res.rule === 'none' && actor.kind === 'person') {
    // A person whose posts share no code, on no date ("Donald Tusk": Poland, then the EU):
    // the person, with an empty code, never a guess between them.
    const where = [...new Set(actor.codes.map((c) => c.code).filter((c) => c !== ''))];
    return withCode(base, '', {
      name: actor.name,
      source,
      person: actor.name,
      via: [via, `no date: posts in ${where.join(', ')} share no code`].filter((s) => s).join('; '),
      actor,
    });
  }
  if (res.code === null) return null;
  let code = res.code;
  // An agent word adds its sector to a bare country code ("Russian troops" in PETRARCH style).
  if (sectorEntry?.sector && code.length === 3) {
    code =
      sectorEntry.sectorPosition === 'prefix'
        ? sectorEntry.sector + code
        : code + sectorEntry.sector;
  }
  const record = res.record;
  const range = record ? `${record.start ?? '…'}–${record.end ?? '…'}` : '';
  const why = {
    'in-range': `${record?.role ?? 'record'} ${range}`,
    former: `former: last ${record?.role ?? 'record'} ended ${record?.end ?? ''}`,
    before: `before first ${record?.role ?? 'record'} (${record?.start ?? ''})`,
    fallback: 'default code',
    'undated-common': 'no date: the part of the code all records share',
    none: '',
  }[res.rule];
  return withCode(base, code, {
    name: res.name,
    source,
    person: actor.kind === 'person' ? actor.name : null,
    role: res.rule === 'in-range' ? (record?.role ?? null) : null,
    via: [via, why].filter((s) => s).join('; ') || null,
    actor,
  });
}

/**
 * The actor of one noun phrase's dictionary matches on `date`, or null when the phrase
 * names none. In order: a person, group or imported actor (coded by date); a title with
 * a name ("President Bush": the holder with that surname) or with a country or
 * organisation ("the Russian foreign minister": that post's holder on the date); else
 * the first country, capital, seat or organisation with the leftmost sector word.
 * Trailing names join the phrase ("Russian Foreign Minister Sergey Lavrov").
 */
function composeParts(
  k: ComposeKnowledge,
  tokens: readonly Token[],
  text: string,
  group: readonly EntryMatch[],
  date: string | null,
): ActorMention | null {
  const first = group[0];
  const last = group[group.length - 1];
  if (!first || !last) return null;
  const parts = partsOf(tokens, group, date);
  if (!parts.primary && !parts.sector && !parts.dated && parts.titles.length === 0) return null;
  let end = last.end;
  while (end < tokens.length && isNameToken(tokens, end)) end++;
  const startToken = tokens[first.start];
  const endToken = tokens[end - 1];
  if (!startToken || !endToken) return null;
  const base = {
    start: first.start,
    end,
    text: text.slice(startToken.start, endToken.end),
    entries: parts.used,
    members: null,
  };
  const tailName =
    end > last.end
      ? tokens
          .slice(last.end, end)
          .map((t) => t.text)
          .join(' ')
      : null;

  if (parts.dated?.actor) {
    const m = datedMention(
      base,
      parts.dated.actor,
      date,
      parts.sector,
      parts.dated.kind === 'group'
        ? 'group'
        : parts.dated.kind === 'person'
          ? 'person'
          : 'dictionary',
      null,
    );
    if (m) return m;
  }
  const fit = fittingTitle(parts);
  if (!fit && tailName && parts.titles.length > 0 && !parts.primary) {
    // "President Bush": a post and a surname, no country — the one person who fits.
    for (const t of parts.titles) {
      const named = t.title ? k.people.bySurname(tailName, t.title.role, null, date) : null;
      const m = named
        ? datedMention(
            base,
            named,
            date,
            undefined,
            'person',
            `${t.title?.role ?? ''} named ${tailName}`,
          )
        : null;
      if (m) return { ...m, entries: [...parts.used, t] };
    }
  }
  if (fit?.title.title) {
    const { role } = fit.title.title;
    if (tailName) {
      const named = k.people.bySurname(tailName, role, fit.scope, date);
      if (named) {
        const m = datedMention(base, named, date, undefined, 'person', `${role} named ${tailName}`);
        if (m) return { ...m, entries: [...parts.used, fit.title] };
      }
    }
    if (date) {
      const holder = k.people.holder(role, fit.scope, date);
      if (holder) {
        const m = datedMention(
          base,
          holder,
          date,
          undefined,
          'title-holder',
          `holder of ${role} in ${fit.scope} on ${date}`,
        );
        if (m && !tailName) return { ...m, entries: [...parts.used, fit.title] };
      }
    }
  }
  const primary = parts.primary;
  const sector = parts.sector ?? (fit && !fit.scope.startsWith('IGO') ? fit.title : undefined);
  const after = tokens[end];
  const possessive = after?.lower === "'s" || after?.lower === "'";
  if (
    primary &&
    !sector &&
    !possessive &&
    after?.pos === 'NOUN' &&
    primary.kind !== 'capital' &&
    primary.kind !== 'seat'
  ) {
    // A country or organisation before a noun is the actor only when the noun names
    // people or what the actor says or does ("Russian advisers", "an Australian
    // ultimatum", "a UN resolution", "Albania today"), not a topic ("Syria peace talks").
    if (!modifiesActorNoun(tokens, end, k.actNouns)) return null;
  }
  if (!primary && !sector) {
    // An organisation's post with no organisation named ("the secretary-general") is ambiguous.
    return null;
  }
  // A plural demonym on its own, with no article, is the country's people ("Palestinians
  // protested", "Syrians fled"); "the Russians" in diplomatic news is the state.
  const head = parts.primaryToken;
  const peopleOf =
    primary?.kind === 'demonym' &&
    head !== undefined &&
    end === last.end &&
    /[^s]s$/.test(head.lower) &&
    tokens[first.start - 1]?.lower !== 'the';
  const sectorCode = sector?.sector ?? (peopleOf ? 'CVL' : (primary?.sector ?? null));
  if (primary?.kind === 'organisation') {
    // An organisation's own code; a non-government sector is added ("UN peacekeepers").
    const added = sectorCode && sectorCode !== 'GOV' ? sectorCode : '';
    return withCode(base, primary.code + added, {
      name: primary.name,
      primary: primary.code,
      // An organisation acts through its governing bodies unless a sector says otherwise.
      sector: sectorCode ?? 'GOV',
    });
  }

  if (fit?.scope.startsWith('IGO')) {
    return withCode(base, fit.scope, { name: fit.title.name });
  }
  if (fit && !primary) {
    // The country a title belongs to ("the pope": VAT), with the title's sector.
    const code = sectorCode ?? 'GOV';
    return withCode(base, fit.scope + code, {
      primary: fit.scope,
      sector: code,
      name: `${fit.scope} (${fit.title.name})`,
    });
  }
  if (primary) {
    const sectorName = sector?.name ?? primary.sectorName ?? 'government';
    return withCode(base, primary.code + (sectorCode ?? ''), {
      primary: primary.code,
      sector: sectorCode,
      name: sectorCode ? `${primary.name} (${sectorName})` : primary.name,
    });
  }
  return withCode(base, sectorCode ?? '', {
    primary: null,
    sector: sectorCode,
    name: sector?.name ?? '',
  });
}

/**
 * The actor of one noun phrase on `date` (see composeParts); "former", "ousted"… before
 * it make a country's official an elite (`ELI`) whatever the date ("ousted President
 * Akayev", "former foreign minister").
 */
export function compose(
  k: ComposeKnowledge,
  tokens: readonly Token[],
  text: string,
  group: readonly EntryMatch[],
  date: string | null,
): ActorMention | null {
  const m = composeParts(k, tokens, text, group, date);
  if (!m || !m.primary || m.primary.length !== 3 || m.sector === 'ELI') return m;
  const before = tokens[m.start - 1]?.lower ?? '';
  const hyphenEx =
    before.startsWith('ex-') || (before === '-' && tokens[m.start - 2]?.lower === 'ex');
  if (!FORMER_WORDS.has(before) && !hyphenEx) return m;
  const titled = group.some((g) => g.entries.some((e) => e.kind === 'title'));
  if (m.person === null && !titled) return m;
  return {
    start: m.start,
    end: m.end,
    text: m.text,
    entries: m.entries,
    code: `${m.primary}ELI`,
    primary: m.primary,
    sector: 'ELI',
    name: m.name,
    source: m.source,
    person: m.person,
    role: null,
    via: [m.via, `"${before}": a former official`].filter((x) => x).join('; '),
    actor: m.actor,
    members: null,
  };
}
