import type { Sentence, Token } from '../text/index.js';
import type { ActorEntry, ActorMention, EntryMatch } from './types.js';

/** Hyphenated participles that make the country a sponsor, not the actor ("US-backed rebels"). */
const SPONSOR_PARTICIPLES: ReadonlySet<string> = new Set([
  'backed',
  'sponsored',
  'supported',
  'funded',
  'armed',
  'allied',
  'aligned',
  'trained',
  'brokered',
  'mediated',
  'installed',
  'controlled',
  'held',
  'occupied',
  'friendly',
  'leaning',
]);
/** Proper nouns that are dates, not names: "Russia Monday said" does not make "Russia Monday". */
const TIME_WORDS: ReadonlySet<string> = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan.',
  'feb.',
  'mar.',
  'apr.',
  'jun.',
  'jul.',
  'aug.',
  'sep.',
  'sept.',
  'oct.',
  'nov.',
  'dec.',
]);
const PRIMARY_KINDS: ReadonlySet<ActorEntry['kind']> = new Set([
  'country',
  'demonym',
  'capital',
  'seat',
  'organisation',
]);

/** Tokens that may sit between two dictionary matches of one actor ("Russia's deputy foreign minister"). */
function isGlue(t: Token): boolean {
  return (
    t.pos === 'ADJ' ||
    t.pos === 'NOUN' ||
    t.pos === 'PROPN' ||
    t.pos === 'NUM' ||
    t.lower === "'s" ||
    t.lower === "'" ||
    t.lower === '-'
  );
}

function glueBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!t || !isGlue(t)) return false;
  }
  return true;
}

/** A primary match followed by "-backed", "-led"… : returns the participle or null. */
function hyphenParticiple(tokens: readonly Token[], end: number): string | null {
  const a = tokens[end];
  const b = tokens[end + 1];
  if (a?.lower === '-' && b) return b.lower;
  if (a && a.lower.startsWith('-')) return a.lower.slice(1);
  return null;
}

function primaryOf(m: EntryMatch): ActorEntry | undefined {
  return m.entries.find((e) => PRIMARY_KINDS.has(e.kind));
}

/**
 * The sector entry of a match, unless the match is an adjective modifying a noun
 * ("general intelligence", "military aid"): sector words are nouns.
 */
function sectorOf(tokens: readonly Token[], m: EntryMatch): ActorEntry | undefined {
  const last = tokens[m.end - 1];
  const next = tokens[m.end];
  if (last && last.pos === 'ADJ' && next && (next.pos === 'NOUN' || next.pos === 'PROPN'))
    return undefined;
  return m.entries.find((e) => e.kind === 'sector');
}

/**
 * Assembles dictionary matches into actor mentions. Matches joined only by modifiers
 * form one actor; its code is the first independent primary (country, capital, seat,
 * organisation, demonym) plus the leftmost sector word, else the seat's or capital's
 * own sector. A country that only modifies another noun ("Syrian peace talks",
 * "a UN resolution") is not an actor; "US-backed" makes the US a sponsor, not the actor.
 * Trailing proper names join the mention ("Russian Foreign Minister Sergey Lavrov").
 */
export function assembleMentions(
  sentence: Sentence,
  matches: readonly EntryMatch[],
): ActorMention[] {
  const tokens = sentence.tokens;
  const mentions: ActorMention[] = [];
  let g = 0;
  while (g < matches.length) {
    const group: EntryMatch[] = [matches[g] as EntryMatch];
    while (g + 1 < matches.length) {
      const prev = group[group.length - 1] as EntryMatch;
      const next = matches[g + 1] as EntryMatch;
      if (!glueBetween(tokens, prev.end, next.start)) break;
      group.push(next);
      g++;
    }
    g++;
    const mention = mentionOf(tokens, sentence.text, group);
    if (mention) mentions.push(mention);
  }
  return shareSector(tokens, mergeSectorOfCountry(tokens, sentence.text, mentions));
}

function mentionOf(
  tokens: readonly Token[],
  text: string,
  group: readonly EntryMatch[],
): ActorMention | null {
  const first = group[0];
  const last = group[group.length - 1];
  if (!first || !last) return null;
  let primary: ActorEntry | undefined;
  let sector: ActorEntry | undefined;
  let implicitSector: string | null = null;
  const used: ActorEntry[] = [];
  for (const m of group) {
    const p = primaryOf(m);
    if (p) {
      const participle = hyphenParticiple(tokens, m.end);
      const sponsor = participle !== null && SPONSOR_PARTICIPLES.has(participle);
      if (!sponsor && !primary) {
        primary = p;
        implicitSector = p.sector;
        used.push(p);
      }
    }
    const s = sectorOf(tokens, m);
    if (s && !sector) {
      sector = s;
      used.push(s);
    }
  }
  if (!primary && !sector) return null;
  // Extend over the names that follow a title ("Foreign Minister Sergey Lavrov",
  // "President Jean-Claude Juncker").
  let end = last.end;
  while (end < tokens.length) {
    const t = tokens[end];
    if (!t || TIME_WORDS.has(t.lower)) break;
    const hyphenated =
      t.lower === '-' && tokens[end + 1]?.pos === 'PROPN' && tokens[end - 1]?.pos === 'PROPN';
    if (t.pos !== 'PROPN' && !hyphenated) break;
    end++;
  }
  const after = tokens[end];
  const possessive = after?.lower === "'s" || after?.lower === "'";
  if (primary && !sector && !possessive && after?.pos === 'NOUN') {
    // A country or organisation that modifies a plain noun is not an actor
    // ("Syria peace talks", "a UN resolution"); a capital or seat still is.
    if (primary.kind !== 'capital' && primary.kind !== 'seat') return null;
  }
  const sectorCode = sector?.sector ?? implicitSector;
  let code: string;
  let name: string;
  if (primary?.kind === 'organisation') {
    code = primary.code;
    name = primary.name;
  } else if (primary) {
    code = primary.code + (sectorCode ?? '');
    name = sectorCode ? `${primary.name} (${sector?.name ?? 'government'})` : primary.name;
  } else {
    code = sectorCode ?? '';
    name = sector?.name ?? '';
  }
  const start = first.start;
  const endToken = tokens[end - 1];
  const startToken = tokens[start];
  if (!startToken || !endToken) return null;
  return {
    start,
    end,
    code,
    primary: primary?.code ?? null,
    sector: primary?.kind === 'organisation' ? null : sectorCode,
    name,
    text: text.slice(startToken.start, endToken.end),
    entries: used,
  };
}

/**
 * "the government of Syria", "foreign minister of Saudi Arabia": a sector with no
 * country, followed by "of" and a country, is that country's sector.
 */
function mergeSectorOfCountry(
  tokens: readonly Token[],
  text: string,
  mentions: ActorMention[],
): ActorMention[] {
  const out: ActorMention[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const a = mentions[k] as ActorMention;
    const b = mentions[k + 1];
    const ofBetween = b && b.start === a.end + 1 && tokens[a.end]?.lower === 'of';
    if (
      b &&
      ofBetween &&
      a.primary === null &&
      b.primary &&
      b.sector === null &&
      !b.primary.startsWith('IGO')
    ) {
      const first = tokens[a.start];
      const last = tokens[b.end - 1];
      const sectorEntry = a.entries[0];
      out.push({
        start: a.start,
        end: b.end,
        code: b.primary + (a.sector ?? ''),
        primary: b.primary,
        sector: a.sector,
        name: `${b.name} (${sectorEntry?.name ?? 'government'})`,
        text: first && last ? text.slice(first.start, last.end) : a.text,
        entries: [...b.entries, ...a.entries],
      });
      k++;
      continue;
    }
    out.push(a);
  }
  return out;
}

/**
 * "Israeli and Palestinian negotiators": a bare demonym coordinated with a demonym that
 * has a sector shares that sector (ISRGOV and PSEGOV, not ISR and PSEGOV).
 */
function shareSector(tokens: readonly Token[], mentions: ActorMention[]): ActorMention[] {
  return mentions.map((a, k) => {
    const b = mentions[k + 1];
    const joiner = tokens[a.end]?.lower;
    const bareDemonym =
      a.sector === null && a.entries.length === 1 && a.entries[0]?.kind === 'demonym';
    if (!b || !bareDemonym || b.start !== a.end + 1 || (joiner !== 'and' && joiner !== 'or'))
      return a;
    if (b.entries[0]?.kind !== 'demonym' || b.sector === null || !a.primary) return a;
    const sectorName = b.entries.find((e) => e.kind === 'sector')?.name ?? 'government';
    return {
      ...a,
      code: a.primary + b.sector,
      sector: b.sector,
      name: `${a.entries[0]?.name ?? a.primary} (${sectorName})`,
      entries: [...a.entries, ...b.entries.filter((e) => e.kind === 'sector')],
    };
  });
}
