import type { ActorEntry } from './types.js';

/** The ISO3 codes of the countries among dictionary entries. */
export function countryCodes(entries: readonly ActorEntry[]): Set<string> {
  return new Set(entries.filter((e) => e.kind === 'country').map((e) => e.code));
}

/**
 * The country an actor code stands for: its first three letters when they are one of
 * `countries` (`RUSGOV` → `RUS`), else null (`IGOUNO`, `REB`).
 */
export function countryOf(code: string | null, countries: ReadonlySet<string>): string | null {
  const head = code?.slice(0, 3) ?? '';
  return countries.has(head) ? head : null;
}
