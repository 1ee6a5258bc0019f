/** Articles as the ingest stage hands them to the store, for store and dedup tests. */
import { createHash } from 'node:crypto';
import type { RawArticle } from '../src/ingest/index.js';

/** A plain-text article under `key` (also its origin), content hash = SHA-256 of the text. */
export function rawArticle(key: string, text: string, extra: Partial<RawArticle> = {}): RawArticle {
  return {
    key,
    origin: key,
    format: 'txt',
    title: null,
    outlet: null,
    url: null,
    published: null,
    publishedSource: null,
    dateline: null,
    text,
    removed: [],
    contentHash: createHash('sha256').update(text).digest('hex'),
    ...extra,
  };
}
