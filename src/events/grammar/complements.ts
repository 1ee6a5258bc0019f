import type { SentenceView } from './units.js';

/** Verbs whose object is the subject of their infinitive ("urged Russia to stop"). */
export const OBJECT_CONTROL: ReadonlySet<string> = new Set([
  'urge',
  'ask',
  'call',
  'press',
  'tell',
  'persuade',
  'encourage',
  'invite',
  'force',
  'help',
  'allow',
  'enable',
  'order',
  'instruct',
  'appeal',
  'push',
  'pressure',
  'pressurize',
  'convince',
  'request',
  'beg',
  'implore',
  'compel',
  'oblige',
  'warn',
  'advise',
  'challenge',
  'authorize',
]);

/** Verbs that only add intent to their infinitive ("plans to visit", "is set to meet"). */
export const INTENT_VERBS: ReadonlySet<string> = new Set([
  'plan',
  'intend',
  'hope',
  'want',
  'seek',
  'aim',
  'try',
  'attempt',
  'prepare',
  'expect',
  'wish',
  'mean',
  'decide',
  'set',
  'schedule',
  'slate',
  'go',
  'consider',
  'look',
  'move',
  'resolve',
  'strive',
  'endeavour',
  'endeavor',
  'need',
  'have',
  'like',
  'love',
  'suppose',
  'due',
]);

/** Verbs that pass their infinitive through unchanged ("continued to shell", "began to withdraw"). */
export const ASPECT_VERBS: ReadonlySet<string> = new Set([
  'continue',
  'begin',
  'start',
  'resume',
  'manage',
  'proceed',
  'go on',
  'keep',
  'dare',
  'used',
]);

/** Adjectives that make a copula an intent catenative ("is due to arrive", "is ready to talk"). */
export const INTENT_ADJECTIVES: ReadonlySet<string> = new Set([
  'due',
  'ready',
  'likely',
  'poised',
  'prepared',
  'willing',
  'set',
  'eager',
  'determined',
  'keen',
  'expected',
  'scheduled',
  'about',
  'unlikely',
  'unwilling',
  'able',
  'unable',
]);

/** Verbs whose infinitive did not happen ("failed to agree"). */
export const NEGATING_VERBS: ReadonlySet<string> = new Set(['fail', 'neglect']);

/** Adjectives that negate their infinitive ("unable to agree", "unwilling to meet"). */
export const NEGATING_ADJECTIVES: ReadonlySet<string> = new Set([
  'unable',
  'unwilling',
  'unlikely',
]);

export interface Governance {
  /** Governing verb group per verb group (to-infinitives and gerund complements), -1 if none. */
  readonly governor: Int32Array;
  /** The adjective between a copula governor and "to", lower case, per verb group, or null. */
  readonly adjective: readonly (string | null)[];
  /** The object unit between the governor and "to", per verb group, -1 if none. */
  readonly controller: Int32Array;
}

/**
 * Links each to-infinitive to the verb group that governs it: "agreed to re-launch",
 * "urged the U.S. and others to exert", "is due to arrive". A governor is the nearest
 * verb group to the left, with at most one object phrase (and its coordinates) or one
 * adjective between it and "to".
 */
export function linkComplements(view: SentenceView): Governance {
  const { tokens, sentence } = view;
  const groups = sentence.verbGroups;
  const governor = new Int32Array(groups.length).fill(-1);
  const controller = new Int32Array(groups.length).fill(-1);
  const adjective: (string | null)[] = groups.map(() => null);
  groups.forEach((g, k) => {
    const to = tokens[g.start - 1];
    if (!to || to.lower !== 'to' || k === 0) return;
    const prev = groups[k - 1];
    if (!prev) return;
    const between = g.start - 1 - prev.end;
    if (between === 0) {
      governor[k] = k - 1;
      return;
    }
    const first = tokens[prev.end];
    // "is ready to", "is about to" (tagged a preposition).
    if (between === 1 && first && (first.pos === 'ADJ' || INTENT_ADJECTIVES.has(first.lower))) {
      governor[k] = k - 1;
      adjective[k] = first.lower;
      return;
    }
    // An object phrase (possibly coordinated: "the U.S. and others") between verb and "to";
    // after a copula the infinitive belongs to the noun instead ("there were no plans to …").
    if (prev.lemma === 'be') return;
    let i = prev.end;
    let object = -1;
    while (i < g.start - 1) {
      const u = view.unitOf[i] ?? -1;
      const t = tokens[i];
      if (u >= 0) {
        if (object < 0) object = u;
        i = view.units[u]?.end ?? i + 1;
      } else if (
        t &&
        (t.lower === 'and' || t.lower === ',' || t.lower === 'on' || t.pos === 'ADV')
      ) {
        i++;
      } else return;
    }
    if (object >= 0) {
      governor[k] = k - 1;
      controller[k] = object;
    }
  });
  return { governor, adjective, controller };
}
