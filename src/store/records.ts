import type { CodedEvent, EventActor } from '../events/index.js';

/** An actor in the output contract: code, readable name, the mention as written. */
export type ActorRecord = Pick<EventActor, 'code' | 'name' | 'text'>;

export type DateSource = 'publication' | 'none';

/**
 * One event in Parley's output contract (`parley events`, `parley code`; documented in
 * the README): a coded event with its place (ids, sentence) and date. Later stages add
 * fields; these stay.
 */
export interface EventRecord extends Omit<CodedEvent, 'source' | 'target'> {
  readonly id: string;
  readonly articleId: string;
  readonly sentenceId: string;
  /** `YYYY-MM-DD` or null when unknown. */
  readonly date: string | null;
  readonly dateSource: DateSource;
  readonly source: ActorRecord;
  readonly target: ActorRecord | null;
  readonly location: null;
  readonly sentence: string;
}
