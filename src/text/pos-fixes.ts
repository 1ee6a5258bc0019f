import { MODALS } from './lexicon.js';
import type { Pos, Token } from './types.js';

const DO_FORMS: ReadonlySet<string> = new Set(['do', 'does', 'did']);
const NP_STARTERS: ReadonlySet<Pos> = new Set(['DET', 'PRON', 'PROPN', 'NUM']);

function retag(token: Token, pos: Pos): Token {
  return { ...token, pos };
}

/** Participles that modify nouns as adjectives ("opposing sides", "warring parties"). */
const PARTICIPIAL_ADJECTIVES: ReadonlySet<string> = new Set([
  'opposing',
  'warring',
  'ruling',
  'governing',
  'leading',
  'ongoing',
  'existing',
  'remaining',
  'neighbouring',
  'neighboring',
  'surrounding',
  'upcoming',
  'outgoing',
  'incoming',
  'founding',
  'fighting',
  'competing',
  'rival',
  'so-called',
  'embattled',
  'besieged',
  'disputed',
  'occupied',
  'breakaway',
  'self-proclaimed',
  'armed',
  'unnamed',
  'detained',
  'displaced',
]);

/** A third-person verb form the tagger read as a plural noun ("attacks", "plans"). */
function isSForm(t: Token): boolean {
  return t.lower.endsWith('s') && t.lower !== t.lemma && !t.lower.endsWith("'s");
}

/**
 * Corrects the part-of-speech slips of the tagger that matter to clause analysis
 * (DEPENDENCIES.md: "re-launch"/NOUN). Each rule is local and conservative:
 * 1. "to" + NOUN + determiner/pronoun/name → the NOUN is a verb ("agreed to re-launch the talks").
 * 2. modal or do-support (+ "not") + NOUN → verb ("will visit", "did not attack").
 * 3. name + NOUN in -s + determiner/name/pronoun/number or "to" + verb → verb
 *    ("Turkey attacks Syria", "Iran plans to visit").
 * 4. a participle before a noun, after a determiner or possessive (or a known participial
 *    adjective anywhere) → adjective ("the stalled talks", "opposing sides").
 */
export function fixPos(tokens: readonly Token[]): Token[] {
  const out = tokens.slice();
  for (let i = 0; i < out.length; i++) {
    const t = out[i];
    const next = out[i + 1];
    if (!t || t.pos !== 'VERB' || !next || (next.pos !== 'NOUN' && next.pos !== 'PROPN')) continue;
    // 4. a participle inside a noun phrase is an adjective ("warring parties",
    //    "Yemen's internationally recognised government").
    const before = out[i - 1];
    const beforeThat = out[i - 2];
    const inNounPhrase =
      before !== undefined &&
      (before.pos === 'DET' ||
        before.lower === "'s" ||
        before.lower === "'" ||
        (before.pos === 'ADV' &&
          before.lower.endsWith('ly') &&
          (beforeThat?.pos === 'DET' || beforeThat?.lower === "'s")));
    if (PARTICIPIAL_ADJECTIVES.has(t.lower) || (inNounPhrase && /(ed|en)$/.test(t.lower))) {
      out[i] = retag(t, 'ADJ');
    }
  }
  for (let i = 1; i < out.length; i++) {
    const t = out[i];
    const prev = out[i - 1];
    if (!t || !prev || t.pos !== 'NOUN') continue;
    const next = out[i + 1];
    if (prev.lower === 'to' && next && NP_STARTERS.has(next.pos)) {
      out[i] = retag(t, 'VERB');
      continue;
    }
    const after = out[i + 2];
    const takesObject =
      next && (NP_STARTERS.has(next.pos) || (next.lower === 'to' && after?.pos === 'VERB'));
    if (prev.pos === 'PROPN' && isSForm(t) && takesObject) {
      out[i] = retag(t, 'VERB');
      continue;
    }
    const before = prev.lower === 'not' || prev.lower === "n't" ? out[i - 2] : prev;
    if (
      before &&
      (MODALS.has(before.lower) || DO_FORMS.has(before.lower)) &&
      before.pos === 'AUX'
    ) {
      out[i] = retag(t, 'VERB');
    }
  }
  return out;
}
