/**
 * PETRARCH/TABARI actor dictionaries (`*.actors.txt`) → dated actors.
 *
 * A record is a primary phrase, its synonyms and its date restrictions:
 *
 *     SERGEY_LAVROV_  # comment
 *     +SERGEI_LAVROV
 *     	[RUSGOV 19940922-20040712]
 *     	[RUSGOV >20040309]
 *     ZIMBABWE  [ZBW]
 *
 * - A line that starts with neither a blank, a tab nor `+` is a primary phrase and
 *   starts a record; `+PHRASE` lines are its synonyms; indented `[CODE …]` lines are its
 *   restrictions. Records need no blank line between them. Phoenix also writes a
 *   person's names as several primary lines with no code before the restrictions
 *   (`LEONID_BREZHNEV_`, `SECRETARY_BREZHNEV`, then `\t[RUSGOV 641014-821110]`): a
 *   primary line with no code of its own that directly follows (no blank line) a record
 *   that has no code block yet is a synonym of that record.
 * - Phrases: words separated by underscores or blanks; a trailing `_` is dropped. Entry
 *   text is lower case (see phraseText).
 * - `[CODE]` (on the primary line or a restriction line) is the default code, used when
 *   no restriction holds. `[CODE <date]`, `[CODE >date]`, `[CODE date-date]` are dated
 *   codes, both ends inclusive; dates as in petrarch-dates.ts. Blanks inside the brackets
 *   are ignored (`[HOB < 950601]`). TABARI's restrictions on the primary line
 *   (`JAVIER_DE_CUELLAR_ [IGOUNO 820101-911231] [ELI]`) are read too.
 * - `---` is TABARI's null code: the phrase is an actor's name but gets no code. As a
 *   default it leaves `fallback` null; as a dated code it becomes a DatedCode whose
 *   `code` is the empty string (no code over that range).
 * - Codes are upper-cased and must be letters and digits.
 *
 * Anything malformed is reported in `problems` (naming `file:line`) and skipped: a bad
 * restriction drops that restriction, a bad phrase that phrase, and a record left with
 * no phrase or no code at all is dropped. The rest of the file is still read.
 */
import { ParleyError } from '../../errors.js';
import type { ActorEntry, DatedActor, DatedCode } from '../types.js';
import { petrarchRange } from './petrarch-dates.js';
import { dictionaryLines, phraseProblem, phraseText, readableName } from './petrarch-lines.js';

/** TABARI's null code. */
const NULL_CODE = '---';
const CODE = /^[A-Z0-9]+$/;

export interface ImportResult {
  readonly entries: ActorEntry[];
  readonly problems: ParleyError[];
}

interface Phrase {
  readonly text: string;
  readonly where: string;
}

interface Draft {
  /** The primary phrase as written, for messages. */
  readonly raw: string;
  readonly where: string;
  readonly phrases: Phrase[];
  readonly codes: DatedCode[];
  /** undefined: no default given; null: the null code `---`. */
  fallback: string | null | undefined;
  fallbackWhere: string;
  /** A code block, usable or not, has been read for this record. */
  sawCode: boolean;
}

/** Parses an actor dictionary; `file` names it in `where` fields and problems. */
export function parsePetrarchActors(text: string, file: string): ImportResult {
  const problems: ParleyError[] = [];
  const entries: ActorEntry[] = [];
  const problem = (message: string, where: string): void => {
    problems.push(new ParleyError(message, { where }));
  };
  let draft: Draft | null = null;

  const addPhrase = (raw: string, where: string): void => {
    const phrase = phraseText(raw);
    const why = phraseProblem(raw, phrase);
    if (why !== null) problem(why, where);
    else if (draft && !draft.phrases.some((p) => p.text === phrase)) {
      draft.phrases.push({ text: phrase, where });
    }
  };

  /** Reads the `[…]` blocks of `blocks` into the current record; other text is reported. */
  const addCodes = (blocks: string, where: string): void => {
    if (draft) draft.sawCode = true;
    const leftover = blocks
      .replace(/\[[^[\]]*\]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (leftover !== '') problem(`text after the code ignored: "${leftover}"`, where);
    for (const [, inside = ''] of blocks.matchAll(/\[([^[\]]*)\]/g)) addCode(inside, where);
  };

  const addCode = (inside: string, where: string): void => {
    if (!draft) return;
    const [first = '', ...rest] = inside.trim().split(/\s+/);
    const code = first === NULL_CODE ? '' : first.toUpperCase();
    if (code === '' && first !== NULL_CODE) {
      problem('empty code block "[]"', where);
      return;
    }
    if (code !== '' && !CODE.test(code)) {
      problem(`invalid actor code "${first}" (letters and digits only); code ignored`, where);
      return;
    }
    const spec = rest.join('');
    if (spec === '') {
      const fallback = code === '' ? null : code;
      if (draft.fallback !== undefined && draft.fallback !== fallback) {
        const before = draft.fallback ?? NULL_CODE;
        problem(
          `second default code "${first}" ignored: the default is "${before}" (${draft.fallbackWhere})`,
          where,
        );
        return;
      }
      draft.fallback = fallback;
      draft.fallbackWhere = where;
      return;
    }
    const range = petrarchRange(spec);
    if ('error' in range) {
      problem(`${range.error} in "[${inside.trim()}]"; restriction ignored`, where);
      return;
    }
    draft.codes.push({ code, start: range.start, end: range.end, role: null, name: null, where });
  };

  const finish = (): void => {
    const d = draft;
    draft = null;
    const first = d?.phrases[0];
    if (!d || !first) return;
    if (d.codes.length === 0 && d.fallback === undefined) {
      problem(`no usable code for "${d.raw}"; record ignored`, d.where);
      return;
    }
    // The primary phrase names the actor, or its first synonym when the primary is unusable.
    const name = readableName(first.text);
    const codes = d.codes.slice().sort((a, b) => (a.start ?? '').localeCompare(b.start ?? ''));
    const actor: DatedActor = {
      kind: 'actor',
      name,
      codes,
      fallback: d.fallback ?? null,
      where: d.where,
    };
    for (const p of d.phrases) {
      entries.push({
        kind: 'actor',
        code: '',
        sector: null,
        name,
        text: p.text,
        where: p.where,
        priority: 1,
        actor,
      });
    }
  };

  for (const line of dictionaryLines(text, file, problems)) {
    const { body, where } = line;
    if (line.indented && body.startsWith('[')) {
      if (draft) addCodes(body, where);
      else problem(`date restriction "${body}" outside any record`, where);
    } else if (body.startsWith('+')) {
      if (!draft) {
        problem(`synonym "${body}" before any primary phrase`, where);
        continue;
      }
      if (body.includes('[')) {
        problem(
          `code on a synonym line "${body}" (codes go on the primary or a tab-indented line); line ignored`,
          where,
        );
        continue;
      }
      addPhrase(body.slice(1), where);
    } else if (line.indented) {
      problem(
        `indented line "${body}" is neither a date restriction "[…]" nor a synonym "+…"; line ignored`,
        where,
      );
    } else {
      const bracket = body.indexOf('[');
      // A run of code-less primary lines with no blank line between them names one actor
      // whose codes follow (Phoenix: LEONID_BREZHNEV_, SECRETARY_BREZHNEV, …, then the
      // restrictions); a blank line or a line with its own code ends the run.
      if (draft && bracket < 0 && !line.afterBlank && !draft.sawCode) {
        addPhrase(body, where);
        continue;
      }
      finish();
      const raw = bracket < 0 ? body : body.slice(0, bracket);
      draft = {
        raw: raw.trim(),
        where,
        phrases: [],
        codes: [],
        fallback: undefined,
        fallbackWhere: where,
        sawCode: false,
      };
      addPhrase(raw, where);
      if (bracket >= 0) addCodes(body.slice(bracket), where);
    }
  }
  finish();
  return { entries, problems };
}
