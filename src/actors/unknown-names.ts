import type { Sentence } from '../text/index.js';
import { spanText } from './names.js';
import type { ActorMention } from './types.js';

/** A mention that is a sector alone ("police", "court", "ministry"): no country, no person. */
function sectorOnly(m: ActorMention | undefined): m is ActorMention {
  return (
    m !== undefined && m.primary === null && m.sector !== null && m.person === null && !m.members
  );
}

function isUnknown(m: ActorMention | undefined): m is ActorMention {
  return m !== undefined && m.source === 'unresolved';
}

/**
 * A name no dictionary knows joined to the sector word it names: "Federal Police" is
 * police (`COP`), "the Regional Court" a court (`JUD`), "the Ministry of Mines" a ministry
 * (`GOV`). The country stays unknown, as with any sector alone; the mention covers the
 * whole name, and `via` says which part no dictionary knew. `mentions` are in order.
 */
export function joinUnknownNames(s: Sentence, mentions: readonly ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const a = mentions[k] as ActorMention;
    const b = mentions[k + 1];
    // "Federal Police": the unknown name right before the sector word.
    if (isUnknown(a) && sectorOnly(b) && a.end === b.start) {
      out.push(joined(s, b, a.start, b.end, a.text));
      k++;
      continue;
    }
    // "Federal Police" opening a sentence, where the tagger's capital is gone: a
    // capitalised adjective right before a capitalised sector word.
    const before = s.tokens[a.start - 1];
    if (
      sectorOnly(a) &&
      (out[out.length - 1]?.end ?? 0) < a.start &&
      before?.pos === 'ADJ' &&
      /^\p{Lu}/u.test(before.text) &&
      /^\p{Lu}/u.test(s.tokens[a.start]?.text ?? '')
    ) {
      out.push(joined(s, a, a.start - 1, a.end, before.text));
      continue;
    }
    // "the Ministry of Mines": the sector word, "of", the unknown name.
    if (sectorOnly(a) && isUnknown(b) && b.start === a.end + 1 && s.tokens[a.end]?.lower === 'of') {
      out.push(joined(s, a, a.start, b.end, b.text));
      k++;
      continue;
    }
    out.push(a);
  }
  return out;
}

function joined(
  s: Sentence,
  sector: ActorMention,
  start: number,
  end: number,
  unknown: string,
): ActorMention {
  return {
    ...sector,
    start,
    end,
    text: spanText(s, start, end),
    via: `named "${unknown}", which no dictionary knows`,
  };
}
