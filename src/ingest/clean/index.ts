/**
 * The plain-text cleaner: scraped news text with the page's boilerplate inline in, the
 * article's paragraphs out, every removed line listed with its reason.
 */
export { cleanText } from './clean.js';
export { parseDateLine } from './published-date.js';
export type {
  CleanOptions,
  CleanedText,
  PublishedDate,
  RemovalReason,
  RemovedLine,
} from './types.js';
