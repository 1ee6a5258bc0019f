import { table } from '../cli/output.js';
import type { UnitTestScore } from './petrarch.js';
import type { GsrScore, Miss, PairScore } from './score.js';

function pct(n: number, d: number): string {
  return d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`;
}

function missLines(misses: readonly Miss[], limit: number): string[] {
  if (limit <= 0 || misses.length === 0) return [];
  const shown = misses.slice(0, limit);
  return [
    '',
    `${misses.length} wrong${misses.length > shown.length ? `, the first ${shown.length}` : ''}:`,
    table(
      ['id', 'gold', 'Parley', 'text'],
      shown.map((m) => [m.id, m.gold, m.got, m.text]),
    ),
  ];
}

/** Pair scores: accuracy, per-type precision/recall/F1 and the confusion matrix. */
export function pairReport(title: string, s: PairScore, misses: number): string {
  const labels = [
    ...new Set([...s.confusion.keys(), ...[...s.confusion.values()].flatMap((r) => [...r.keys()])]),
  ].sort();
  return [
    title,
    `pairs ${s.pairs}   pair accuracy ${pct(s.pairCorrect, s.pairs)} (${s.pairCorrect})   sentence accuracy ${pct(s.sentenceCorrect, s.pairs)} (${s.sentenceCorrect})   macro-F1 ${s.macroF1.toFixed(3)}`,
    '',
    table(
      ['type', 'gold', 'coded', 'right', 'precision', 'recall', 'F1'],
      s.types.map((t) => [
        t.type,
        String(t.gold),
        String(t.predicted),
        String(t.correct),
        t.precision.toFixed(2),
        t.recall.toFixed(2),
        t.f1.toFixed(2),
      ]),
    ),
    '',
    'confusion (rows gold, columns coded)',
    table(
      ['gold', ...labels.map((l) => l.slice(0, 9))],
      [...s.confusion.keys()]
        .sort()
        .map((g) => [g, ...labels.map((l) => String(s.confusion.get(g)?.get(l) ?? ''))]),
      400,
    ),
    ...missLines(s.misses, misses),
  ].join('\n');
}

/** Gold-standard scores: event type, source and target code. */
export function gsrReport(title: string, s: GsrScore, misses: number): string {
  return [
    title,
    table(
      ['measure', 'right', 'of', 'accuracy'],
      [
        ['event type', String(s.typeCorrect), String(s.records), pct(s.typeCorrect, s.records)],
        [
          'source code',
          String(s.sourceCorrect),
          String(s.withSource),
          pct(s.sourceCorrect, s.withSource),
        ],
        [
          'target code',
          String(s.targetCorrect),
          String(s.withTarget),
          pct(s.targetCorrect, s.withTarget),
        ],
      ],
    ),
    ...missLines(s.misses, misses),
  ].join('\n');
}

/** PETRARCH unit-test scores: exact matches, by category. */
export function unitTestReport(title: string, s: UnitTestScore, misses: number): string {
  return [
    title,
    `records ${s.records}   exact (source, target, code) sets ${s.exact}  ${pct(s.exact, s.records)}`,
    '',
    table(
      ['category', 'records', 'exact', 'share'],
      [...s.byCategory].map(([c, v]) => [
        c,
        String(v.records),
        String(v.exact),
        pct(v.exact, v.records),
      ]),
    ),
    ...missLines(s.misses, misses),
  ].join('\n');
}

/** JSON.stringify replacer that writes Maps (confusion, categories) as objects. */
export function mapsAsObjects(_key: string, value: unknown): unknown {
  return value instanceof Map ? Object.fromEntries(value) : value;
}
