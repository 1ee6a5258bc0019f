import type { CodedEvent, EventActor } from '../events/index.js';
import type { EventLocation } from '../geo/index.js';
import type { DatePrecision, DateSource } from '../time/index.js';

/** An actor in the output contract: code, readable name, the mention as written. */
export type ActorRecord = Pick<EventActor, 'code' | 'name' | 'text'>;

/**
 * One event in Parley's output contract (`parley events`, `parley code`; documented in
 * the README): a coded event with its place (ids, sentence) and date. Later stages add
 * fields; these stay.
 */
export interface EventRecord extends Omit<CodedEvent, 'source' | 'target' | 'anchor'> {
  readonly id: string;
  readonly articleId: string;
  readonly sentenceId: string;
  /**
   * ISO 8601 at `datePrecision` (`2016-02-12`; a week by its Monday; `2016-02`; `2016`),
   * or null when unknown.
   */
  readonly date: string | null;
  readonly datePrecision: DatePrecision | null;
  /** `sentence` (a date expression of the event's clause), `publication`, or `none`. */
  readonly dateSource: DateSource;
  /** The date expression as written ("late Friday"), kept even when it could not be resolved. */
  readonly dateText: string | null;
  readonly source: ActorRecord;
  readonly target: ActorRecord | null;
  /** Where the event took place (a place in its clause, or the dateline), or null. */
  readonly location: EventLocation | null;
  readonly sentence: string;
}
