import type { EventRecord } from '../store/index.js';
import type { GsrRecord, PairRecord } from './gold.js';
import { acceptedTypes, goldCountry, goldType } from './labels.js';
import { overlaps } from './overlap.js';

/** A gold record with the events Parley coded from its text. */
export interface Coded<R> {
  readonly record: R;
  readonly events: readonly EventRecord[];
}

/** The label a missing event gets in the confusion matrix. */
export const NO_EVENT = 'NONE';

/** A negated event says the act did not happen: it is no event of its type. */
function asserted(events: readonly EventRecord[]): EventRecord[] {
  return events.filter((e) => !e.negated);
}

function typeOf(e: EventRecord): string {
  return e.plover ?? `CAMEO ${e.cameo.slice(0, 2)}`;
}

export interface TypeScore {
  readonly type: string;
  readonly gold: number;
  readonly predicted: number;
  readonly correct: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface Miss {
  readonly id: string;
  readonly gold: string;
  /** What Parley coded instead: a type, NONE, or a short description. */
  readonly got: string;
  readonly text: string;
}

export interface PairScore {
  readonly pairs: number;
  /** Pairs with an event of the gold type between mentions overlapping the gold spans. */
  readonly pairCorrect: number;
  /** Sentences with any event of the gold type. */
  readonly sentenceCorrect: number;
  readonly macroF1: number;
  readonly types: readonly TypeScore[];
  /** gold type → predicted label → count. */
  readonly confusion: ReadonlyMap<string, ReadonlyMap<string, number>>;
  readonly misses: readonly Miss[];
}

function ratio(n: number, d: number): number {
  return d === 0 ? 0 : n / d;
}

/**
 * Pair accuracy (docs: FIELD-NOTES "How accuracy is measured"): the events whose source
 * text overlaps the gold source span and whose target overlaps the gold target span
 * (either way round for mutual events); the pair is right when one of them has the gold
 * type. The predicted label of a pair is that type, else the first such event's type,
 * else NONE.
 */
export function scorePairs(items: readonly Coded<PairRecord>[]): PairScore {
  const confusion = new Map<string, Map<string, number>>();
  const misses: Miss[] = [];
  let pairCorrect = 0;
  let sentenceCorrect = 0;
  for (const { record: r, events } of items) {
    const gold = goldType(r.type);
    const accepted = acceptedTypes(r.type);
    const all = asserted(events);
    if (all.some((e) => accepted.includes(typeOf(e)))) sentenceCorrect++;
    const between = all.filter((e) => {
      if (!e.target) return false;
      const forward = overlaps(e.source.text, r.source) && overlaps(e.target.text, r.target);
      const backward =
        e.reciprocal && overlaps(e.source.text, r.target) && overlaps(e.target.text, r.source);
      return forward || backward;
    });
    const right = between.find((e) => accepted.includes(typeOf(e)));
    const predicted = right ? gold : between[0] ? typeOf(between[0]) : NO_EVENT;
    if (right) pairCorrect++;
    else {
      const seen = all.map((e) => `${e.source.text}→${e.target?.text ?? '∅'} ${typeOf(e)}`);
      misses.push({
        id: r.id,
        gold,
        got: predicted === NO_EVENT && seen.length > 0 ? `NONE (${seen.join('; ')})` : predicted,
        text: r.text,
      });
    }
    const row = confusion.get(gold) ?? new Map<string, number>();
    row.set(predicted, (row.get(predicted) ?? 0) + 1);
    confusion.set(gold, row);
  }
  const labels = [...confusion.keys()].sort();
  const types = labels.map((type): TypeScore => {
    const goldCount = [...(confusion.get(type)?.values() ?? [])].reduce((a, b) => a + b, 0);
    const correct = confusion.get(type)?.get(type) ?? 0;
    let predicted = 0;
    for (const row of confusion.values()) predicted += row.get(type) ?? 0;
    const precision = ratio(correct, predicted);
    const recall = ratio(correct, goldCount);
    const f1 = ratio(2 * precision * recall, precision + recall);
    return { type, gold: goldCount, predicted, correct, precision, recall, f1 };
  });
  return {
    pairs: items.length,
    pairCorrect,
    sentenceCorrect,
    macroF1: ratio(
      types.reduce((a, t) => a + t.f1, 0),
      types.length,
    ),
    types,
    confusion,
    misses,
  };
}

export interface GsrScore {
  readonly records: number;
  /** Records with an event of the gold type. */
  readonly typeCorrect: number;
  readonly withSource: number;
  /** …whose source country/IGO code (first three letters) is a gold source's. */
  readonly sourceCorrect: number;
  readonly withTarget: number;
  readonly targetCorrect: number;
  readonly misses: readonly Miss[];
}

/**
 * Gold-standard accuracy (FIELD-NOTES): the event type is right when the sentence has an
 * event of the gold type; the source (target) is right when one of those events has a
 * source (target) whose first three letters are a gold source's (target's) code.
 */
export function scoreGsr(items: readonly Coded<GsrRecord>[]): GsrScore {
  let typeCorrect = 0;
  let withSource = 0;
  let sourceCorrect = 0;
  let withTarget = 0;
  let targetCorrect = 0;
  const misses: Miss[] = [];
  for (const { record: r, events } of items) {
    const accepted = acceptedTypes(r.type);
    const typed = asserted(events).filter((e) => accepted.includes(typeOf(e)));
    const country = (code: string): string => goldCountry(code);
    const sources = new Set(r.sources.map((a) => country(a.code)));
    const targets = new Set(r.targets.map((a) => country(a.code)));
    const sourceOk = typed.some((e) => sources.has(country(e.source.code)));
    const targetOk = typed.some((e) => e.target && targets.has(country(e.target.code)));
    if (typed.length > 0) typeCorrect++;
    if (sources.size > 0) {
      withSource++;
      if (sourceOk) sourceCorrect++;
    }
    if (targets.size > 0) {
      withTarget++;
      if (targetOk) targetCorrect++;
    }
    if (typed.length === 0 || (sources.size > 0 && !sourceOk) || (targets.size > 0 && !targetOk)) {
      const seen = asserted(events).map(
        (e) => `${e.source.code} ${e.cameo} ${e.target?.code ?? '-'} ${typeOf(e)}`,
      );
      misses.push({
        id: r.id,
        gold: `${[...sources].join('+') || '-'} ${goldType(r.type)} ${[...targets].join('+') || '-'}`,
        got: seen.join('; ') || NO_EVENT,
        text: r.text,
      });
    }
  }
  return {
    records: items.length,
    typeCorrect,
    withSource,
    sourceCorrect,
    withTarget,
    targetCorrect,
    misses,
  };
}
