import { DAY_WORDS, MODALS, NEGATORS } from './lexicon.js';
import { canBeParticiple, verbForm } from './verb-form.js';
import type { NounPhrase, Pos, Token, VerbGroup } from './types.js';

/** Adverbs that may sit inside a verb group ("has also repeatedly called"). */
const GROUP_ADVERB: Pos = 'ADV';
const NP_MODIFIERS: ReadonlySet<Pos> = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);
const NP_HEADS: ReadonlySet<Pos> = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set([
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
]);

function isNegator(t: Token): boolean {
  return NEGATORS.has(t.lower);
}

/** Verb groups: AUX/negation/adverbs up to the main verb, or a bare auxiliary used as copula. */
function verbGroups(tokens: readonly Token[]): VerbGroup[] {
  const groups: VerbGroup[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!t || (t.pos !== 'AUX' && t.pos !== 'VERB')) {
      i++;
      continue;
    }
    // A negating adverb right before the group belongs to it ("never accused").
    let start = i;
    while (start > 0) {
      const prev = tokens[start - 1];
      const previousGroupEnd = groups[groups.length - 1]?.end ?? 0;
      if (!prev || !isNegator(prev) || start - 1 < previousGroupEnd) break;
      start--;
    }
    let j = i;
    let head = -1;
    while (j < tokens.length) {
      const u = tokens[j];
      if (!u) break;
      if (u.pos === 'VERB') {
        head = j;
        break;
      }
      if (u.pos === 'AUX' || isNegator(u) || u.pos === GROUP_ADVERB) {
        j++;
        continue;
      }
      break;
    }
    let end: number;
    if (head < 0) {
      // No main verb: the last auxiliary is the head (copula "is", "were").
      let last = start;
      for (let k = start; k < j; k++) if (tokens[k]?.pos === 'AUX') last = k;
      head = last;
      end = last + 1;
    } else {
      end = head + 1;
    }
    const headToken = tokens[head];
    if (!headToken) break;
    let negated = false;
    let modal: string | null = null;
    let beOrGet = false;
    for (let k = start; k < head; k++) {
      const u = tokens[k];
      if (!u) continue;
      if (isNegator(u)) negated = true;
      if (u.pos === 'AUX' && MODALS.has(u.lemma)) modal = u.lemma;
      if (u.pos === 'AUX' && (u.lemma === 'be' || u.lemma === 'get')) beOrGet = true;
    }
    const form = headToken.pos === 'VERB' ? verbForm(headToken) : 'present';
    const passive = headToken.pos === 'VERB' && beOrGet && canBeParticiple(form);
    groups.push({
      start,
      end,
      head,
      lemma: headToken.lemma,
      passive,
      negated,
      modal,
      form,
    });
    i = end;
  }
  return groups;
}

function startsNounPhrase(t: Token): boolean {
  return NP_MODIFIERS.has(t.pos) || t.pos === 'PRON';
}

/**
 * Noun phrases: optional determiner or possessive, modifiers, head noun. "'s" chains
 * possessors into one phrase ("Russia's defense ministry"); a participle between a
 * modifier and a noun stays inside ("the stalled talks", "US-backed rebels").
 */
function nounPhrases(tokens: readonly Token[]): NounPhrase[] {
  const phrases: NounPhrase[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!t || !startsNounPhrase(t)) {
      i++;
      continue;
    }
    if (t.pos === 'PRON' && !POSSESSIVE_PRONOUNS.has(t.lower)) {
      phrases.push({ start: i, end: i + 1, head: i });
      i++;
      continue;
    }
    const start = i;
    let head = NP_HEADS.has(t.pos) ? i : -1;
    let j = i + 1;
    while (j < tokens.length) {
      const u = tokens[j];
      const next = tokens[j + 1];
      if (!u) break;
      // "deported a man Friday", "killed ten people yesterday": the day is when, not part of the phrase.
      if (head >= 0 && tokens[head]?.pos === 'NOUN' && DAY_WORDS.has(u.lower)) break;
      if (NP_MODIFIERS.has(u.pos) && u.pos !== 'DET') {
        if (NP_HEADS.has(u.pos)) head = j;
        j++;
        continue;
      }
      if (u.pos === 'PART' && u.lower === "'s") {
        j++;
        continue;
      }
      if (u.lower === '-' && next && (next.pos === 'VERB' || NP_MODIFIERS.has(next.pos))) {
        j++;
        continue;
      }
      // After an adjective, only in a phrase that a determiner opened ("the newly elected
      // president"): otherwise the verb is the predicate ("The US military struck Syria").
      const participleModifier =
        u.pos === 'VERB' &&
        next !== undefined &&
        (next.pos === 'NOUN' || next.pos === 'PROPN') &&
        (tokens[j - 1]?.pos === 'DET' ||
          tokens[j - 1]?.lower === '-' ||
          (tokens[j - 1]?.pos === 'ADJ' && head < 0 && t.pos === 'DET'));
      if (participleModifier) {
        j++;
        continue;
      }
      break;
    }
    if (head >= 0) phrases.push({ start, end: head + 1, head });
    i = head >= 0 ? head + 1 : j;
    if (i <= start) i = start + 1;
  }
  return phrases;
}

export function chunkSentence(tokens: readonly Token[]): {
  nounPhrases: NounPhrase[];
  verbGroups: VerbGroup[];
} {
  return { nounPhrases: nounPhrases(tokens), verbGroups: verbGroups(tokens) };
}
