import type { Token } from '../../text/index.js';
import type { SentenceView } from './units.js';

export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'whom', 'whose']);
const QUOTES: ReadonlySet<string> = new Set(['"', '“', '”', '‘', '’', "'", '«', '»']);
/** Words that always open a clause, whatever the tagger says ("unless" read as a preposition). */
const SUBORDINATORS: ReadonlySet<string> = new Set([
  'unless',
  'if',
  'because',
  'although',
  'though',
  'whereas',
  'whether',
]);
const HARD_PUNCT: ReadonlySet<string> = new Set([';', ':', '—', '–', '(', ')']);

/** True when token `i` opens a new clause: subordinator, relative pronoun, quote, `;` or `:`. */
export function opensClause(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return true;
  if (t.pos === 'SCONJ' || SUBORDINATORS.has(t.lower)) return true;
  // "who", not "the WHO" (the World Health Organization).
  if (RELATIVE_PRONOUNS.has(t.lower) && t.text !== t.text.toUpperCase()) return true;
  if (
    t.lower === 'that' &&
    (t.pos === 'PRON' || t.pos === 'DET') &&
    tokens[i + 1]?.pos !== 'NOUN'
  ) {
    return true;
  }
  return QUOTES.has(t.text) || HARD_PUNCT.has(t.text);
}

/**
 * If the comma at `close` ends a parenthetical that opened with an earlier comma, returns
 * the index of that opening comma: prepositional asides (", in a phone call late Friday,"),
 * relative clauses (", who arrived on Sunday,"), participial asides (", backed by Turkey,"),
 * sentence adverbs (", however,") and appositives (", the UN envoy,"). Otherwise -1.
 */
export function parentheticalOpening(view: SentenceView, close: number): number {
  const { tokens } = view;
  let open = -1;
  for (let k = close - 1; k >= 0 && close - k <= 30; k--) {
    const t = tokens[k];
    if (!t) break;
    if (t.text === ',') {
      open = k;
      break;
    }
    if (HARD_PUNCT.has(t.text) || QUOTES.has(t.text)) return -1;
  }
  if (open < 0 || open + 1 >= close) return -1;
  const first = tokens[open + 1];
  if (!first) return -1;
  if (first.pos === 'ADP' || first.pos === 'ADV' || RELATIVE_PRONOUNS.has(first.lower)) return open;
  if (first.pos === 'VERB' && first.lower !== first.lemma) return open;
  // An appositive: a noun phrase between commas, right after another noun phrase.
  const before = tokens[open - 1];
  const inside = view.groupOf.slice(open + 1, close).some((g) => g >= 0);
  if (!inside && before && (view.unitOf[open - 1] ?? -1) >= 0) return open;
  return -1;
}
