/**
 * Places (pipeline stage `geo`): the places a sentence names, each resolved to one point
 * with its precision and why. Load the gazetteer once (about a second) and pass it down.
 */
export { countriesNamed } from './article.js';
export { foldName } from './cities.js';
export { findPlaces } from './find.js';
export type { FindOptions, TokenSpan } from './find.js';
export { loadGazetteer } from './gazetteer.js';
export { resolvePlace } from './resolve.js';
export type { KindHint, ResolveContext } from './resolve.js';
export type { Candidate, Gazetteer, PlaceMention, Precision, ResolvedPlace, Via } from './types.js';
export { locateEvent, locations } from './locate-event.js';
export { notAPlace } from './not-place.js';
export { actorCountries } from './actor-countries.js';
export type { EventLocation } from './locate-event.js';
export { loadTimeZones, timeZoneOf } from './time-zones.js';
export type { TimeZones } from './time-zones.js';
