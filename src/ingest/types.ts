import type { RemovedLine } from './clean/index.js';

export type InputFormat = 'txt' | 'html' | 'jsonl' | 'xml';

/** Where a publication date came from, strongest first. */
export type PublishedSource = 'flag' | 'record' | 'meta' | 'dateline';

/** Metadata the user gives on the command line; it wins over anything found in the input. */
export interface ExplicitMeta {
  readonly published?: string;
  readonly outlet?: string;
  readonly url?: string;
}

/** An article ready for the text stage: cleaned body text plus metadata and provenance. */
export interface RawArticle {
  /** Identity: the same key ingested again replaces the stored version. */
  readonly key: string;
  /** Where it came from, for messages: `samples/a.txt`, `wire.jsonl:3`, `-`. */
  readonly origin: string;
  readonly format: InputFormat;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
  /** ISO date `YYYY-MM-DD`, or null when unknown (never guessed). */
  readonly published: string | null;
  readonly publishedSource: PublishedSource | null;
  /**
   * The publication instant with its UTC offset as written ("2016-02-11T20:00:00+00:00"),
   * when the metadata the date came from gives a time and an offset; else null.
   */
  readonly publishedAt: string | null;
  /** Dateline place stripped from the first paragraph ("BERLIN"), or null. */
  readonly dateline: string | null;
  /** Body text: one paragraph per line. */
  readonly text: string;
  /** Lines of the input that are not body text, with the reason. */
  readonly removed: readonly RemovedLine[];
  /** SHA-256 of the input content and explicit metadata: same hash = same article. */
  readonly contentHash: string;
}

/** One input that could not be read, with a one-line reason. */
export interface IngestFailure {
  readonly origin: string;
  readonly reason: string;
}

/** What reading one input yields: articles and failures, in input order. */
export type ReadResult = (
  { readonly article: RawArticle } | { readonly failure: IngestFailure }
) & {
  /** Bytes of the input this result consumed, when known (JSONL lines), for progress. */
  readonly bytes?: number;
};
