/** Ingest stage: raw files, stdin, JSONL, HTML, PETRARCH XML → cleaned articles with metadata. */
export { expandInputs, formatOfName, sniffFormat } from './sources.js';
export type { Expansion, InputItem } from './sources.js';
export { readInput, readOptions, fromJsonlLine } from './read.js';
export type { ReadOptions } from './read.js';
export { normalizePublished } from './published.js';
export { decodeEntities } from './petrarch-xml.js';
export type {
  ExplicitMeta,
  IngestFailure,
  InputFormat,
  PublishedSource,
  RawArticle,
  ReadResult,
} from './types.js';
export type { RemovalReason, RemovedLine } from './clean/index.js';
