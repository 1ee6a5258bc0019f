/**
 * PETRARCH/TABARI agent dictionaries (`*.agents.txt`) → sector entries.
 *
 *     !MINIST! = MINISTER, MINISTERS, MINISTRY, MINISTRIES
 *     DEFENSE_MINIST [~GOVMIL]
 *     ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]
 *     POLICE {} [~COP]
 *     FOREIGN_!MINIST! [~GOV]
 *     HUMAN_RIGHTS_BODY [NGO~]
 *
 * - One agent a line: `PHRASE {PLURAL} [CODE]`, the plural optional. Phrases are read as
 *   in actor dictionaries (petrarch-lines.ts). PETRARCH lets a blank between two words
 *   stand for any words in between; Parley's entries are consecutive words, so a blank
 *   counts as an underscore.
 * - `[~CODE]` is added after the actor's country (`sectorPosition` 'suffix'); `[CODE~]`
 *   before it, for organisations (`NGO~`, 'prefix'). `sector` is the code without `~`.
 * - Plurals: `{PLURAL}` gives the plural, `{}` says there is none. Otherwise the regular
 *   plural is made (regularPlural).
 * - `!NAME! = A, B, C` defines a substitution set, anywhere in the file; each `!NAME!` in
 *   a phrase stands for every item in turn, and no plural is made for such phrases
 *   (the set lists the forms it wants).
 *
 * Malformed lines are reported in `problems` (naming `file:line`) and skipped.
 */
import { ParleyError } from '../../errors.js';
import type { ActorEntry } from '../types.js';
import type { ImportResult } from './petrarch-actors.js';
import { dictionaryLines, phraseProblem, phraseText } from './petrarch-lines.js';

const MACRO_DEFINITION = /^!([^!\s]+)!\s*=(.*)$/;
const MACRO = /!([^!\s]+)!/g;
const AGENT = /^([^[\]{}]*?)\s*(?:\{([^{}[\]]*)\})?\s*\[([^[\]]*)\]$/;

/**
 * The regular plural of a lower-case phrase's last word, or null. PETRARCH's rule (adds
 * `s`; `y` → `ies`; `ss` → `sses`; none after a single `s`, since such words are plural
 * already: "troops", "officials"), where it makes a non-word taking the English plural
 * instead: `es` after x, z, ch and sh ("churches", not "churchs") and `s` after a vowel
 * and y ("attorneys", not "attornies").
 */
export function regularPlural(phrase: string): string | null {
  if (!/\p{L}$/u.test(phrase)) return null;
  if (/[aeiou]y$/.test(phrase)) return `${phrase}s`;
  if (/y$/.test(phrase)) return `${phrase.slice(0, -1)}ies`;
  if (/(?:ss|x|z|ch|sh)$/.test(phrase)) return `${phrase}es`;
  if (/s$/.test(phrase)) return null;
  return `${phrase}s`;
}

/** Parses an agent dictionary; `file` names it in `where` fields and problems. */
export function parsePetrarchAgents(text: string, file: string): ImportResult {
  const problems: ParleyError[] = [];
  const entries: ActorEntry[] = [];
  const problem = (message: string, where: string): void => {
    problems.push(new ParleyError(message, { where }));
  };
  const lines = dictionaryLines(text, file, problems);

  const macros = new Map<string, string[]>();
  for (const { body, where } of lines) {
    const m = MACRO_DEFINITION.exec(body);
    if (!m) continue;
    const name = (m[1] ?? '').toUpperCase();
    const items = (m[2] ?? '').split(',').map((item) => item.trim());
    if (items.some((item) => item === '')) {
      problem(`substitution set !${name}! has an empty item; set ignored`, where);
    } else if (macros.has(name)) {
      problem(`substitution set !${name}! is defined twice; the first is kept`, where);
    } else {
      macros.set(name, items);
    }
  }

  /** Every phrase `raw` stands for, or null (reported) when it uses an unknown set. */
  const expand = (raw: string, where: string): string[] | null => {
    let phrases = [raw];
    for (const [, name = ''] of raw.matchAll(MACRO)) {
      const items = macros.get(name.toUpperCase());
      if (!items) {
        problem(`unknown substitution set !${name}! in "${raw}"; line ignored`, where);
        return null;
      }
      phrases = phrases.flatMap((p) => items.map((item) => p.replace(`!${name}!`, item)));
    }
    return phrases;
  };

  for (const { body, where } of lines) {
    if (MACRO_DEFINITION.test(body)) continue;
    const m = AGENT.exec(body);
    if (!m) {
      problem(`expected "PHRASE [~CODE]" or "PHRASE {PLURAL} [~CODE]", found "${body}"`, where);
      continue;
    }
    const [, raw = '', plural, rawCode = ''] = m;
    const code = rawCode.replace(/\s+/g, '').toUpperCase();
    const position = /^~[A-Z0-9]+$/.test(code)
      ? 'suffix'
      : /^[A-Z0-9]+~$/.test(code)
        ? 'prefix'
        : null;
    if (position === null) {
      problem(`invalid agent code "${rawCode}" (expected ~CODE or CODE~); line ignored`, where);
      continue;
    }
    const sector = code.replace('~', '');
    const singulars = expand(raw, where);
    const plurals = plural === undefined || plural.trim() === '' ? [] : expand(plural, where);
    if (singulars === null || plurals === null) continue;
    const usesMacro = /![^!\s]+!/.test(raw);

    const seen = new Set<string>();
    const add = (phrase: string, name: string): void => {
      if (seen.has(phrase)) return;
      seen.add(phrase);
      entries.push({
        kind: 'sector',
        code: '',
        sector,
        name,
        text: phrase,
        where,
        priority: 1,
        sectorPosition: position,
      });
    };
    const usable = (rawPhrase: string): string | null => {
      const phrase = phraseText(rawPhrase);
      const why = phraseProblem(rawPhrase, phrase);
      if (why !== null) problem(why, where);
      return why === null ? phrase : null;
    };
    for (const s of singulars) {
      const singular = usable(s);
      if (singular === null) continue;
      add(singular, singular);
      if (plural !== undefined || usesMacro) continue;
      const regular = regularPlural(singular);
      if (regular !== null) add(regular, singular);
    }
    const name = phraseText(singulars[0] ?? '');
    for (const p of plurals) {
      const text = usable(p);
      if (text !== null) add(text, name);
    }
  }
  return { entries, problems };
}
