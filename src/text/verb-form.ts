import type { Token, VerbForm } from './types.js';

/** Irregular past participles that differ from the simple past or have no -ed/-en ending. */
const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set([
  'been',
  'begun',
  'bitten',
  'blown',
  'broken',
  'brought',
  'built',
  'bought',
  'caught',
  'chosen',
  'come',
  'done',
  'drawn',
  'driven',
  'eaten',
  'fallen',
  'felt',
  'fought',
  'found',
  'flown',
  'forbidden',
  'forgotten',
  'frozen',
  'given',
  'gone',
  'grown',
  'held',
  'hidden',
  'hit',
  'hurt',
  'kept',
  'known',
  'laid',
  'led',
  'left',
  'lost',
  'made',
  'meant',
  'met',
  'paid',
  'put',
  'read',
  'ridden',
  'run',
  'said',
  'seen',
  'sent',
  'set',
  'shaken',
  'shot',
  'shown',
  'shut',
  'sold',
  'sought',
  'spoken',
  'spent',
  'spread',
  'stolen',
  'struck',
  'sworn',
  'taken',
  'taught',
  'thrown',
  'told',
  'torn',
  'understood',
  'undertaken',
  'won',
  'withdrawn',
  'written',
  'cut',
  'beaten',
  'bound',
  'overseen',
  'overthrown',
  'upheld',
]);

/**
 * The form of a verb token as written, from its text and lemma (wink-nlp gives universal
 * POS tags only, without the Penn tags that would say this directly).
 */
export function verbForm(token: Token): VerbForm {
  const { lower, lemma } = token;
  if (lower === lemma) return 'base';
  if (lower.endsWith('ing')) return 'gerund';
  if (IRREGULAR_PARTICIPLES.has(lower)) return 'participle';
  if (lower.endsWith('ed') || lower.endsWith('en')) return 'past';
  if (lower.endsWith('s')) return 'present';
  return 'past';
}

/** True when the form can be a past participle (regular -ed forms are ambiguous with the past). */
export function canBeParticiple(form: VerbForm): boolean {
  return form === 'participle' || form === 'past';
}
