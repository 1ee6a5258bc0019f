import { describe, expect, it } from 'vitest';
import { scoreClustering, wrongMerges, wrongSplits } from './clusters.js';
import type { Clustered } from './clusters.js';

/** Items from `gold:predicted` strings, ids in order. */
const items = (spec: string): Clustered[] =>
  spec
    .split(' ')
    .filter((s) => s !== '')
    .map((s, k) => {
      const [gold = '', predicted = ''] = s.split(':');
      return { id: `i${k}`, gold, predicted };
    });

const round = (x: number | null): number | null =>
  x === null ? null : Math.round(x * 1000) / 1000;

describe('scoreClustering', () => {
  it.each([
    // spec, pairwise [P, R], B-cubed [P, R]
    ['a:1 a:1 b:2 b:2', [1, 1], [1, 1]],
    ['a:1 a:1 b:1 b:1', [2 / 6, 1], [0.5, 1]],
    ['a:1 a:2 a:3', [null, 0], [1, 1 / 3]],
    ['a:1 b:2 c:3', [null, null], [1, 1]],
    ['a:1 b:1 c:2', [0, null], [2 / 3, 1]],
    // one split gold event (3 = 2 + 1) and one correct pair
    ['a:1 a:1 a:2 b:3 b:3', [1, 2 / 4], [1, (2 / 3 + 2 / 3 + 1 / 3 + 1 + 1) / 5]],
    // a merge of two gold events of two items each, plus a singleton
    ['a:1 a:1 b:1 b:1 c:2', [2 / 6, 1], [(0.5 * 4 + 1) / 5, 1]],
    ['', [null, null], [null, null]],
  ] as const)('%s', (spec, [pp, pr], [bp, br]) => {
    const s = scoreClustering(items(spec));
    expect([round(s.pairwise.precision), round(s.pairwise.recall)]).toEqual([round(pp), round(pr)]);
    expect([round(s.bcubed.precision), round(s.bcubed.recall)]).toEqual([round(bp), round(br)]);
  });

  it('counts pairs and clusters, and F1 is the harmonic mean', () => {
    const s = scoreClustering(items('a:1 a:1 a:2 b:3 b:3'));
    expect(s).toMatchObject({ items: 5, goldClusters: 2, predictedClusters: 3 });
    expect(s.pairwise).toMatchObject({ truePairs: 2, predictedPairs: 2, goldPairs: 4 });
    expect(round(s.pairwise.f1)).toBe(round((2 * 1 * 0.5) / 1.5));
    expect(scoreClustering(items('a:1 b:1')).pairwise.f1).toBeNull();
  });
});

describe('wrong merges and splits', () => {
  const it3 = items('a:1 a:1 b:1 c:2 c:3 d:4');
  it('a merge is a cluster with several gold events, grouped by event', () => {
    const merges = wrongMerges(it3);
    expect(
      merges.map((m) => [m.key, [...m.parts].map(([g, xs]) => [g, xs.map((x) => x.id)])]),
    ).toEqual([
      [
        '1',
        [
          ['a', ['i0', 'i1']],
          ['b', ['i2']],
        ],
      ],
    ]);
  });
  it('a split is a gold event over several clusters, grouped by cluster', () => {
    const splits = wrongSplits(it3);
    expect(splits.map((m) => [m.key, [...m.parts.keys()]])).toEqual([['c', ['2', '3']]]);
  });
  it('none when the clustering is the gold one', () => {
    const right = items('a:1 a:1 b:2');
    expect([wrongMerges(right), wrongSplits(right)]).toEqual([[], []]);
  });
});
