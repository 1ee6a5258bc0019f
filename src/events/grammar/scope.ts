import type { Token } from '../../text/index.js';
import type { Tense } from '../types.js';
import { REPORTING_VERBS } from './cues.js';
import type { Frame } from './frames.js';

/** Token ranges [start, end) of a sentence. */
export type Ranges = readonly (readonly [number, number])[];

/**
 * The frame each token belongs to: the innermost clause whose verb comes before the
 * token and whose clause reaches it ("Kerry, who arrived *on Sunday*, met Lavrov *on
 * Monday*"); a word no clause reaches belongs to the nearest verb before it, and words
 * before the first verb to that verb ("*On Friday*, Kerry met …", "Russia *on Friday*
 * accused …"). -1 where the sentence has no verb.
 */
export function clauseOwners(frames: readonly Frame[], length: number): Int16Array {
  const owner = new Int16Array(length).fill(-1);
  for (let i = 0; i < length; i++) {
    let best = -1;
    let before = -1;
    // Frames are in sentence order, so the last one that covers the token is the innermost.
    for (const f of frames) {
      if (f.group.start <= i && i < f.clauseEnd) best = f.index;
      if (f.group.start <= i) before = f.index;
    }
    // Past the end of every clause that covers it: the nearest verb before it.
    if (best < 0) best = before;
    if (best < 0) best = frames.find((f) => f.group.start > i)?.index ?? -1;
    owner[i] = best;
  }
  return owner;
}

/** True when token `i` lies in one of `ranges` (an event anchor's own or outer clauses). */
export function inRanges(ranges: Ranges, i: number): boolean {
  return ranges.some(([a, b]) => a <= i && i < b);
}

/** The ranges of tokens owned by the frames in `which`. */
export function rangesOf(owner: Int16Array, which: ReadonlySet<number>): Ranges {
  const out: [number, number][] = [];
  for (let i = 0; i < owner.length; i++) {
    if (!which.has(owner[i] ?? -1)) continue;
    const last = out[out.length - 1];
    if (last && last[1] === i) last[1] = i + 1;
    else out.push([i, i + 1]);
  }
  return out;
}

/**
 * The clauses an event's clause depends on, for a time or place it does not give itself:
 * the clauses around it ("cut ties with Qatar *last week*, accusing Doha …"), the verb
 * it shares a subject with ("withdrew from the deal *on May 8* and ordered sanctions"),
 * and the clauses that report it ("…, the Kremlin said *on Wednesday*").
 */
export function outerFrames(
  frames: readonly Frame[],
  frame: Frame,
  own: ReadonlySet<number>,
): Set<number> {
  const out = new Set<number>();
  const start = frame.group.start;
  for (const f of frames) {
    if (own.has(f.index)) continue;
    const around = f.group.start < start && start < f.clauseEnd;
    const sharesSubject = frame.subject.rule === 'coordinated-verb' && f.index === frame.index - 1;
    if (around || sharesSubject || REPORTING_VERBS.has(f.group.lemma)) out.add(f.index);
  }
  return out;
}

const FUTURE_AUX: ReadonlySet<string> = new Set(['will', 'shall', "'ll", 'wo']);
const PAST_AUX: ReadonlySet<string> = new Set(['was', 'were', 'had', "'d", 'did', 'has', 'have']);

/**
 * Whether a clause's event lies before, around or after the report: "will meet", "is set
 * to meet", "plans to" → future; "met", "has met", "was attacked", "did not meet",
 * "attempted to overthrow" → past; "meets", "is meeting" → present. A sentence with no
 * verb reports the past.
 */
export function tenseOf(frame: Frame | undefined, tokens: readonly Token[]): Tense {
  if (!frame) return 'past';
  const g = frame.group;
  if (g.modal !== null && FUTURE_AUX.has(g.modal)) return 'future';
  for (let i = g.start; i < g.head; i++) {
    const t = tokens[i]?.lower ?? '';
    if (FUTURE_AUX.has(t)) return 'future';
    if (PAST_AUX.has(t)) return 'past';
  }
  // "attempted to overthrow" is past; "is set to meet", "plans to" look ahead.
  if (g.form === 'past' || g.form === 'participle') return 'past';
  return frame.modality === 'intent' ? 'future' : 'present';
}
