import type { Token } from '../text/index.js';

/**
 * Nouns whose place names what they are about, not where an event happens: in "agreed on a
 * cessation of hostilities in Syria" the agreement was not made in Syria. After them, a
 * place following in/over/across/for/on/about is the topic of the noun phrase.
 */
const TOPIC_NOUNS = new Set([
  'hostilities',
  'ceasefire',
  'cease-fire',
  'truce',
  'war',
  'wars',
  'crisis',
  'conflict',
  'conflicts',
  'situation',
  'settlement',
  'peace',
  'solution',
  'policy',
  'violence',
  'fighting',
  'escalation',
  'de-escalation',
  'transition',
  'future',
  'humanitarian',
  'aid',
]);
const TOPIC_PREPOSITIONS = new Set(['in', 'over', 'across', 'for', 'on', 'about', 'inside']);

/**
 * Meeting and agreement nouns name their topic with on/about/over ("talks on Syria", "a
 * deal over Ukraine") but their venue with in/at ("talks in Geneva").
 */
const ABOUT_NOUNS = new Set([
  'talks',
  'negotiations',
  'meeting',
  'meetings',
  'conference',
  'summit',
  'deal',
  'agreement',
  'accord',
  'resolution',
  'plan',
  'proposal',
  'statement',
  'dispute',
  'sanctions',
  'strategy',
]);
const ABOUT = new Set(['on', 'about', 'over', 'regarding', 'concerning']);

/** Whether the place at `start` is what a noun before it is about ("hostilities in Syria"). */
export function isTopic(tokens: readonly Token[], start: number): boolean {
  let k = start - 1;
  while (tokens[k]?.lower === 'the') k--;
  const preposition = tokens[k]?.lower;
  const noun = tokens[k - 1]?.lower;
  if (preposition === undefined || noun === undefined) return false;
  if (TOPIC_PREPOSITIONS.has(preposition) && TOPIC_NOUNS.has(noun)) return true;
  return ABOUT.has(preposition) && ABOUT_NOUNS.has(noun);
}
