import type { Sentence, Token } from '../text/index.js';
import { isNameToken } from './lexicon.js';
import type { ActorMention } from './types.js';

/**
 * Runs of name tokens not covered by `taken` ([start, end) token spans): capitalised
 * names the dictionaries do not know ("Staffan de Mistura", "Gatilov", "Geneva").
 */
export function nameRuns(
  tokens: readonly Token[],
  taken: readonly { start: number; end: number }[],
): { start: number; end: number }[] {
  const covered = new Uint8Array(tokens.length);
  for (const t of taken) for (let i = t.start; i < t.end; i++) covered[i] = 1;
  const runs: { start: number; end: number }[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (covered[i] || !t || (t.pos !== 'PROPN' && t.pos !== 'NOUN') || !isNameToken(tokens, i)) {
      i++;
      continue;
    }
    const start = i;
    while (i < tokens.length && !covered[i] && isNameToken(tokens, i)) i++;
    runs.push({ start, end: i });
  }
  return runs;
}

/** The sentence text of tokens [start, end). */
export function spanText(s: Sentence, start: number, end: number): string {
  const a = s.tokens[start];
  const b = s.tokens[end - 1];
  return a && b ? s.text.slice(a.start, b.end) : '';
}

/** Tokens [start, end) as a name no dictionary knows: an actor with an empty code. */
export function unresolved(s: Sentence, start: number, end: number): ActorMention {
  const text = spanText(s, start, end);
  return {
    start,
    end,
    code: '',
    primary: null,
    sector: null,
    name: text,
    text,
    entries: [],
    source: 'unresolved',
    person: null,
    role: null,
    via: null,
    actor: null,
    members: null,
  };
}
