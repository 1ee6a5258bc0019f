import winkNLP from 'wink-nlp';
import type { ItemSentence, ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { chunkSentence } from './chunks.js';
import { fixPos } from './pos-fixes.js';
import type { Pos, Sentence, Token } from './types.js';

/** Splits article text into analysed sentences. Create one per process: loading the model takes ~0.2 s. */
export interface Analyzer {
  /** Sentences of `text`; paragraphs are separated by newlines and never share a sentence. */
  sentences(text: string): Sentence[];
  /** Token texts of a short string, split exactly as sentences are (for dictionary entries). */
  tokenize(text: string): string[];
}

interface RawToken {
  text: string;
  lemma: string;
  pos: Pos;
}

const APOSTROPHES = /[\u2019\u2018\u02bc]/g;

export function createAnalyzer(): Analyzer {
  const nlp = winkNLP(model, ['sbd', 'pos']);
  const its = nlp.its;

  function sentencesOfParagraph(paragraph: string, offset: number, out: Sentence[]): void {
    const doc = nlp.readDoc(paragraph);
    let cursor = 0;
    doc.sentences().each((s: ItemSentence) => {
      const tokens = s.tokens();
      const values = tokens.out(its.value) as string[];
      // wink-nlp's typings declare its.lemma with an incompatible addons parameter; it works as an ItsFunction.
      const lemmas = tokens.out(its.lemma as unknown as ItsFunction<string>) as string[];
      const tags = tokens.out(its.pos) as Pos[];
      const raw: RawToken[] = [];
      const starts: number[] = [];
      for (let k = 0; k < values.length; k++) {
        const text = values[k] ?? '';
        const at = paragraph.indexOf(text, cursor);
        // wink-nlp returns tokens as written, so each is found in order; a miss would be a bug.
        const start = at < 0 ? cursor : at;
        starts.push(start);
        cursor = start + text.length;
        raw.push({ text, lemma: lemmas[k] ?? text, pos: tags[k] ?? 'X' });
      }
      if (raw.length === 0) return;
      const first = starts[0] ?? 0;
      const last = (starts[raw.length - 1] ?? 0) + (raw[raw.length - 1]?.text.length ?? 0);
      const tokenList: Token[] = raw.map((r, i) => ({
        i,
        text: r.text,
        lower: r.text.toLowerCase().replace(APOSTROPHES, "'"),
        lemma: r.lemma.toLowerCase().replace(APOSTROPHES, "'"),
        pos: r.pos,
        start: (starts[i] ?? 0) - first,
        end: (starts[i] ?? 0) - first + r.text.length,
      }));
      const fixed = fixPos(tokenList);
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
    });
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
