import { createHash } from 'node:crypto';
import { cleanText } from './clean/index.js';
import { publishedInstant } from './published.js';
import type { RemovedLine } from './clean/index.js';
import type { ExplicitMeta, InputFormat, PublishedSource, RawArticle } from './types.js';

export interface ArticleParts {
  readonly key: string;
  readonly origin: string;
  readonly format: InputFormat;
  /** The content the hash is computed from: the raw input of this article. */
  readonly content: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
  /** A validated date from the input's own metadata (record field, HTML meta), or null. */
  readonly published: string | null;
  /** The metadata value `published` was read from, for its time and offset, or null. */
  readonly publishedRaw: string | null;
  /** Body text before cleaning, one paragraph or page line per line. */
  readonly body: string;
  /** False for text that is known to be clean (single sentences from PETRARCH-style XML). */
  readonly clean: boolean;
}

/**
 * Assembles an article: cleans its body, then settles each field by precedence —
 * command-line flag, then the input's metadata, then what the cleaner read off the
 * page (headline, date line) — and hashes content plus the metadata that was given.
 */
export function assembleArticle(parts: ArticleParts, explicit: ExplicitMeta): RawArticle {
  const cleaned = parts.clean ? cleanText(parts.body) : null;
  const text = cleaned ? cleaned.paragraphs.join('\n') : parts.body.replace(/\s+/g, ' ').trim();
  const removed: readonly RemovedLine[] = cleaned?.removed ?? [];
  let published: string | null = null;
  let publishedSource: PublishedSource | null = null;
  let publishedAt: string | null = null;
  if (explicit.published) {
    published = explicit.published;
    publishedSource = 'flag';
  } else if (parts.published) {
    published = parts.published;
    publishedSource = parts.format === 'html' ? 'meta' : 'record';
    publishedAt = parts.publishedRaw ? publishedInstant(parts.publishedRaw) : null;
  } else if (cleaned?.published) {
    published = cleaned.published.date;
    publishedSource = 'dateline';
  }
  const url = explicit.url ?? parts.url;
  const outlet = explicit.outlet ?? parts.outlet;
  const title = parts.title ?? cleaned?.title ?? null;
  const contentHash = createHash('sha256')
    .update(
      JSON.stringify([
        parts.content,
        explicit.published ?? null,
        explicit.outlet ?? null,
        explicit.url ?? null,
      ]),
    )
    .digest('hex');
  return {
    key: explicit.url ?? parts.key,
    origin: parts.origin,
    format: parts.format,
    title,
    outlet,
    url,
    published,
    publishedSource,
    publishedAt,
    dateline: cleaned?.dateline ?? null,
    text,
    removed,
    contentHash,
  };
}
