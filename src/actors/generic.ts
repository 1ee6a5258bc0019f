import { join } from 'node:path';
import { readTsv } from '../data/index.js';
import { ParleyError } from '../errors.js';
import type { Sentence } from '../text/index.js';
import { unresolved } from './names.js';
import type { ActorMention } from './types.js';

const COLUMNS = ['noun', 'kind'] as const;
const KINDS: ReadonlySet<string> = new Set(['organisation', 'state', 'people', 'person']);

/** Generic actor nouns (data/actors/generic.tsv): lemma → where it is written. */
export type GenericNouns = ReadonlyMap<string, string>;

export function loadGenericNouns(dataDir: string): GenericNouns {
  const out = new Map<string, string>();
  for (const r of readTsv(
    join(dataDir, 'actors', 'generic.tsv'),
    'data/actors/generic.tsv',
    COLUMNS,
  )) {
    const noun = r.fields.noun ?? '';
    const kind = r.fields.kind ?? '';
    if (!/^[a-z-]+$/.test(noun))
      throw new ParleyError(`noun "${noun}" must be one lower-case word`, { where: r.where });
    if (!KINDS.has(kind))
      throw new ParleyError(`kind "${kind}" must be one of ${[...KINDS].join(', ')}`, {
        where: r.where,
      });
    out.set(noun, r.where);
  }
  return out;
}

const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/**
 * Noun phrases headed by a generic actor noun where no dictionary found an actor
 * ("Anti-war groups", "some European countries", "a Kansas woman"): actors with an
 * empty code, as written, without their article. An unknown name inside one ("Kansas")
 * is part of it. `mentions` are the sentence's mentions so far, `matches` every
 * dictionary match; returns the mentions with the generic ones added.
 */
export function withGenericMentions(
  nouns: GenericNouns,
  s: Sentence,
  mentions: readonly ActorMention[],
  matches: readonly { start: number; end: number }[],
): ActorMention[] {
  let out = mentions.slice();
  for (const np of s.nounPhrases) {
    const head = s.tokens[np.head];
    const where = head && head.pos === 'NOUN' ? nouns.get(head.lemma) : undefined;
    if (!where) continue;
    const inside = (m: { start: number; end: number }): boolean =>
      m.start < np.end && np.start < m.end;
    const known = (m: ActorMention): boolean => m.source !== 'unresolved' && inside(m);
    if (matches.some(inside) || out.some(known)) continue;
    let start = np.start;
    while (start < np.head && ARTICLES.has(s.tokens[start]?.lower ?? '')) start++;
    out = out.filter((m) => !inside(m));
    out.push({
      ...unresolved(s, start, np.head + 1),
      source: 'generic',
      via: `an actor no dictionary names (${where})`,
    });
  }
  return out;
}
