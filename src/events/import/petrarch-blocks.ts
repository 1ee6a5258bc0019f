/**
 * The verb blocks of a PETRARCH/TABARI verb dictionary (petrarch-verbs.ts reads the file):
 * verb lines, and the Parley patterns a finished block makes.
 *
 * Each pattern line becomes one Parley pattern for the block's one-word verbs together
 * and one for each multi-word verb (whose other words go before or after the line's). A
 * verb whose code (its own, else the block's) is not null also codes alone: an "isolated
 * verb" pattern with no words but the verb. All are at priority 1.
 */
import { ParleyError } from '../../errors.js';
import { NULL_CODE } from '../patterns/types.js';
import type { Element, Pattern } from '../patterns/types.js';
import { parseCode } from './codes.js';
import type { PairedCode } from './codes.js';
import type { PatternParts } from './petrarch-pattern.js';

export interface Verb {
  readonly base: string;
  readonly forms: readonly string[];
  readonly before: readonly string[];
  readonly after: readonly string[];
  readonly code: PairedCode | null;
  /** The verb as written, without `+` ("CORDON_OFF"). */
  readonly text: string;
  readonly where: string;
}

export interface Line {
  readonly parts: PatternParts;
  readonly code: PairedCode;
  readonly text: string;
  readonly where: string;
}

export interface Block {
  readonly name: string;
  readonly code: PairedCode;
  readonly verbs: Verb[];
  readonly lines: Line[];
  readonly where: string;
}

const VERB_LINE = /^([^{}[\]]+?)\s*(?:\{([^{}[\]]*)\})?\s*(?:\[([^[\]]*)\])?$/;
const VERB_WORD = /^[a-z0-9][a-z0-9'.-]*$/;

function word(w: string): Element {
  return { kind: 'word', alts: [w], optional: false };
}

/** `WIRE_+TAP`: the words before the verb, the verb, the words after; lower case. */
function verbWords(raw: string): { before: string[]; verb: string; after: string[] } {
  const words = raw.split(/[\s_]+/).filter((w) => w !== '' && w !== '+');
  if (words.length === 0) throw new ParleyError(`no verb in "${raw}"`);
  const marked = words.filter((w) => w.startsWith('+')).length;
  if (marked > 1) throw new ParleyError(`more than one "+" in the verb "${raw}"`);
  const at = Math.max(
    0,
    words.findIndex((w) => w.startsWith('+')),
  );
  const lower = words.map((w) => w.replace(/^\+/, '').toLowerCase());
  const bad = lower.find((w) => !VERB_WORD.test(w));
  if (bad !== undefined) throw new ParleyError(`invalid word "${bad}" in the verb "${raw}"`);
  return { before: lower.slice(0, at), verb: lower[at] ?? '', after: lower.slice(at + 1) };
}

/** A verb line, `WORDS {FORMS} [CODE]`: `WIRE_+TAP {WIRE_+TAPPED} [1711]`. */
export function readVerbLine(body: string, where: string): Verb {
  const m = VERB_LINE.exec(body);
  if (!m) throw new ParleyError(`expected "VERB {FORMS} [CODE]", found "${body}"`);
  const words = verbWords(m[1] ?? '');
  const forms = (m[2] ?? '')
    .split(/[\s,]+/)
    .filter((f) => f !== '')
    .map((f) => verbWords(f).verb);
  return {
    base: words.verb,
    forms,
    before: words.before,
    after: words.after,
    code: m[3] === undefined ? null : readCode(m[3], 'verb ignored'),
    text: (m[1] ?? '').replace(/\+/g, '').trim(),
    where,
  };
}

/** The code in `[raw]`; `ignored` says what an invalid code costs ("pattern ignored"). */
export function readCode(raw: string, ignored: string): PairedCode {
  const code = parseCode(raw);
  if (!code) throw new ParleyError(`invalid code "[${raw}]"; ${ignored}`);
  return code;
}

/** Verbs that share a block's patterns: the one-word verbs together, each multi-word verb alone. */
interface VerbGroup {
  readonly heads: readonly string[];
  readonly forms: readonly string[];
  readonly before: readonly Element[];
  readonly after: readonly Element[];
  readonly label: string;
}

function groupOf(verbs: readonly Verb[], label: string): VerbGroup {
  const [first] = verbs;
  return {
    heads: [...new Set(verbs.map((v) => v.base))],
    forms: [...new Set(verbs.flatMap((v) => [v.base, ...v.forms]))],
    before: (first?.before ?? []).map(word),
    after: (first?.after ?? []).map(word),
    label,
  };
}

/** The patterns of a finished block: every pattern line for every verb group, then isolated verbs. */
export function blockPatterns(block: Block): Pattern[] {
  const single = block.verbs.filter((v) => v.before.length === 0 && v.after.length === 0);
  const multi = block.verbs.filter((v) => v.before.length + v.after.length > 0);
  const groups = [
    ...(single.length > 0 ? [groupOf(single, block.name)] : []),
    ...multi.map((v) => groupOf([v], v.text)),
  ];
  const out: Pattern[] = [];
  for (const g of groups) {
    const particles = g.before.length + g.after.length;
    for (const line of block.lines) {
      out.push({
        code: line.code.forward,
        reverseCode: line.code.reverse,
        kind: 'verb',
        heads: g.heads,
        forms: g.forms,
        before: g.before.length > 0 ? [...line.parts.before, ...g.before] : line.parts.before,
        elements: g.after.length > 0 ? [...g.after, ...line.parts.elements] : line.parts.elements,
        literals: 1 + particles + line.parts.literals,
        subject: line.parts.subject,
        implicitTarget: line.parts.implicitTarget,
        priority: 1,
        text: `${g.label} ${line.text}`,
        where: line.where,
      });
    }
  }
  for (const v of block.verbs) {
    const code = v.code ?? block.code;
    if (code.forward === NULL_CODE && code.reverse === null) continue;
    const g = groupOf([v], v.text);
    out.push({
      code: code.forward,
      reverseCode: code.reverse,
      kind: 'verb',
      heads: g.heads,
      forms: g.forms,
      before: g.before,
      elements: g.after,
      literals: 1 + g.before.length + g.after.length,
      subject: 'source',
      implicitTarget: true,
      priority: 1,
      text: v.text,
      where: v.where,
    });
  }
  return out;
}
