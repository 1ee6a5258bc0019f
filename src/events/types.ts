import type { Modality } from './grammar/frames.js';
import type { SubjectRule } from './grammar/subjects.js';
import type { PloverType } from './ontology.js';

/** An actor as it appears in an event. Offsets are into the sentence text. */
export interface EventActor {
  readonly code: string;
  readonly name: string;
  /** The mention as written. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Why an event was coded: the pattern that fired and how each slot was filled. */
export interface Explanation {
  /** The pattern's file and line. */
  readonly pattern: string;
  /** The pattern as written. */
  readonly text: string;
  /** The words that triggered it, as written in the sentence. */
  readonly trigger: string;
  readonly voice: 'active' | 'passive' | 'noun';
  readonly subject: SubjectRule | 'pattern';
  /** What set the modality or negation ("modal would", "governed by plan"), or null. */
  readonly cue: string | null;
  /** Dictionary entries (file:line) behind the source and target codes. */
  readonly sourceEntries: readonly string[];
  readonly targetEntries: readonly string[];
  /** How the source and target were resolved beyond the dictionary (post holder, coreference…). */
  readonly sourceVia: string | null;
  readonly targetVia: string | null;
  /** Names in the source or target slots that no dictionary resolved, as written. */
  readonly unresolved: readonly string[];
}

/** Whether an event lies before, around or after the report, from its verb's tense. */
export type Tense = 'past' | 'present' | 'future';

/**
 * Where an event sits in its sentence, for the stages that date and place it: token
 * ranges [start, end) of its own clause (with the complements its pattern reads), of the
 * clauses it depends on (around it, sharing its subject, reporting it: "…, the Kremlin
 * said on Wednesday"), and its tense.
 */
export interface EventAnchor {
  readonly own: readonly (readonly [number, number])[];
  readonly outer: readonly (readonly [number, number])[];
  readonly tense: Tense;
}

/** One event coded from one sentence. */
export interface CodedEvent {
  readonly source: EventActor;
  readonly target: EventActor | null;
  readonly cameo: string;
  readonly cameoName: string;
  readonly plover: PloverType | null;
  readonly ploverMode: string | null;
  readonly quad: 1 | 2 | 3 | 4;
  readonly goldstein: number;
  readonly modality: Modality;
  readonly negated: boolean;
  /** True for one event standing for both directions ("X and Y agreed", "talks between X and Y"). */
  readonly reciprocal: boolean;
  /** `file:line CODE pattern`, the rule that fired. */
  readonly rule: string;
  readonly why: Explanation;
  readonly anchor: EventAnchor;
}
