/**
 * Across articles: coded mentions grouped into events (one event, many reports).
 * Runs after the store stage, on what is stored.
 */
export { clusterKey, sideOf } from './events/key.js';
export type { KeyedMention } from './events/key.js';
export { partition, periodOf } from './events/partition.js';
export type { PartitionInput } from './events/partition.js';
export { summarize } from './events/summary.js';
export type { ClusterActor, EventSummary, MemberMention } from './events/summary.js';
