/** What a dictionary entry names. */
export type EntryKind = 'country' | 'demonym' | 'capital' | 'seat' | 'organisation' | 'sector';

/** One way of writing an actor, as loaded from data/actors/. */
export interface ActorEntry {
  readonly kind: EntryKind;
  /** Primary code (`RUS`, `IGOUNO`); for sector entries the empty string. */
  readonly code: string;
  /** Sector code (`GOV`, `MIL`, `GOVMIL`) or null. */
  readonly sector: string | null;
  /** Canonical name of the actor or sector ("Russia", "United Nations", "military"). */
  readonly name: string;
  /** The dictionary text of this entry ("the Kremlin"). */
  readonly text: string;
  /** `file:line` of the entry. */
  readonly where: string;
}

/** An actor found in a sentence. Token indices are into the sentence's tokens. */
export interface ActorMention {
  readonly start: number;
  /** Exclusive end token index. */
  readonly end: number;
  /** Full actor code: primary + sector (`RUSGOV`), or a sector alone (`REB`). */
  readonly code: string;
  /** The country or organisation part of the code (`RUS`, `IGOUNO`), null for a sector alone. */
  readonly primary: string | null;
  /** The sector part of the code (`GOV`), or null. */
  readonly sector: string | null;
  /** Human-readable name ("Russia (government)"). */
  readonly name: string;
  /** The mention as written in the sentence. */
  readonly text: string;
  /** The dictionary entries that produced the code, for explanations. */
  readonly entries: readonly ActorEntry[];
}

/** A dictionary match over a token span, before mentions are assembled. */
export interface EntryMatch {
  readonly start: number;
  readonly end: number;
  readonly entries: readonly ActorEntry[];
}
