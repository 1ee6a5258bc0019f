import { ParleyError } from '../../errors.js';
import type { Element, Pattern } from './types.js';

const CODE = /^(?:\d{2,4}|---)$/;

const NONE: readonly never[] = [];

/**
 * A pattern of Parley's own syntax, which cannot say what `before`, `subject`, `forms`
 * and the rest say: nothing before the verb, the subject is the source. One object
 * literal, so that every pattern has the same hidden class: spreading a defaults object
 * gave each pattern its own, and every read of a pattern field in the matcher missed
 * V8's inline caches.
 */
function ownPattern(
  code: string,
  kind: Pattern['kind'],
  heads: readonly string[],
  elements: readonly Element[],
  literals: number,
  text: string,
  where: string,
): Pattern {
  return {
    code,
    kind,
    heads,
    elements,
    before: NONE,
    literals,
    subject: 'source',
    implicitTarget: false,
    reverseCode: null,
    forms: NONE,
    priority: 0,
    text,
    where,
  };
}
const WORD = /^[a-z0-9'.-]+$/;

function parseWord(raw: string, where: string, optional: boolean): Element {
  const alts = raw.split('|').filter((a) => a !== '');
  for (const a of alts) {
    if (!WORD.test(a)) throw new ParleyError(`invalid word "${a}" in pattern`, { where });
  }
  if (alts.length === 0) throw new ParleyError(`empty alternative in pattern`, { where });
  return { kind: 'word', alts, optional };
}

/** Splits the pattern into elements; `[…]` marks optional words or an optional `+T`. */
function parseElements(pattern: string, where: string): Element[] {
  const elements: Element[] = [];
  let optional = false;
  for (let raw of pattern.split(/\s+/).filter((s) => s !== '')) {
    let closes = false;
    if (raw.startsWith('[')) {
      if (optional) throw new ParleyError('nested "[" in pattern', { where });
      optional = true;
      raw = raw.slice(1);
    }
    if (raw.endsWith(']')) {
      if (!optional) throw new ParleyError('"]" without "[" in pattern', { where });
      closes = true;
      raw = raw.slice(0, -1);
    }
    if (raw === '+T') elements.push({ kind: 'target', optional });
    else if (raw === '+S') {
      if (optional) throw new ParleyError('+S cannot be optional', { where });
      elements.push({ kind: 'source' });
    } else if (raw === '*') elements.push({ kind: 'gap' });
    else if (raw !== '') elements.push(parseWord(raw, where, optional));
    if (closes) optional = false;
  }
  if (optional) throw new ParleyError('"[" without "]" in pattern', { where });
  return elements;
}

/**
 * Parses one pattern line: `CODE PATTERN [# comment]`. A pattern with `+S` is a noun
 * pattern ("talks between +S and +T", "+S airstrike on +T"); otherwise its first word is
 * the verb lemma.
 * Returns null for blank and comment lines.
 */
export function parsePatternLine(line: string, where: string): Pattern | null {
  const text = line.replace(/#.*$/, '').trim();
  if (text === '') return null;
  const m = /^(\S+)\s+(.+)$/.exec(text);
  if (!m) throw new ParleyError(`expected "CODE pattern", found "${text}"`, { where });
  const code = m[1] ?? '';
  const body = (m[2] ?? '').trim();
  if (!CODE.test(code)) throw new ParleyError(`invalid CAMEO code "${code}"`, { where });
  const elements = parseElements(body, where);
  const literals = elements.filter((e) => e.kind === 'word' && !e.optional).length;
  if (elements.some((e) => e.kind === 'source')) {
    // "+S airstrike on +T": the source owns or modifies the noun ("Russian airstrikes on").
    const noun = elements[0]?.kind === 'source' ? elements[1] : elements[0];
    if (!noun || noun.kind !== 'word' || noun.optional) {
      throw new ParleyError('a noun pattern must start with its noun, or with +S and its noun', {
        where,
      });
    }
    return ownPattern(code, 'noun', noun.alts, elements, literals, body, where);
  }
  const [head, ...rest] = elements;
  if (!head || head.kind !== 'word' || head.optional) {
    throw new ParleyError('a verb pattern must start with the verb', { where });
  }
  return ownPattern(code, 'verb', head.alts, rest, literals, body, where);
}
