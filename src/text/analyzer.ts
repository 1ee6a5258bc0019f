import { createRequire } from 'node:module';
import winkNLP from 'wink-nlp';
import type { ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { chunkSentence } from './chunks.js';
import { fixPos } from './pos-fixes.js';
import type { VerbLexicon } from './pos-fixes.js';
import type { Pos, Sentence, Token } from './types.js';

/** Splits article text into analysed sentences. Create one per process: loading the model takes ~0.2 s. */
export interface Analyzer {
  /** Sentences of `text`; paragraphs are separated by newlines and never share a sentence. */
  sentences(text: string): Sentence[];
  /** Token texts of a short string, split exactly as sentences are (for dictionary entries). */
  tokenize(text: string): string[];
}

const APOSTROPHES = /[\u2019\u2018\u02bc]/g;

/** The model's irregular verb forms → base form ("retook" → "retake"). */
const VERB_FORMS = createRequire(import.meta.url)(
  'wink-eng-lite-web-model/dist/wn-verb-exceptions.js',
) as Readonly<Record<string, string>>;

/** Lemmas the model gets wrong for verbs of violence and politics ("staged" → "stag"). */
const LEMMA_FIXES: ReadonlyMap<string, string> = new Map([
  ['staged', 'stage'],
  ['waged', 'wage'],
  ['raped', 'rape'],
  ['rapes', 'rape'],
  ['raping', 'rape'],
]);

/** Lower case with curly apostrophes folded to `'`; only non-ASCII text can hold one. */
function fold(lower: string): string {
  for (let i = 0; i < lower.length; i++) {
    if (lower.charCodeAt(i) > 0x7f) return lower.replace(APOSTROPHES, "'");
  }
  return lower;
}

/**
 * Where `text` starts in `paragraph` at or after `cursor`: as `indexOf`, with the usual
 * cases (the token right at the cursor or after one space) checked first.
 */
function startOf(paragraph: string, text: string, cursor: number): number {
  if (paragraph.startsWith(text, cursor)) return cursor;
  if (paragraph.startsWith(text, cursor + 1)) return cursor + 1;
  return paragraph.indexOf(text, cursor);
}

export function createAnalyzer(): Analyzer {
  const nlp = winkNLP(model, ['sbd', 'pos']);
  const its = nlp.its;

  // A past-tense verb form the tagger read as a noun or adjective: its lemma, from the
  // irregular forms, or the base form the model knows as a verb ("beheaded" → "behead",
  // "blockaded" → "blockade", "stopped" → "stop", "carried" → "carry").
  const verbs = new Map<string, boolean>();
  const isVerb = (base: string): boolean => {
    let known = verbs.get(base);
    if (known === undefined) {
      const t = nlp.readDoc(`They will ${base} it.`).tokens().itemAt(2);
      known = t !== undefined && t.out(its.pos) === 'VERB' && t.out(its.value) === base;
      verbs.set(base, known);
    }
    return known;
  };
  const pastLemmas = new Map<string, string | null>();
  const pastLemma = (word: string): string | null => {
    const known = pastLemmas.get(word);
    if (known !== undefined) return known;
    let lemma: string | null = null;
    const irregular = VERB_FORMS[word];
    if (irregular && !/(ing|s)$/.test(word)) lemma = irregular;
    else if (/^[a-z]{3,}ed$/.test(word)) {
      const stem = word.slice(0, -2);
      const candidates = word.endsWith('ied')
        ? [`${word.slice(0, -3)}y`]
        : /([bdgmnprt])\1$/.test(stem)
          ? [stem.slice(0, -1), stem]
          : [stem, `${stem}e`];
      lemma = candidates.find(isVerb) ?? null;
    }
    lemma = lemma === null ? null : (LEMMA_FIXES.get(word) ?? lemma);
    pastLemmas.set(word, lemma);
    return lemma;
  };

  // The first id of a word outside the model's vocabulary: ids are given in order, and a
  // nonsense word read now is the first the vocabulary did not hold.
  const firstUnknown = Number(nlp.readDoc('zqxjvk').tokens().out(its.uniqueId)[0]);
  const wordTags = new Map<string, Pos | null>();
  const wordTag = (word: string): Pos | null => {
    let tag = wordTags.get(word);
    if (tag === undefined) {
      const t = nlp.readDoc(word).tokens().itemAt(0);
      const known = t !== undefined && Number(t.out(its.uniqueId)) < firstUnknown;
      tag = known ? (t.out(its.pos) as Pos) : null;
      wordTags.set(word, tag);
    }
    return tag;
  };

  // "bombing" → "bomb", "striking" → "strike", "shelling" → "shell", "running" → "run".
  const gerund = (word: string): string | null => {
    if (!/^[a-z]{3,}ing$/.test(word)) return null;
    const stem = word.slice(0, -3);
    const candidates = /([bdgmnprt])\1$/.test(stem)
      ? [stem.slice(0, -1), stem]
      : [stem, `${stem}e`];
    return candidates.find(isVerb) ?? null;
  };

  const lexicon: VerbLexicon = { past: pastLemma, isBase: isVerb, gerund, wordTag };

  function sentencesOfParagraph(paragraph: string, offset: number, out: Sentence[]): void {
    const doc = nlp.readDoc(paragraph);
    // The whole paragraph's tokens at once, then each sentence's range of them: one pass
    // per feature instead of one per sentence.
    const all = doc.tokens();
    const values = all.out(its.value) as string[];
    // wink-nlp's typings declare its.lemma with an incompatible addons parameter; it works as an ItsFunction.
    const lemmas = all.out(its.lemma as unknown as ItsFunction<string>) as string[];
    const tags = all.out(its.pos) as Pos[];
    const spans = doc.sentences().out(its.span) as unknown as [number, number][];
    // Where each token starts in the paragraph.
    const starts: number[] = new Array<number>(values.length);
    let cursor = 0;
    for (let k = 0; k < values.length; k++) {
      const text = values[k] ?? '';
      const at = startOf(paragraph, text, cursor);
      // wink-nlp returns tokens as written, so each is found in order; a miss would be a bug.
      const start = at < 0 ? cursor : at;
      starts[k] = start;
      cursor = start + text.length;
    }
    for (const [from, to] of spans) {
      if (to < from) continue;
      const first = starts[from] ?? 0;
      const last = (starts[to] ?? 0) + (values[to]?.length ?? 0);
      const tokens: Token[] = [];
      for (let k = from; k <= to; k++) {
        const text = values[k] ?? '';
        const start = (starts[k] ?? 0) - first;
        const lower = text.toLowerCase();
        const folded = fold(lower);
        const lemma = lemmas[k] ?? text;
        tokens.push({
          i: k - from,
          text,
          lower: folded,
          lemma: LEMMA_FIXES.get(lower) ?? (lemma === text ? folded : fold(lemma.toLowerCase())),
          pos: tags[k] ?? 'X',
          start,
          end: start + text.length,
        });
      }
      const fixed = fixPos(tokens, lexicon);
      const { nounPhrases, verbGroups } = chunkSentence(fixed);
      out.push({
        index: out.length,
        text: paragraph.slice(first, last),
        start: offset + first,
        end: offset + last,
        tokens: fixed,
        nounPhrases,
        verbGroups,
      });
    }
  }

  return {
    tokenize(text: string): string[] {
      return nlp.readDoc(text).tokens().out(its.value) as string[];
    },
    sentences(text: string): Sentence[] {
      const out: Sentence[] = [];
      let offset = 0;
      for (const line of text.split('\n')) {
        if (line.trim() !== '') sentencesOfParagraph(line, offset, out);
        offset += line.length + 1;
      }
      return out;
    },
  };
}
