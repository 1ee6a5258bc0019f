/** Store stage: the embedded SQLite database — schema, writes and queries. */
export { openDatabase, storeVersion } from './open.js';
export { SCHEMA_VERSION } from './schema.js';
export { createCopyStore, sameProvenance } from './copies.js';
export type { CopyMember, CopyStore, Provenance } from './copies.js';
export { createWriter } from './write.js';
export { clusterWhere, findCluster, queryClusters, reportsOf } from './cluster-queries.js';
export { CLUSTER_SORTS, pageClusters } from './cluster-pages.js';
export type { ClusterPage, ClusterSort } from './cluster-pages.js';
export type { ClusterFilter, ClusterRecord } from './cluster-queries.js';
export type { Lookup, MentionRecord, ProcessedArticle, SaveOutcome, Writer } from './write.js';
export {
  eventWhere,
  findArticle,
  likeLiteral,
  pageArticles,
  listArticles,
  mentionsOf,
  queryEvents,
  queryReports,
  removedLines,
  sentencesOf,
  storeCounts,
  summarize,
} from './queries.js';
export type {
  ArticleRecord,
  EventFilter,
  MentionRow,
  ReportRecord,
  SentenceRow,
  StoreSummary,
} from './queries.js';
export type { ActorRecord, EventRecord } from './records.js';
