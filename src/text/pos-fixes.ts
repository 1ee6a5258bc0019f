import { fixHeadlineVerbs } from './headlines.js';
import { MODALS } from './lexicon.js';
import { fixQuantities } from './quantities.js';
import { isSForm, retag } from './retag.js';
import type { Pos, Token } from './types.js';

const DO_FORMS: ReadonlySet<string> = new Set(['do', 'does', 'did']);
const NP_STARTERS: ReadonlySet<Pos> = new Set(['DET', 'PRON', 'PROPN', 'NUM']);

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

/** Verbs after which a bare verb is an infinitive ("helped build"), not a noun modifier. */
const BARE_INFINITIVE_TAKERS: ReadonlySet<string> = new Set([
  'help',
  'make',
  'let',
  'see',
  'hear',
  'watch',
  'have',
  'bid',
]);

/** Parts of speech a word of a hyphenated compound ("cease-fire", "rebel-held") is not. */
const NOT_IN_COMPOUND: ReadonlySet<Pos> = new Set(['VERB', 'AUX', 'ADP', 'ADV']);

/** Words that start an object noun phrase, or an adjective complement ("shot dead"). */
const OBJECT_STARTERS: ReadonlySet<Pos> = new Set(['DET', 'PRON', 'PROPN', 'NUM', 'ADJ']);

/** What the model's lexicon knows about a word. */
export interface VerbLexicon {
  /** The lemma of a past-tense form ("retook" → "retake", "beheaded" → "behead"), or null. */
  past(word: string): string | null;
  /** True when the word is a verb's base form ("release", "withdraw"). */
  isBase(word: string): boolean;
  /** The lemma of an -ing form ("bombing" → "bomb", "striking" → "strike"), or null. */
  gerund(word: string): string | null;
  /**
   * The tag of a lower-case word the model's vocabulary holds, read on its own
   * ("furious" → ADJ, "some" → DET), or null for a word it does not hold ("maduro").
   */
  wordTag(word: string): Pos | null;
}

const NO_LEXICON: VerbLexicon = {
  past: () => null,
  isBase: () => false,
  gerund: () => null,
  wordTag: () => null,
};

const BE_FORMS: ReadonlySet<string> = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  "'s",
  "'re",
]);

/**
 * 9. An -ing form read as a noun after a form of "be", before an object, is the verb of
 * a progressive: "Israel is bombing Gaza", "Turkey is striking Kurdish positions".
 */
function fixProgressives(out: Token[], verbs: VerbLexicon): void {
  for (let i = 1; i + 1 < out.length; i++) {
    const t = out[i];
    const next = out[i + 1];
    if (!t || !next || (t.pos !== 'NOUN' && t.pos !== 'ADJ') || !t.lower.endsWith('ing')) continue;
    if (!BE_FORMS.has(out[i - 1]?.lower ?? '') || !OBJECT_STARTERS.has(next.pos)) continue;
    const lemma = verbs.gerund(t.lower);
    if (lemma) out[i] = retag(t, 'VERB', lemma);
  }
}

/** Tags of common words whose capital at the start of a sentence does not make a name. */
const NOT_NAMES: ReadonlySet<Pos> = new Set(['ADJ', 'DET', 'NUM', 'PRON']);

/** Punctuation after which a word is written with a capital: quotes, brackets, dateline dashes. */
const OPENERS: ReadonlySet<string> = new Set(['"', '“', "'", '‘', '(', '-', '--', '–', '—', ':']);

/**
 * 8. A word capitalised only because it starts the sentence is not a name: "Furious
 * Theresa May…", "Top Iranian commander…", "Armed men…", "Several countries…". The
 * tagger reads such words as names; the model's vocabulary knows them as adjectives,
 * determiners, numbers or pronouns.
 */
function fixSentenceStart(out: Token[], words: VerbLexicon): void {
  let i = 0;
  while (i < out.length && OPENERS.has(out[i]?.text ?? '')) i++;
  const t = out[i];
  if (!t || t.pos !== 'PROPN' || !/^\p{Lu}[\p{Ll}-]+$/u.test(t.text)) return;
  const tag = words.wordTag(t.lower);
  if (tag && NOT_NAMES.has(tag)) out[i] = retag(t, tag);
}

/** True when `b` follows `a` with nothing between ("cease" "-" "fire"). */
function touching(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

/**
 * Hyphenated compounds are one word: "cease-fire", "rebel-held areas", "a sit-in",
 * "power-sharing". A part the tagger read as a verb, preposition or adverb is a noun, or
 * an adjective when it is a participle.
 */
function fixCompounds(out: Token[]): void {
  for (let i = 1; i + 1 < out.length; i++) {
    const hyphen = out[i];
    if (hyphen?.text !== '-' || !touching(out[i - 1], hyphen) || !touching(hyphen, out[i + 1]))
      continue;
    for (const k of [i - 1, i + 1]) {
      const t = out[k];
      if (!t || !NOT_IN_COMPOUND.has(t.pos)) continue;
      out[k] = retag(t, /(ed|en|ing)$/.test(t.lower) && k === i + 1 ? 'ADJ' : 'NOUN');
    }
  }
}

/**
 * Corrects the part-of-speech slips of the tagger that matter to clause analysis
 * (DEPENDENCIES.md: "re-launch"/NOUN). Each rule is local and conservative:
 * 0. the parts of a hyphenated compound are not verbs ("cease-fire", "rebel-held");
 * 1. "to" + NOUN + determiner/pronoun/name → the NOUN is a verb ("agreed to re-launch the talks").
 * 2. modal or do-support (+ "not") + NOUN → verb ("will visit", "did not attack").
 * 3. name + NOUN in -s + determiner/name/pronoun/number or "to" + verb → verb
 *    ("Turkey attacks Syria", "Iran plans to visit").
 * 4. a participle before a noun, after a determiner or possessive (or a known participial
 *    adjective anywhere) → adjective ("the stalled talks", "opposing sides");
 * 5. a past-tense form read as a noun or adjective, right after the subject's noun and
 *    before an object or a preposition other than "by"/"of" → verb ("Iraqi forces retook
 *    Mosul", "Gunmen abducted two workers", "Qatar mediated between …");
 * 6. a bare verb between a verb and a noun is a noun modifier ("fired tear gas");
 * 7. a base verb read as a noun after "that" or a verb and a name, before an object, is
 *    the verb of a subjunctive clause ("demanded that Iran release the sailors");
 * 8. a common word capitalised at the start of a sentence is not a name ("Furious …");
 * 9. an -ing noun after "be" and before an object is a verb ("is bombing Gaza");
 * 10. a preposition that qualifies a number is an adverb ("About 200 refugees fled");
 * 11. a headline's present verb read as a noun is a verb ("Venezuela releases dozens").
 */
export function fixPos(tokens: readonly Token[], verbs: VerbLexicon = NO_LEXICON): Token[] {
  const out = tokens.slice();
  fixSentenceStart(out, verbs);
  fixCompounds(out);
  fixProgressives(out, verbs);
  fixQuantities(out);
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
  for (let i = 1; i + 1 < out.length; i++) {
    const t = out[i];
    const prev = out[i - 1];
    const next = out[i + 1];
    if (!t || !prev || !next) continue;
    // 5. "forces retook Mosul", "Israel blockaded the Gaza Strip".
    if ((t.pos === 'NOUN' || t.pos === 'ADJ') && (prev.pos === 'NOUN' || prev.pos === 'PROPN')) {
      const object =
        OBJECT_STARTERS.has(next.pos) ||
        (next.pos === 'ADP' && next.lower !== 'by' && next.lower !== 'of');
      // A participle that usually modifies ("detained activists") is the verb when the
      // sentence has no other: "Armenian police detained Russian protesters".
      const adjective = PARTICIPIAL_ADJECTIVES.has(t.lower) && out.some((x) => x.pos === 'VERB');
      const lemma = object && !adjective ? verbs.past(t.lower) : null;
      if (lemma) {
        out[i] = retag(t, 'VERB', lemma);
        continue;
      }
      // 7. "demanded that Iran release the sailors", "urged Assad step down".
      const opener = out[i - 2];
      const subjunctive =
        t.pos === 'NOUN' &&
        prev.pos === 'PROPN' &&
        t.lower === t.lemma &&
        NP_STARTERS.has(next.pos) &&
        (opener?.lower === 'that' || opener?.pos === 'VERB');
      if (subjunctive && verbs.isBase(t.lower)) out[i] = retag(t, 'VERB');
      continue;
    }
    // 6. "fired tear gas", "used rubber bullets".
    if (
      t.pos === 'VERB' &&
      t.lower === t.lemma &&
      prev.pos === 'VERB' &&
      next.pos === 'NOUN' &&
      !BARE_INFINITIVE_TAKERS.has(prev.lemma)
    ) {
      out[i] = retag(t, 'NOUN');
    }
  }
  fixHeadlineVerbs(out, verbs);
  return out;
}
