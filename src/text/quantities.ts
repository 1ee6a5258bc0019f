import { retag } from './retag.js';
import type { Pos, Token } from './types.js';

/** Prepositions that, right before a number, say how exact it is ("about 200", "over 20"). */
const APPROXIMATORS: ReadonlySet<string> = new Set([
  'about',
  'around',
  'over',
  'under',
  'nearly',
  'almost',
  'approximately',
  'roughly',
]);

/** Comparatives before "than" + number ("more than 1,500 people"). */
const COMPARATIVES: ReadonlySet<string> = new Set(['more', 'less', 'fewer']);

/** Tags after which "over 20"/"about 20" is more often a preposition's object ("disputes over two islands"). */
const OWNERS: ReadonlySet<Pos> = new Set(['NOUN', 'PROPN', 'ADJ', 'PRON']);

/**
 * 10. A preposition that only qualifies a number is an adverb, so that the number's
 * phrase is a subject or object, not a prepositional object: "About 243,000 refugees
 * have sought refuge in Sudan", "Over 700,000 Rohingya fled", "killed over 20 people",
 * "accepted more than 1,500 people". Not after a noun or adjective, whose complement
 * the phrase usually is ("a dispute over two islands").
 */
export function fixQuantities(out: Token[]): void {
  for (let i = 0; i + 1 < out.length; i++) {
    const t = out[i];
    if (!t || t.pos !== 'ADP' || out[i + 1]?.pos !== 'NUM') continue;
    const prev = out[i - 1];
    const qualifies =
      t.lower === 'than'
        ? COMPARATIVES.has(prev?.lower ?? '')
        : APPROXIMATORS.has(t.lower) && !(prev && OWNERS.has(prev.pos));
    if (qualifies) out[i] = retag(t, 'ADV');
  }
}
