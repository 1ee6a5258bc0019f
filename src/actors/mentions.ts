import type { Sentence, Token } from '../text/index.js';
import { compose } from './compose.js';
import type { ComposeKnowledge } from './compose.js';
import { LEAD_PARTICIPLES, isGlue } from './lexicon.js';
import type { ActorMention, EntryMatch } from './types.js';

function glueBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!t) return false;
    const led = LEAD_PARTICIPLES.has(t.lower) && tokens[k - 1]?.lower === '-';
    if (!led && !isGlue(t)) return false;
  }
  return true;
}

/**
 * Assembles dictionary matches into the actor mentions of one sentence: matches joined
 * only by modifiers form one actor (compose.ts says how its code is chosen on `date`),
 * then "the government of Syria" and "Israeli and Palestinian negotiators" are joined up.
 */
export function assembleMentions(
  k: ComposeKnowledge,
  sentence: Sentence,
  matches: readonly EntryMatch[],
  date: string | null,
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
    const mention = compose(k, tokens, sentence.text, group, date);
    if (mention) mentions.push(mention);
  }
  return shareSector(tokens, mergeSectorOfCountry(tokens, sentence.text, mentions));
}

/** Sectors whose people belong to the country they are in ("rebels in Syria", "villagers in Cambodia"). */
const LOCAL_SECTORS: ReadonlySet<string> = new Set(['CVL', 'REB']);

/**
 * "the government of Syria", "foreign minister of Saudi Arabia": a sector with no
 * country, followed by "of" and a country, is that country's sector; so are civilians
 * and rebels "in" a country ("villagers in Cambodia"), but not troops, who may be foreign.
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
    const between = tokens[a.end]?.lower;
    const ofBetween =
      b &&
      b.start === a.end + 1 &&
      (between === 'of' || (between === 'in' && LOCAL_SECTORS.has(a.sector ?? '')));
    const countryOnly =
      b && b.primary && b.sector === null && !b.primary.startsWith('IGO') && b.person === null;
    if (b && ofBetween && a.primary === null && a.person === null && a.code !== '' && countryOnly) {
      const first = tokens[a.start];
      const last = tokens[b.end - 1];
      const sectorName =
        a.entries.find((e) => e.kind === 'sector' || e.kind === 'title')?.name ?? 'government';
      out.push({
        ...b,
        start: a.start,
        code: (b.primary ?? '') + (a.sector ?? ''),
        sector: a.sector,
        name: `${b.name} (${sectorName})`,
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
 * "Israeli and Palestinian negotiators", "U.S. and Russian negotiators": a bare demonym or
 * country coordinated with a demonym that has a sector shares that sector.
 */
function shareSector(tokens: readonly Token[], mentions: ActorMention[]): ActorMention[] {
  return mentions.map((a, k) => {
    const b = mentions[k + 1];
    const joiner = tokens[a.end]?.lower;
    const kind = a.entries[0]?.kind;
    const bare =
      a.sector === null && a.entries.length === 1 && (kind === 'demonym' || kind === 'country');
    if (!b || !bare || b.start !== a.end + 1 || (joiner !== 'and' && joiner !== 'or')) return a;
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
