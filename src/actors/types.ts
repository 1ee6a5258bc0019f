/** What a dictionary entry names. */
export type EntryKind =
  | 'country'
  | 'demonym'
  | 'capital'
  | 'seat'
  | 'organisation'
  | 'sector'
  | 'title'
  | 'person'
  | 'group'
  | 'actor';

/** A code that holds over a date range (ISO dates, both inclusive; null = open-ended). */
export interface DatedCode {
  /** Full actor code (`RUSGOV`, `IGOUNO`, `SYRREBNUS`). */
  readonly code: string;
  readonly start: string | null;
  readonly end: string | null;
  /** The post behind the code for people (`foreign-minister`), else null. */
  readonly role: string | null;
  /** The name in use over the range, for renamed groups ("Jabhat Fatah al-Sham"), else null. */
  readonly name: string | null;
  /** `file:line` of the record. */
  readonly where: string;
}

/**
 * An actor whose code depends on the date: a person with dated posts, an armed group
 * with dated names, or an actor imported from a PETRARCH/TABARI dictionary.
 */
export interface DatedActor {
  readonly kind: 'person' | 'group' | 'actor';
  /** Identity and display name ("Sergey Lavrov", "Hayat Tahrir al-Sham"). */
  readonly name: string;
  /** Dated codes, sorted by start. */
  readonly codes: readonly DatedCode[];
  /**
   * Code when no dated code applies: a PETRARCH default code, or null (people: the
   * country of the last post + `ELI` after it; see resolve.ts).
   */
  readonly fallback: string | null;
  readonly where: string;
}

/** A title that selects the holder of a post ("foreign minister", "secretary-general"). */
export interface TitleRef {
  readonly role: string;
  /** `*`, an ISO country code, or an organisation code (data/actors/roles.tsv). */
  readonly scope: string;
}

/** One way of writing an actor, as loaded from data/actors/ or an imported dictionary. */
export interface ActorEntry {
  readonly kind: EntryKind;
  /** Primary code (`RUS`, `IGOUNO`); the empty string for sectors, titles and dated actors. */
  readonly code: string;
  /** Sector code (`GOV`, `MIL`, `GOVMIL`) or null. */
  readonly sector: string | null;
  /** Canonical name of the actor, sector or post ("Russia", "United Nations", "military"). */
  readonly name: string;
  /** The dictionary text of this entry ("the Kremlin"). */
  readonly text: string;
  /** `file:line` of the entry. */
  readonly where: string;
  /** Entries from imported dictionaries (priority 1) win over the built-in base (0). */
  readonly priority: number;
  /** Person, group and imported-actor entries: the actor and its dated codes. */
  readonly actor?: DatedActor;
  /** Title entries: the post the title names. */
  readonly title?: TitleRef;
  /** Seats that name a part of the state other than its government: that part ("military"). */
  readonly sectorName?: string;
  /** Sector entries from agent dictionaries: `prefix` codes go before the country (`NGO~`). */
  readonly sectorPosition?: 'prefix' | 'suffix';
}

/** How a mention got its code. */
export type MentionSource =
  | 'dictionary'
  | 'person'
  | 'group'
  | 'title-holder'
  | 'coreference'
  | 'appositive'
  | 'unresolved'
  /** A noun phrase for an actor no dictionary names ("anti-war groups"): data/actors/generic.tsv. */
  | 'generic';

/** An actor found in a sentence. Token indices are into the sentence's tokens. */
export interface ActorMention {
  readonly start: number;
  /** Exclusive end token index. */
  readonly end: number;
  /**
   * Full actor code: primary + sector (`RUSGOV`), a sector alone (`REB`), or the empty
   * string for an unresolved name (kept, counted, never guessed into a country).
   */
  readonly code: string;
  /** The country or organisation part of the code (`RUS`, `IGOUNO`), null for a sector alone. */
  readonly primary: string | null;
  /** The sector part of the code (`GOV`), or null. */
  readonly sector: string | null;
  /** Human-readable name ("Russia (government)", "Sergey Lavrov"). */
  readonly name: string;
  /** The mention as written in the sentence. */
  readonly text: string;
  /** The dictionary entries that produced the code, for explanations. */
  readonly entries: readonly ActorEntry[];
  readonly source: MentionSource;
  /** The person this mention is (or was bound to), by their canonical name, else null. */
  readonly person: string | null;
  /** The post behind the code on the date (`foreign-minister`), else null. */
  readonly role: string | null;
  /** Why: "holder of foreign-minister in RUS on 2016-02-11", "refers to Sergey Lavrov (sentence 1)". */
  readonly via: string | null;
  /** The dated actor behind the mention (people, groups, imported actors), for coreference. */
  readonly actor: DatedActor | null;
  /** A plural reference to earlier actors ("the two diplomats"): the actors it stands for. */
  readonly members: readonly ActorMention[] | null;
}

/** A dictionary match over a token span, before mentions are assembled. */
export interface EntryMatch {
  readonly start: number;
  readonly end: number;
  readonly entries: readonly ActorEntry[];
}
