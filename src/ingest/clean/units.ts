/**
 * Splits a page into units: one per non-blank line, or, on a hard-wrapped page, one per
 * run of wrapped lines (a line that nearly fills the column continues on the next line,
 * unless that one starts a list item or is a date); on any page, a line that carries on
 * an open sentence or a dateline joins it. The rule passes classify units; every line of
 * a unit shares its fate.
 */
import type { Line } from './line.js';
import { describeLine } from './line.js';
import { parseDateLine } from './published-date.js';
import { hasListMarker } from './shape.js';

/** A unit with the facts about its text (see `line.ts`), worked out once for all passes. */
export interface Unit extends Line {
  /** 1-based input line numbers, in order. */
  readonly lines: readonly number[];
  /** Each line as in the input, trimmed. */
  readonly raw: readonly string[];
  /** The lines joined with a space (a hyphen at a line end joins without one). */
  readonly text: string;
}

/** A line that ends a sentence: final punctuation, maybe before a closing quote. */
const SENTENCE_END = /[.!?…]["'”’»)]*$/u;

/** Pages whose lines run longer than this keep each paragraph on one line: no unwrapping. */
const MAX_WRAP_WIDTH = 100;
/** Narrower columns than this are not hard-wrapped prose. */
const MIN_WRAP_WIDTH = 40;
/** A wrapped line ends within this many characters of the column width. */
const RAGGED_MARGIN = 20;

/** Splits on any line ending; drops a byte-order mark. */
export function splitLines(raw: string): readonly string[] {
  return raw.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/u);
}

/**
 * The column width of a hard-wrapped page, or null when the page is not hard-wrapped:
 * no line with spaces is longer than 100 characters, and at least two lines that reach
 * the column break off mid-sentence and are directly followed by another line. (A page of
 * short paragraphs one per line, as the HTML reader gives, ends its lines with sentences.)
 */
export function wrapWidth(lines: readonly string[]): number | null {
  let width = 0;
  for (const line of lines) if (line.includes(' ')) width = Math.max(width, line.length);
  if (width < MIN_WRAP_WIDTH || width > MAX_WRAP_WIDTH) return null;
  let full = 0;
  lines.forEach((line, i) => {
    const wrapped = line.length >= width - RAGGED_MARGIN && !SENTENCE_END.test(line);
    if (wrapped && (lines[i + 1] ?? '') !== '') full += 1;
  });
  return full >= 2 ? width : null;
}

/** A dateline on a line of its own: "MOSCOW, Feb 11", "GENEVA", "DAMASCUS, Syria". */
const DATELINE_HEAD =
  /^\p{Lu}[\p{Lu} .'-]+(?:,\s*\p{Lu}[\p{L} .]*)?(?:,?\s+\p{L}{3,9}\.?\s+\d{1,2})?$/u;

/**
 * True when `line` goes on with the sentence `previous` left open, whatever the page's
 * layout: `previous` does not end a sentence and `line` starts in lower case ("… on
 * Thursday, the" / "foreign ministry said."), or `previous` is a dateline and `line` its
 * agency credit ("MOSCOW, Feb 11" / "(Reuters) - Russia …").
 */
export function continues(previous: string, line: string): boolean {
  if (previous === '' || SENTENCE_END.test(previous) || hasListMarker(line)) return false;
  if (/^\p{Ll}/u.test(line)) return true;
  return line.startsWith('(') && DATELINE_HEAD.test(previous);
}

function join(raw: readonly string[]): string {
  return raw.reduce((text, line) => (/\p{L}-$/u.test(text) ? text + line : `${text} ${line}`));
}

/** The page's units, in input order. Blank lines separate units and belong to none. */
export function toUnits(raw: string, unwrap: boolean): readonly Unit[] {
  const lines = splitLines(raw).map((line) => line.trim());
  const width = unwrap ? wrapWidth(lines) : null;
  const groups: number[][] = [];
  lines.forEach((line, i) => {
    if (line === '') return;
    const previous = lines[i - 1] ?? '';
    const last = groups.at(-1);
    const wrapped =
      width !== null &&
      previous.length >= width - RAGGED_MARGIN &&
      !hasListMarker(line) &&
      parseDateLine(line) === null;
    if (last !== undefined && previous !== '' && (wrapped || (unwrap && continues(previous, line))))
      last.push(i);
    else groups.push([i]);
  });
  return groups.map((group) => {
    const raw = group.map((i) => lines[i] ?? '');
    const text = join(raw);
    // Listed, not spread: an object spread costs more than working out all the facts.
    const { lower, bare, words, bareWords, sentence } = describeLine(text);
    return { lines: group.map((i) => i + 1), raw, text, lower, bare, words, bareWords, sentence };
  });
}
