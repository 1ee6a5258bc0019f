import { ParleyError } from '../../errors.js';

/**
 * A discard: words that mark a sentence, or with `+` a whole article, as not political
 * event news ("World Cup", "box office"): its events are not coded.
 */
export interface Discard {
  /** The words, lower case, matched on consecutive tokens; `<score>` matches a score ("3-1"), `*` up to three tokens. */
  readonly words: readonly string[];
  /** True for `+` lines: the whole article is discarded. */
  readonly article: boolean;
  /** File and line (`data/discards.txt:12`). */
  readonly where: string;
  /** The line as written, without comment. */
  readonly text: string;
}

/**
 * Reads a discard list: one phrase per line, `+` before it for a whole article, `#`
 * starting a comment, `_` as a space. This is PETRARCH's discard format too
 * (`PETR.Validate.discards.txt`), so its files load as they are.
 */
export function parseDiscards(text: string, label: string): Discard[] {
  const out: Discard[] = [];
  text.split(/\r?\n/).forEach((raw, n) => {
    const where = `${label}:${n + 1}`;
    const hash = raw.indexOf('#');
    const line = (hash >= 0 ? raw.slice(0, hash) : raw).trim();
    if (line === '') return;
    const article = line.startsWith('+');
    const body = (article ? line.slice(1) : line).trim();
    const words = body.toLowerCase().replace(/_/g, ' ').split(/\s+/).filter(Boolean);
    if (words.length === 0) throw new ParleyError('a "+" with no phrase after it', { where });
    out.push({ words, article, where, text: body });
  });
  return out;
}
