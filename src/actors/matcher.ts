import { caseRuleOf, pluralsOf, satisfiesCase, tokenKey } from './keys.js';
import type { CaseRule } from './keys.js';
import type { ActorEntry, EntryMatch } from './types.js';

interface Candidate {
  readonly entry: ActorEntry;
  readonly rules: readonly CaseRule[];
}

interface Node {
  readonly next: Map<string, Node>;
  readonly candidates: Candidate[];
}

function node(): Node {
  return { next: new Map(), candidates: [] };
}

/** Finds dictionary entries in token sequences: longest match first, compiled once into a trie. */
export interface ActorMatcher {
  /** Non-overlapping longest matches, left to right. */
  match(tokens: readonly { readonly text: string }[]): EntryMatch[];
  readonly size: number;
}

/**
 * Compiles entries into a token trie. `tokenize` must split entry texts exactly as
 * sentences are split (the text stage's tokenizer), so "U.S." or "Ki-moon" line up.
 */
export function compileMatcher(
  entries: readonly ActorEntry[],
  tokenize: (text: string) => string[],
): ActorMatcher {
  const root = node();
  let size = 0;
  const insert = (tokens: readonly string[], entry: ActorEntry): void => {
    let at = root;
    for (const t of tokens) {
      const key = tokenKey(t);
      let child = at.next.get(key);
      if (!child) {
        child = node();
        at.next.set(key, child);
      }
      at = child;
    }
    at.candidates.push({ entry, rules: tokens.map(caseRuleOf) });
    size++;
  };
  for (const entry of entries) {
    const tokens = tokenize(entry.text);
    if (tokens.length === 0) continue;
    insert(tokens, entry);
    if (entry.kind === 'sector') {
      const last = tokens[tokens.length - 1] ?? '';
      if (/^[a-z]+$/.test(last)) {
        for (const plural of pluralsOf(last)) insert([...tokens.slice(0, -1), plural], entry);
      }
    }
  }

  return {
    size,
    match(tokens) {
      const found: EntryMatch[] = [];
      const keys = tokens.map((t) => tokenKey(t.text));
      let i = 0;
      while (i < tokens.length) {
        let at: Node | undefined = root;
        let best: EntryMatch | null = null;
        for (let j = i; j < tokens.length && at; j++) {
          at = at.next.get(keys[j] ?? '');
          if (!at || at.candidates.length === 0) continue;
          const ok = at.candidates.filter((c) =>
            c.rules.every((rule, k) => satisfiesCase(rule, tokens[i + k]?.text ?? '')),
          );
          if (ok.length > 0) best = { start: i, end: j + 1, entries: ok.map((c) => c.entry) };
        }
        if (best) {
          found.push(best);
          i = best.end;
        } else {
          i++;
        }
      }
      return found;
    },
  };
}
