import type { Token } from '../../text/index.js';
import type { Discard } from './parse.js';

/** A score as tokenised: "3-1", "2–0" (one token) or "2 – 2" (three). */
const SCORE = /^\d{1,2}[-–]\d{1,2}$/;

/** How many tokens from `at` a discard word covers, 0 when it does not match there. */
function wordAt(word: string, tokens: readonly Token[], at: number): number {
  const t = tokens[at];
  if (!t) return 0;
  if (word !== '<score>') return t.lower === word ? 1 : 0;
  if (SCORE.test(t.text)) return 1;
  const dash = tokens[at + 1]?.text;
  const digits = (x: Token | undefined): boolean => x !== undefined && /^\d{1,2}$/.test(x.text);
  return digits(t) && (dash === '-' || dash === '–') && digits(tokens[at + 2]) ? 3 : 0;
}

/** Whether words[k..] match from token `p`; `*` steps over up to three tokens. */
function matchesFrom(
  words: readonly string[],
  k: number,
  tokens: readonly Token[],
  p: number,
): boolean {
  const w = words[k];
  if (w === undefined) return true;
  if (w === '*') {
    for (let skip = 0; skip <= 3; skip++)
      if (matchesFrom(words, k + 1, tokens, p + skip)) return true;
    return false;
  }
  const n = wordAt(w, tokens, p);
  return n > 0 && matchesFrom(words, k + 1, tokens, p + n);
}

/** Discards indexed by their first word, so that a sentence is read once. */
export interface DiscardIndex {
  readonly byFirst: ReadonlyMap<string, readonly Discard[]>;
  /** Discards starting with `<score>`, tried at every token that starts with a digit. */
  readonly anywhere: readonly Discard[];
}

export function indexDiscards(discards: readonly Discard[]): DiscardIndex {
  const byFirst = new Map<string, Discard[]>();
  const anywhere: Discard[] = [];
  for (const discard of discards) {
    // A leading `*` adds nothing: the phrase may start anywhere anyway.
    const start = discard.words.findIndex((w) => w !== '*');
    const d = start > 0 ? { ...discard, words: discard.words.slice(start) } : discard;
    const first = d.words[0] ?? '';
    if (first === '<score>') anywhere.push(d);
    else byFirst.set(first, [...(byFirst.get(first) ?? []), d]);
  }
  return { byFirst, anywhere };
}

/** The first discard (in file order per token) whose words appear in the sentence, or null. */
export function findDiscard(index: DiscardIndex, tokens: readonly Token[]): Discard | null {
  // Most lists have no article discards (`+`): nothing to read the sentence for.
  if (index.byFirst.size === 0 && index.anywhere.length === 0) return null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    for (const d of index.byFirst.get(t.lower) ?? NONE) {
      if (matchesFrom(d.words, 0, tokens, i)) return d;
    }
    // A `<score>` starts with a digit: no need to try it on words.
    if (!/^\d/.test(t.text)) continue;
    for (const d of index.anywhere) if (matchesFrom(d.words, 0, tokens, i)) return d;
  }
  return null;
}

const NONE: readonly Discard[] = [];
