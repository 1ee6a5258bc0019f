/**
 * What PETRARCH/TABARI actor and agent dictionaries share: comments, line numbers and
 * phrase strings. Each format is described at the top of its parser
 * (petrarch-actors.ts, petrarch-agents.ts).
 */
import { ParleyError } from '../../errors.js';

/** One line of a dictionary that carries something once comments are removed. */
export interface DictionaryLine {
  /** `file:line`. */
  readonly where: string;
  /** The line starts with a blank or a tab (date restrictions do). */
  readonly indented: boolean;
  /** The line without its comment, trimmed. */
  readonly body: string;
  /** A blank line separates this line from the previous line that carries something. */
  readonly afterBlank: boolean;
}

/** Characters that stand for a letter lost by an earlier re-encoding (`COTE_D\uFFFDIVOIRE`). */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const LOST_CHARACTER = /[\u0000-\u0008\u000b-\u001f\u007f\ufffd]/;

/**
 * The lines of a dictionary that hold a record, in order. Removed: blank lines, `#`
 * and `;` comments (to the end of the line; PETRARCH and TABARI), and `<!-- … -->`
 * comments, which may span lines (PETRARCH's validation files). An unclosed `<!--`
 * is reported in `problems`.
 */
export function dictionaryLines(
  text: string,
  file: string,
  problems: ParleyError[],
): DictionaryLine[] {
  const out: DictionaryLine[] = [];
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  let openComment: string | null = null;
  let blank = false;
  lines.forEach((raw, k) => {
    const line = raw.replace(/\r$/, '');
    const where = `${file}:${k + 1}`;
    if (openComment !== null) {
      if (line.includes('-->')) openComment = null;
      return;
    }
    if (line.trimStart().startsWith('<!')) {
      if (!line.includes('-->')) openComment = where;
      return;
    }
    if (line.trim() === '') blank = true;
    const body = line.replace(/[#;].*$/, '').trim();
    if (body === '') return;
    out.push({ where, indented: /^[ \t]/.test(line), body, afterBlank: blank });
    blank = false;
  });
  if (openComment !== null) {
    problems.push(
      new ParleyError('comment "<!--" is never closed by "-->"', { where: openComment }),
    );
  }
  return out;
}

/**
 * A phrase string as entry text: underscores and runs of blanks become one space, no
 * leading or trailing blank, lower case (PETRARCH matches phrases case-insensitively).
 * `SERGEY_V._LAVROV_` → `sergey v. lavrov`.
 */
export function phraseText(raw: string): string {
  return raw.replace(/_/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Why a phrase cannot be used as entry text, or null when it can. */
export function phraseProblem(raw: string, text: string): string | null {
  if (text === '') return `empty phrase "${raw}"`;
  if (LOST_CHARACTER.test(text)) {
    return `phrase "${raw.replace(LOST_CHARACTER, '?')}" has a character lost in an earlier re-encoding; phrase ignored`;
  }
  if (/[[\]{}]/.test(text)) return `phrase "${raw}" contains a bracket; phrase ignored`;
  return null;
}

/** Words kept in lower case inside a readable name ("Secretary of State"). */
const LOWER_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'de', 'del', 'van', 'von']);

/**
 * A lower-case phrase as a readable name: "sergey v. lavrov" → "Sergey V. Lavrov",
 * "u.n. secretary general" → "U.N. Secretary General", "ban ki-moon" → "Ban Ki-Moon".
 */
export function readableName(text: string): string {
  return text
    .split(' ')
    .map((word, k) => {
      if (/^(?:\p{L}\.)+\p{L}?$/u.test(word)) return word.toUpperCase();
      if (k > 0 && LOWER_WORDS.has(word)) return word;
      // Capitals after a hyphen and in O'Brien, not in People's.
      return word.replace(
        /(^|-|['’](?=\p{L}{2}))(\p{L})/gu,
        (_m, before: string, letter: string) => {
          return before + letter.toUpperCase();
        },
      );
    })
    .join(' ');
}
