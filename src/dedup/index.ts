/**
 * Across articles: near-duplicate articles linked to their original (articles/, at
 * ingest), and coded mentions grouped into events (one event, many reports), run after
 * the store stage on what is stored.
 */
export * from './articles/index.js';
export { clusterKey, sideOf } from './events/key.js';
export type { KeyedMention } from './events/key.js';
export { addDays, partition, periodOf, REPORT_LAG_DAYS } from './events/partition.js';
export type { PartitionInput } from './events/partition.js';
export { summarize } from './events/summary.js';
export type { ClusterActor, EventSummary, MemberMention } from './events/summary.js';
