import type { Explanation, Modality, PloverType } from '../events/index.js';

/** An actor in the output contract. */
export interface ActorRecord {
  readonly code: string;
  readonly name: string;
  /** The mention as written in the sentence. */
  readonly text: string;
}

export type DateSource = 'publication' | 'none';

/**
 * One event in Parley's output contract (`parley events`, `parley code`; documented in
 * the README). Later stages add fields; these stay.
 */
export interface EventRecord {
  readonly id: string;
  readonly articleId: string;
  readonly sentenceId: string;
  /** `YYYY-MM-DD` or null when unknown. */
  readonly date: string | null;
  readonly dateSource: DateSource;
  readonly source: ActorRecord;
  readonly target: ActorRecord | null;
  readonly cameo: string;
  readonly cameoName: string;
  readonly plover: PloverType | null;
  readonly ploverMode: string | null;
  readonly quad: 1 | 2 | 3 | 4;
  readonly goldstein: number;
  readonly modality: Modality;
  readonly negated: boolean;
  readonly reciprocal: boolean;
  readonly location: null;
  readonly sentence: string;
  readonly rule: string;
  readonly why: Explanation;
}
