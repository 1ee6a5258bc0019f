/**
 * The shape of a line of text: is it a sentence, how many words, how it compares with
 * other lines. These are the few facts the rule passes reason with.
 */

/** A bullet ("•", "-", "*", …) or a list number ("1.", "2)") followed by a space. */
const LIST_MARKER = /^(?:[•·▪◦‣●○■□*–-]|\d{1,2}[.)])\s+/u;

/** Sentence-final punctuation, optionally followed by closing quotes or brackets. */
const SENTENCE_END = /[.!?…]["'”’»)\]]*$/u;

/** A sentence boundary inside a line: "… end. Next …". */
const INNER_BOUNDARY = /[.!?]["'”’»)]?\s+["“‘'«]?\p{Lu}/u;

const OPENING_QUOTE = /^["“‘'«„]/u;
const CLOSING_QUOTE = /["”’'»“]$/u;

/** Button labels a scraper leaves at the end of a widget: "… [Join now]", "[Accept] [Manage settings]". */
const BUTTONS = /(?:\s*\[\p{L}[^\][]{0,29}\])+$/u;

/** A line without final punctuation this long, with a sentence break inside, lost its period. */
const LOST_PERIOD_MIN_WORDS = 20;

/** Removes a leading bullet or list number: "• Text" → "Text", "2. Text" → "Text". */
export function stripListMarker(text: string): string {
  return text.replace(LIST_MARKER, '');
}

/** True when the line starts with a bullet or list number. */
export function hasListMarker(text: string): boolean {
  return LIST_MARKER.test(text);
}

/** True when the line ends with button labels in brackets ("[Subscribe]", "[Accept]"). */
export function hasButtons(text: string): boolean {
  const line = text.trim();
  // The pattern can only match at a closing bracket: most lines are spared the scan.
  return line.endsWith(']') && BUTTONS.test(line);
}

/** True when the line has letters and none of them is lower-case: "ORIENT REVIEW". */
export function isCapitals(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/** True for the characters `\s` matches (ASCII and Unicode white space). */
function isSpace(c: number): boolean {
  // '!' up to U+009F (printable ASCII, most of any text) is never space: one comparison.
  if (c > 32 && c < 0xa0) return false;
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Number of whitespace-separated words (counted without splitting: every rule asks, often). */
export function wordCount(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/**
 * True when a line reads as running text rather than a heading, caption or label:
 * it ends like a sentence (`.`, `?`, `!`, `…`, also before closing quotes: `.”`, `?"`),
 * or ends with a colon after a lowercase word ("TASS reports:", "He said:"),
 * or is a whole quotation of five words or more, or is a long multi-sentence line that
 * only lost its final period.
 */
export function isSentenceLike(line: string): boolean {
  const text = stripListMarker(line.trim());
  if (SENTENCE_END.test(text)) return true;
  if (text.endsWith(':')) return /(?:^|\s)[("“]?\p{Ll}/u.test(text.slice(0, -1));
  const words = wordCount(text);
  if (OPENING_QUOTE.test(text) && CLOSING_QUOTE.test(text) && words >= 5) return true;
  return words >= LOST_PERIOD_MIN_WORDS && INNER_BOUNDARY.test(text);
}

/** A key for comparing lines: case, quote style, bullets and spacing do not matter. */
export function comparable(text: string): string {
  return stripListMarker(text.trim())
    .toLowerCase()
    .replace(/[‘’`´]/gu, "'")
    .replace(/[“”«»„]/gu, '"')
    .replace(/\s+/gu, ' ');
}
