/** Evaluation against gold files: pair accuracy, gold-standard codes, PETRARCH unit tests. */
export { parseGoldLine } from './gold.js';
export { readGoldFile } from './files.js';
export type { GoldFile } from './files.js';
export type { GoldActor, GoldRecord, GsrRecord, PairRecord } from './gold.js';
export { acceptedTypes, goldCountry, goldType } from './labels.js';
export { contentWords, overlaps } from './overlap.js';
export { parseUnitTests, scoreUnitTests, unitTestKey } from './petrarch.js';
export type { UnitTestRecord, UnitTestScore } from './petrarch.js';
export { gsrReport, mapsAsObjects, pairReport, unitTestReport } from './report.js';
export { codeRecords } from './run.js';
export { NO_EVENT, scoreGsr, scorePairs } from './score.js';
export type { Coded, GsrScore, Miss, PairScore, TypeScore } from './score.js';
export { scoreClustering, wrongMerges, wrongSplits } from './clusters.js';
export type { Clustered, ClusteringScore, Disagreement, PrecisionRecall } from './clusters.js';
