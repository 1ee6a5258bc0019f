/**
 * One PETRARCH/TABARI verb pattern → the parts of a Parley pattern that do not depend on
 * the verb it is listed under (petrarch-blocks.ts puts the verb in).
 *
 *     - [words before the verb] * [words after the verb]  [CODE]   # comment
 *
 * | written           | read as                                                             |
 * |-------------------|---------------------------------------------------------------------|
 * | `WORD`            | the word as written ("EFFORT" is not "efforts"); the verb by lemma  |
 * | `A/B`             | either word                                                          |
 * | `&NAME`           | any phrase of the synset; `&NAME_WORD` is the synset, then WORD     |
 * | `{A B}`           | the words in a row, modifiers allowed before each (a noun phrase)   |
 * | `(PREP X)`        | the preposition, then X: a word, `{…}`, `&NAME`, `+`, `$`, `^`      |
 * | `A_B`             | B right after A, nothing between                                    |
 * | `A_*`, `*_A`      | next to the verb: its auxiliaries and adverbs may come between      |
 * | `A B`, `A *`      | a blank: up to four other words between (no comma, no verb)         |
 * | `$` after `*`     | the source: the phrase there, with its coordinates                  |
 * | `+` after `*`     | the target (so is `%`, read as a target)                            |
 * | `$`, `+`, `%` before `*` | what the clause subject is: source, target, or coordinated actors acting on each other |
 * | `^`               | one noun phrase, stepped over                                       |
 *
 * A pattern with no `$`, `+` or `%` has an implicit target: the first actor after the
 * verb in its clause (PETRARCH takes the verb's object). Problems throw a ParleyError
 * without a location; the caller adds `file:line`.
 */
import { ParleyError } from '../../errors.js';
import type { Element, Pattern, WordElement } from '../patterns/types.js';

/** A synset's phrases, lower case, and those of several words split into words. */
export interface Synset {
  readonly alts: readonly string[];
  readonly phrases: readonly (readonly string[])[];
}

/** Synsets by name (upper case, without the trailing `_`). */
export type Synsets = ReadonlyMap<string, Synset>;

/**
 * What a pattern line uses, counted by the importer: words before the verb, `$` `+` `%`
 * before it (`…Before`) and after it, `^`, `{…}`, `(…)`, `&NAME`, `A/B`.
 */
export type PatternFeature =
  | 'synset'
  | 'phrase'
  | 'preposition'
  | 'before'
  | 'sourceBefore'
  | 'targetBefore'
  | 'compoundBefore'
  | 'source'
  | 'target'
  | 'compound'
  | 'skip'
  | 'alternatives';

export interface PatternParts {
  /** Elements before the verb, a gap last when a blank separates them from `*`. */
  readonly before: readonly Element[];
  /** Elements after the verb. */
  readonly elements: readonly Element[];
  readonly subject: Pattern['subject'];
  readonly implicitTarget: boolean;
  /** Words the pattern requires, the verb not included. */
  readonly literals: number;
  readonly features: ReadonlySet<PatternFeature>;
}

type Lexeme =
  | { readonly kind: 'symbol'; readonly ch: string; readonly spaced: boolean }
  | {
      readonly kind: 'word';
      readonly alts: readonly string[];
      readonly phrases?: readonly (readonly string[])[];
      readonly spaced: boolean;
      /** Joined by `_` to the word before it. */
      readonly joined?: boolean;
    };

interface Item {
  readonly kind: 'word' | 'star' | 'role' | 'skip';
  /** A blank before it: up to three words may come between it and the item before. */
  readonly gap: boolean;
  readonly alts: readonly string[];
  readonly phrases?: readonly (readonly string[])[] | undefined;
  readonly role: string;
  /** Joined by `_` to the word before it. */
  readonly joined?: boolean;
}

/** PETRARCH's blank: a parse tree's phrase may hold a few more words than Parley's `*`. */
const GAP: Element = { kind: 'gap', words: 4 };

function problem(message: string): ParleyError {
  return new ParleyError(message);
}

/** `&TIETYPES_RELATIONS`: the longest defined synset name, then the rest as joined words. */
function synsetLexemes(raw: string, synsets: Synsets, spaced: boolean, joined: boolean): Lexeme[] {
  const parts = raw.split('_').filter((p) => p !== '');
  for (let n = parts.length; n >= 1; n--) {
    const synset = synsets.get(parts.slice(0, n).join('_').toUpperCase());
    if (!synset) continue;
    const rest = parts
      .slice(n)
      .map(
        (w) => ({ kind: 'word', alts: [w.toLowerCase()], spaced: false, joined: true }) as const,
      );
    return [{ kind: 'word', alts: synset.alts, phrases: synset.phrases, spaced, joined }, ...rest];
  }
  throw problem(`undefined synset &${raw.replace(/_+$/, '')}; pattern ignored`);
}

/** Blanks, joins, symbols, synset references, stray brackets and words. */
const LEXEME = /(\s+)|(_+)|([{}()*$+%^])|&([\w'-]*)|([[\]])|([^\s_{}()*$+%^&[\]]+)/g;

function lex(body: string, synsets: Synsets, features: Set<PatternFeature>): Lexeme[] {
  const out: Lexeme[] = [];
  let spaced = false;
  let joined = false;
  for (const [, blank, join, symbol, synset, bracket, text] of body.matchAll(LEXEME)) {
    if (blank !== undefined) {
      spaced = true;
      continue;
    }
    if (join !== undefined) {
      joined = true;
      continue;
    }
    if (symbol !== undefined) {
      out.push({ kind: 'symbol', ch: symbol, spaced });
    } else if (synset !== undefined) {
      if (synset === '') throw problem('"&" without a synset name');
      out.push(...synsetLexemes(synset, synsets, spaced, joined));
      features.add('synset');
    } else if (bracket !== undefined) {
      throw problem(`unexpected "${bracket}" (the code must come last)`);
    } else {
      const alts = (text ?? '').toLowerCase().split('/');
      if (alts.some((a) => a === '')) throw problem(`empty alternative in "${text ?? ''}"`);
      if (alts.length > 1) features.add('alternatives');
      out.push({ kind: 'word', alts, spaced, joined });
    }
    spaced = false;
    joined = false;
  }
  return out;
}

/** Flattens `{…}` and `(…)`: their inner items follow each other with no gap. */
function items(lexemes: readonly Lexeme[], features: Set<PatternFeature>): Item[] {
  const out: Item[] = [];
  const open: string[] = [];
  // The blank before an opened group goes to the group's first item.
  let groupGap: boolean | null = null;
  const gapOf = (x: Lexeme): boolean => {
    const g = groupGap ?? (open.length === 0 && x.spaced);
    groupGap = null;
    return g;
  };
  for (const x of lexemes) {
    if (x.kind === 'word') {
      const joined = x.joined === true && out.at(-1)?.kind === 'word';
      out.push({ kind: 'word', gap: gapOf(x), alts: x.alts, phrases: x.phrases, role: '', joined });
      continue;
    }
    switch (x.ch) {
      case '{':
      case '(':
        if (open.includes('{') || open.includes(x.ch)) throw problem(`nested "${x.ch}"`);
        if (open.length === 0) groupGap = x.spaced;
        open.push(x.ch);
        features.add(x.ch === '{' ? 'phrase' : 'preposition');
        break;
      case '}':
      case ')': {
        const opener = x.ch === '}' ? '{' : '(';
        if (groupGap !== null) throw problem(`empty "${opener}${x.ch}"`);
        if (open.pop() !== opener) throw problem(`"${x.ch}" without "${opener}"`);
        break;
      }
      case '*':
        if (open.length > 0) throw problem('"*" inside brackets');
        out.push({ kind: 'star', gap: gapOf(x), alts: [], role: '' });
        break;
      case '^':
        features.add('skip');
        out.push({ kind: 'skip', gap: gapOf(x), alts: [], role: '' });
        break;
      default:
        if (open.at(-1) === '{') throw problem(`"${x.ch}" inside "{…}"`);
        out.push({ kind: 'role', gap: gapOf(x), alts: [], role: x.ch });
    }
  }
  if (open.length > 0) throw problem(`"${open.at(-1) ?? ''}" is never closed`);
  return out;
}

const SUBJECT_ROLES: Readonly<Record<string, Pattern['subject']>> = {
  $: 'source',
  '+': 'target',
  '%': 'mutual',
};

/**
 * Reads a pattern's text (between the leading `-` and the code) with the synsets defined
 * so far. Throws a ParleyError (no location) when it cannot be read.
 */
export function parsePatternText(text: string, synsets: Synsets): PatternParts {
  const features = new Set<PatternFeature>();
  const all = items(lex(text, synsets, features), features);
  const stars = all.filter((it) => it.kind === 'star');
  if (stars.length !== 1) throw problem(`expected one "*" (the verb), found ${stars.length}`);
  const star = all.findIndex((it) => it.kind === 'star');
  let literals = 0;
  // `joinable`: an element comes before it, so `_` may join the two.
  const elementOf = (it: Item, joinable: boolean): Element => {
    if (it.kind === 'skip') return { kind: 'skip' };
    literals++;
    const word: WordElement = { kind: 'word', alts: it.alts, optional: false, exact: true };
    const phrases = it.phrases && it.phrases.length > 0 ? { phrases: it.phrases } : {};
    const adjacent = joinable && it.joined ? { adjacent: true } : {};
    return { ...word, ...phrases, ...adjacent };
  };

  // Before the verb: roles say what the subject is; the rest is matched leftwards.
  let subject: Pattern['subject'] = 'source';
  const before: Element[] = [];
  let pendingGap = false;
  for (const it of all.slice(0, star)) {
    if (it.kind === 'role') {
      subject = SUBJECT_ROLES[it.role] ?? 'source';
      features.add(`${subject === 'mutual' ? 'compound' : subject}Before`);
      pendingGap ||= it.gap;
      continue;
    }
    if (before.length > 0 && (it.gap || pendingGap)) before.push(GAP);
    pendingGap = false;
    before.push(elementOf(it, before.length > 0));
  }
  if (before.length > 0 && ((all[star]?.gap ?? false) || pendingGap)) before.push(GAP);
  if (before.length > 0) features.add('before');

  // After the verb: `$` binds the source, `+` and `%` the target.
  const elements: Element[] = [];
  let sources = 0;
  let targets = subject === 'target' ? 1 : 0;
  for (const it of all.slice(star + 1)) {
    if (it.gap) elements.push(GAP);
    if (it.kind !== 'role') {
      elements.push(elementOf(it, true));
    } else if (it.role === '$') {
      if (++sources > 1) throw problem('more than one source "$"');
      features.add('source');
      elements.push({ kind: 'source' });
    } else {
      if (++targets > 1) throw problem('more than one target "+" or "%"');
      features.add(it.role === '%' ? 'compound' : 'target');
      elements.push({ kind: 'target', optional: false });
    }
  }
  const implicitTarget = subject === 'source' && sources === 0 && targets === 0;
  return { before, elements, subject, implicitTarget, literals, features };
}
