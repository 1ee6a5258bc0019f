/**
 * PETRARCH/TABARI verb dictionaries (`--verbs FILE`; the format of
 * ../shared/ref/petrarch2/CAMEO.2.0.txt, described in its dictionaries.rst) → Parley
 * verb patterns, each at priority 1.
 *
 *     &CURRENCY                      a synset, defined before use: one phrase per `+` line
 *     +DOLLAR                        (`_` or a blank joins words; `+&OTHER` adds a synset)
 *     +SWISS_FRANC
 *
 *     --- CONTRIBUTE [070] ---       a verb block and its default code ([---] if none)
 *     CONTRIBUTE                     its verbs: irregular forms in {…}, an own code in […]
 *     DONATE {DONATES DONATED} [073]
 *     +CHIP_IN {+CHIPPED_IN}         a multi-word verb: `+` marks the verb, the rest must be next to it
 *     - * &CURRENCY [903]            a pattern (petrarch-pattern.ts) of every verb in the block
 *     ~ a (a b Q) SAY = a b Q        a transformation: not supported, reported
 *
 * A finished block becomes patterns as petrarch-blocks.ts says. Verbs are found by lemma
 * and by every form written (the base, the `{…}` forms): PETRARCH lists some verbs
 * inflected (`SAID`). Codes: codes.ts. Malformed lines, undefined synsets and
 * unsupported constructs are reported in `problems` (naming `file:line`) and skipped.
 */
import { dictionaryLines } from '../../actors/import/petrarch-lines.js';
import { ParleyError } from '../../errors.js';
import { NULL_CODE } from '../patterns/types.js';
import type { Pattern } from '../patterns/types.js';
import { blockPatterns, readCode, readVerbLine } from './petrarch-blocks.js';
import type { Block } from './petrarch-blocks.js';
import { parsePatternText } from './petrarch-pattern.js';
import type { PatternFeature, Synset, Synsets } from './petrarch-pattern.js';

/** What a dictionary uses, counted: pattern features (lines), verb features, codes. */
export type VerbFeature =
  | PatternFeature
  | 'multiWordVerb'
  | 'irregularForms'
  | 'pairedCode'
  | 'nullCode'
  | 'transformation';

export interface VerbCounts {
  readonly synsets: number;
  readonly blocks: number;
  /** Verb lines read. */
  readonly verbs: number;
  /** Pattern lines read (the ones reported in `problems` excluded). */
  readonly patternLines: number;
  /** Parley patterns made from them, isolated verbs included. */
  readonly patterns: number;
  readonly features: Readonly<Partial<Record<VerbFeature, number>>>;
}

export interface VerbDictionary {
  readonly patterns: Pattern[];
  readonly problems: ParleyError[];
  readonly counts: VerbCounts;
}

/** Parses a verb dictionary's text; `file` names it in `where` fields and problems. */
export function parsePetrarchVerbs(text: string, file: string): VerbDictionary {
  const problems: ParleyError[] = [];
  const features: Partial<Record<VerbFeature, number>> = {};
  const count = (f: VerbFeature): void => {
    features[f] = (features[f] ?? 0) + 1;
  };
  const synsets = new Map<string, Synset>();
  const patterns: Pattern[] = [];
  let synset: { alts: string[]; phrases: string[][] } | null = null;
  let block: Block | null = null;
  let blocks = 0;
  let verbs = 0;
  let patternLines = 0;
  const close = (): void => {
    if (block) patterns.push(...blockPatterns(block));
    block = null;
  };

  for (const { body, where } of dictionaryLines(text, file, problems)) {
    try {
      if (body.startsWith('---')) {
        close();
        synset = null;
        const inner = body.replace(/^---/, '').replace(/---$/, '');
        const codes = [...inner.matchAll(/\[([^[\]]*)\]/g)].map((m) => m[1] ?? '');
        const name = inner.replace(/\[.*$/, '').trim();
        blocks++;
        block = { name, code: { forward: NULL_CODE, reverse: null }, verbs: [], lines: [], where };
        if (codes.length > 1) {
          problems.push(
            new ParleyError(`block ${name} has ${codes.length} codes; the first is used`, {
              where,
            }),
          );
        }
        if (codes[0] !== undefined) {
          block = { ...block, code: readCode(codes[0], 'the block has the null code') };
        }
      } else if (body.startsWith('&')) {
        const name = /^&([\w'-]+?)_*$/.exec(body)?.[1]?.toUpperCase();
        if (!name) throw new ParleyError(`invalid synset label "${body}"`);
        if (synsets.has(name))
          throw new ParleyError(`synset &${name} is defined twice; the first is kept`);
        synset = { alts: [], phrases: [] };
        synsets.set(name, synset);
      } else if (body.startsWith('~')) {
        count('transformation');
        throw new ParleyError('transformations ("~") are not supported; line ignored');
      } else if (body.startsWith('-')) {
        if (!block) throw new ParleyError('a pattern before any verb block; line ignored');
        const m = /^-(.*?)\[([^[\]]*)\]\s*$/.exec(body);
        if (!m) {
          throw new ParleyError(
            body.endsWith('[')
              ? 'the code is cut by "#", which starts a comment (TABARI\'s discard code [###] is not supported); pattern ignored'
              : 'a pattern must end with its [CODE]; pattern ignored',
          );
        }
        const code = readCode(m[2] ?? '', 'pattern ignored');
        const patternText = (m[1] ?? '').trim();
        const parts = parsePatternText(patternText, synsets);
        block.lines.push({ parts, code, text: patternText, where });
        patternLines++;
        for (const f of parts.features) count(f);
        if (code.reverse !== null) count('pairedCode');
        else if (code.forward === NULL_CODE) count('nullCode');
      } else if (synset !== null && body.startsWith('+')) {
        for (const phrase of synsetPhrases(body.slice(1), synsets)) {
          synset.alts.push(phrase);
          if (phrase.includes(' ')) synset.phrases.push(phrase.split(' '));
        }
      } else if (block && synset === null) {
        const verb = readVerbLine(body, where);
        verbs++;
        if (verb.before.length + verb.after.length > 0) count('multiWordVerb');
        if (verb.forms.length > 0) count('irregularForms');
        block.verbs.push(verb);
      } else {
        throw new ParleyError(
          synset !== null
            ? `expected a synset phrase "+WORDS", found "${body}"`
            : `a line outside any verb block: "${body}"`,
        );
      }
    } catch (error) {
      if (!(error instanceof ParleyError)) throw error;
      problems.push(error.where ? error : new ParleyError(error.detail, { where, cause: error }));
    }
  }
  close();
  return {
    patterns,
    problems,
    counts: {
      synsets: synsets.size,
      blocks,
      verbs,
      patternLines,
      patterns: patterns.length,
      features,
    },
  };
}

/** A synset line's phrases: words joined by `_` or blanks; `&NAME` stands for that synset's phrases. */
function synsetPhrases(raw: string, synsets: Synsets): string[] {
  let phrases = [''];
  for (const w of raw.split(/[\s_]+/).filter((x) => x !== '')) {
    let alts: readonly string[] = [w.toLowerCase()];
    if (w.startsWith('&')) {
      const found = synsets.get(w.slice(1).toUpperCase());
      if (!found) throw new ParleyError(`undefined synset ${w}; phrase ignored`);
      alts = found.alts;
    }
    phrases = phrases.flatMap((p) => alts.map((a) => (p === '' ? a : `${p} ${a}`)));
  }
  if (phrases.length === 1 && phrases[0] === '') throw new ParleyError('empty synset phrase');
  return phrases;
}
