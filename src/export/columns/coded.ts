import type { EventSummary } from '../../dedup/index.js';
import type { EventRecord } from '../../store/index.js';
import { countryOf } from '../../actors/index.js';
import { dateParts } from '../dates.js';
import { column } from './column.js';

/** The fields a coded mention and a clustered event share, by name and meaning. */
type Shared = Exclude<
  keyof EventRecord & keyof EventSummary,
  'id' | 'sentenceId' | 'source' | 'target'
>;

/**
 * What a coded mention and a clustered event both have: date, actors, codes, place.
 * Columns over it serve both export kinds, so they are written once.
 */
export type Coded = Pick<EventRecord, Shared> & {
  readonly source: { readonly code: string; readonly name: string };
  readonly target: { readonly code: string; readonly name: string } | null;
};

/** The date columns: the ISO date at its precision, then its parts as Phoenix splits them. */
export const DATE_COLUMNS = [
  column<Coded>(
    'event_date',
    'string',
    'ICEWS Event Date',
    'When the event happened, ISO 8601 at `date_precision`: `2016-02-12`, a week by its Monday, `2016-02`, `2016`; empty when unknown. A string, not a Parquet DATE, because a DATE cannot say "some day of February 2016".',
    (r) => r.date,
  ),
  column<Coded>(
    'date_precision',
    'string',
    'Parley',
    '`day`, `week`, `month` or `year`; empty when the date is unknown.',
    (r) => r.datePrecision,
  ),
  column<Coded>(
    'year',
    'int',
    'Phoenix Year',
    'Year of `event_date`.',
    (r) => dateParts(r.date, r.datePrecision).year,
  ),
  column<Coded>(
    'month',
    'int',
    'Phoenix Month',
    "Month of `event_date` (a week's: its Monday's); empty at year precision.",
    (r) => dateParts(r.date, r.datePrecision).month,
  ),
  column<Coded>(
    'day',
    'int',
    'Phoenix Day',
    'Day of the month, only at day precision.',
    (r) => dateParts(r.date, r.datePrecision).day,
  ),
];

export const ACTOR_COLUMNS = [
  column<Coded>(
    'source_code',
    'string',
    'Phoenix SourceActorFull',
    'CAMEO actor code of the source (`RUSGOV`, `IGOUNO`).',
    (r) => r.source.code,
  ),
  column<Coded>(
    'source_name',
    'string',
    'ICEWS Source Name',
    'Readable name of the source actor.',
    (r) => r.source.name,
  ),
  column<Coded>(
    'source_country',
    'string',
    'ICEWS Source Country (as ISO3); Phoenix SourceActorEntity',
    'The first three letters of `source_code` when they are an ISO 3166-1 alpha-3 country (`RUSGOV` → `RUS`); empty for organisations and groups.',
    (r, c) => countryOf(r.source.code, c.countries),
  ),
  column<Coded>(
    'target_code',
    'string',
    'Phoenix TargetActorFull',
    'CAMEO actor code of the target; empty when the event has none.',
    (r) => r.target?.code ?? null,
  ),
  column<Coded>(
    'target_name',
    'string',
    'ICEWS Target Name',
    'Readable name of the target actor.',
    (r) => r.target?.name ?? null,
  ),
  column<Coded>(
    'target_country',
    'string',
    'ICEWS Target Country (as ISO3); Phoenix TargetActorEntity',
    'Country-level code of the target, as `source_country`.',
    (r, c) => countryOf(r.target?.code ?? null, c.countries),
  ),
];

export const CODE_COLUMNS = [
  column<Coded>(
    'cameo_code',
    'string',
    'ICEWS CAMEO Code; Phoenix EventCode',
    'CAMEO event code (`190`, `0231`).',
    (r) => r.cameo,
  ),
  column<Coded>(
    'cameo_name',
    'string',
    'Parley',
    'The CAMEO code\'s name ("Use conventional military force").',
    (r) => r.cameoName,
  ),
  column<Coded>(
    'root_code',
    'string',
    'Phoenix EventRootCode',
    'CAMEO root: the first two digits (`19`).',
    (r) => r.cameo.slice(0, 2),
  ),
  column<Coded>(
    'quad_class',
    'int',
    'Phoenix/GDELT QuadClass',
    '1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.',
    (r) => r.quad,
  ),
  column<Coded>(
    'goldstein',
    'double',
    'Phoenix GoldsteinScore; ICEWS Intensity',
    'Goldstein scale of the CAMEO code, −10 (most conflictual) to +10.',
    (r) => r.goldstein,
  ),
  column<Coded>(
    'plover_type',
    'string',
    'PLOVER event_type',
    'PLOVER event type (`ASSAULT`, `CONSULT`); empty when the CAMEO code has none.',
    (r) => r.plover,
  ),
  column<Coded>(
    'plover_mode',
    'string',
    'PLOVER mode',
    'PLOVER mode of the type (`aerial`, `visit`), when known.',
    (r) => r.ploverMode,
  ),
  column<Coded>(
    'modality',
    'string',
    'Parley',
    '`actual`, `intent` (announced, threatened) or `hypothetical` (conditional).',
    (r) => r.modality,
  ),
  column<Coded>(
    'negated',
    'boolean',
    'Parley',
    'The text says the event did not happen ("did not attack").',
    (r) => r.negated,
  ),
  column<Coded>(
    'reciprocal',
    'boolean',
    'Parley',
    'Both sides did it to each other ("the two sides met").',
    (r) => r.reciprocal,
  ),
];

export const LOCATION_COLUMNS = [
  column<Coded>(
    'location_name',
    'string',
    'Phoenix LocationName',
    'Where the event took place (gazetteer name); empty when unknown.',
    (r) => r.location?.name ?? null,
  ),
  column<Coded>(
    'location_country',
    'string',
    'ICEWS Country (as ISO3); Phoenix CountryCode',
    'ISO 3166-1 alpha-3 country of the place; empty for a region across states.',
    (r) => (r.location?.country ? r.location.country : null),
  ),
  column<Coded>(
    'latitude',
    'double',
    'ICEWS Latitude; Phoenix Lat',
    'Latitude of the place (WGS 84).',
    (r) => r.location?.lat ?? null,
  ),
  column<Coded>(
    'longitude',
    'double',
    'ICEWS Longitude; Phoenix Lon',
    'Longitude of the place (WGS 84).',
    (r) => r.location?.lon ?? null,
  ),
  column<Coded>(
    'location_precision',
    'string',
    'Parley',
    '`city`, `region` or `country`: how precise the point is.',
    (r) => r.location?.precision ?? null,
  ),
];
