/**
 * Clustering scores: how well a predicted grouping of items (coded mentions grouped into
 * events) agrees with the gold grouping (the real-world event each mention reports).
 *
 * Pairwise: every pair of items is a decision, together or apart. Precision is the share
 * of predicted together-pairs that are gold together-pairs, recall the share of gold
 * together-pairs that were predicted; null when there is no pair to judge.
 * B-cubed (Bagga & Baldwin 1998): per item, the share of its predicted cluster that shares
 * its gold label (precision) and the share of its gold cluster that shares its predicted
 * cluster (recall), averaged over items; null when there are no items.
 */

/** One item with its gold label and the cluster it was put in. */
export interface Clustered {
  readonly id: string;
  readonly gold: string;
  readonly predicted: string;
}

export interface PrecisionRecall {
  readonly precision: number | null;
  readonly recall: number | null;
  readonly f1: number | null;
}

export interface ClusteringScore {
  readonly items: number;
  readonly goldClusters: number;
  readonly predictedClusters: number;
  readonly pairwise: PrecisionRecall & {
    readonly truePairs: number;
    readonly predictedPairs: number;
    readonly goldPairs: number;
  };
  readonly bcubed: PrecisionRecall;
}

/** A predicted cluster holding more than one gold label, or a gold label over several clusters. */
export interface Disagreement {
  /** The predicted cluster (a wrong merge) or the gold label (a wrong split). */
  readonly key: string;
  /** Its items grouped by the other labelling: gold labels of a merge, clusters of a split. */
  readonly parts: ReadonlyMap<string, readonly Clustered[]>;
}

function f1(p: number | null, r: number | null): number | null {
  if (p === null || r === null) return null;
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

const pairs = (n: number): number => (n * (n - 1)) / 2;

function groupBy(
  items: readonly Clustered[],
  key: (c: Clustered) => string,
): Map<string, Clustered[]> {
  const groups = new Map<string, Clustered[]>();
  for (const c of items) {
    const group = groups.get(key(c));
    if (group) group.push(c);
    else groups.set(key(c), [c]);
  }
  return groups;
}

export function scoreClustering(items: readonly Clustered[]): ClusteringScore {
  const gold = groupBy(items, (c) => c.gold);
  const predicted = groupBy(items, (c) => c.predicted);
  const both = groupBy(items, (c) => `${c.gold}\u0000${c.predicted}`);
  const sumPairs = (groups: Map<string, Clustered[]>): number =>
    [...groups.values()].reduce((n, g) => n + pairs(g.length), 0);
  const truePairs = sumPairs(both);
  const predictedPairs = sumPairs(predicted);
  const goldPairs = sumPairs(gold);
  const pairP = predictedPairs === 0 ? null : truePairs / predictedPairs;
  const pairR = goldPairs === 0 ? null : truePairs / goldPairs;

  let bP = 0;
  let bR = 0;
  for (const c of items) {
    const overlap = both.get(`${c.gold}\u0000${c.predicted}`)?.length ?? 0;
    bP += overlap / (predicted.get(c.predicted)?.length ?? 1);
    bR += overlap / (gold.get(c.gold)?.length ?? 1);
  }
  const bcubedP = items.length === 0 ? null : bP / items.length;
  const bcubedR = items.length === 0 ? null : bR / items.length;
  return {
    items: items.length,
    goldClusters: gold.size,
    predictedClusters: predicted.size,
    pairwise: {
      precision: pairP,
      recall: pairR,
      f1: f1(pairP, pairR),
      truePairs,
      predictedPairs,
      goldPairs,
    },
    bcubed: { precision: bcubedP, recall: bcubedR, f1: f1(bcubedP, bcubedR) },
  };
}

function spread(
  items: readonly Clustered[],
  outer: (c: Clustered) => string,
  inner: (c: Clustered) => string,
): Disagreement[] {
  return [...groupBy(items, outer)]
    .map(([key, group]) => ({ key, parts: groupBy(group, inner) }))
    .filter((d) => d.parts.size > 1);
}

/** Predicted clusters that join items of different gold events. */
export function wrongMerges(items: readonly Clustered[]): Disagreement[] {
  return spread(
    items,
    (c) => c.predicted,
    (c) => c.gold,
  );
}

/** Gold events whose items were put in different clusters. */
export function wrongSplits(items: readonly Clustered[]): Disagreement[] {
  return spread(
    items,
    (c) => c.gold,
    (c) => c.predicted,
  );
}
