/**
 * A line's text with the facts about it that the rule passes ask for, worked out once:
 * every unit of a page carries them (see `units.ts`), so a pass reads a number where it
 * used to count the words of a paragraph again.
 */
import { isSentenceLike, stripListMarker, wordCount } from './shape.js';

export interface Line {
  /** The text, as given (a unit's text is trimmed). */
  readonly text: string;
  /**
   * The text in lower case, for cheap keyword checks before case-insensitive patterns run.
   * The long s "ſ", which such patterns read as "s", is written "s".
   */
  readonly lower: string;
  /** The text without a leading bullet or list number (see `stripListMarker`). */
  readonly bare: string;
  /** `wordCount(text)`. */
  readonly words: number;
  /** `wordCount(bare)`. */
  readonly bareWords: number;
  /** `isSentenceLike(text)`. */
  readonly sentence: boolean;
}

/** The facts about a line of text. */
export function describeLine(text: string): Line {
  const bare = stripListMarker(text);
  const words = wordCount(text);
  return {
    text,
    lower: text.toLowerCase().replaceAll('ſ', 's'),
    bare,
    words,
    bareWords: bare === text ? words : wordCount(bare),
    sentence: isSentenceLike(text),
  };
}

/**
 * The facts of a unit, which carries them, or of bare text, worked out now. Line rules take
 * either: the passes give them units, tests and one-off checks give them text.
 */
export function lineOf(input: Line | string): Line {
  return typeof input === 'string' ? describeLine(input) : input;
}
