/**
 * Gold labels as older and other gold files write them, read as Parley's: old PLOVER
 * type names and the CAMEO country codes that are not ISO 3166 alpha-3.
 */

/** Old PLOVER names (PLOVER GSR files) → the 2021 types. */
const TYPE_ALIASES: Readonly<Record<string, string>> = {
  DEMAND: 'REQUEST',
  DISAPPROVE: 'ACCUSE',
  FIGHT: 'ASSAULT',
  INVESTIGATE: 'ACCUSE',
};

/** A gold type as Parley's PLOVER type ("DISAPPROVE" → "ACCUSE"); YIELD stays YIELD. */
export function goldType(label: string): string {
  const upper = label.trim().toUpperCase();
  return TYPE_ALIASES[upper] ?? upper;
}

/** The PLOVER types that count as a gold label: YIELD is CONCEDE or RETREAT. */
export function acceptedTypes(label: string): readonly string[] {
  const type = goldType(label);
  return type === 'YIELD' ? ['CONCEDE', 'RETREAT'] : [type];
}

/** CAMEO's own country codes that differ from ISO 3166 alpha-3 (Italy, Japan, Vietnam). */
const LEGACY_COUNTRY: Readonly<Record<string, string>> = { ITL: 'ITA', JAP: 'JPN', VTN: 'VNM' };

/** The country/IGO part of a gold actor code, as ISO ("ITL" → "ITA", "IGOUNO" → "IGO"). */
export function goldCountry(code: string): string {
  const head = code.trim().toUpperCase().slice(0, 3);
  return LEGACY_COUNTRY[head] ?? head;
}
