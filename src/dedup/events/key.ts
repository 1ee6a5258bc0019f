import { countryOf } from '../../actors/index.js';
import type { DatePrecision } from '../../time/index.js';

/**
 * Which coded mentions can report the same event: the cluster key. Mentions with different
 * keys are never one event; among mentions with one key, dates and places decide
 * (cluster.ts).
 *
 * The key is: the year (`2016`; `2016 year` for mentions dated only to a year, which
 * never join a day's event; `undated`), the dyad at actor level (a country for every code
 * that starts with one — Kerry's USAGOV and "Washington"'s USA are one side; other codes
 * such as IGOUNO or a group stay whole; an unresolved target by its words), the type (the
 * PLOVER type, or the CAMEO root when the code has none), the modality and the negation.
 * For CONSULT and AGREE the dyad is unordered: "Kerry met Lavrov" and "Lavrov met Kerry"
 * are one meeting.
 */
export interface KeyedMention {
  readonly date: string | null;
  readonly datePrecision: DatePrecision | null;
  readonly source: { readonly code: string; readonly text: string };
  readonly target: { readonly code: string; readonly text: string } | null;
  readonly cameo: string;
  readonly plover: string | null;
  readonly modality: string;
  readonly negated: boolean;
}

const UNORDERED: ReadonlySet<string> = new Set(['CONSULT', 'AGREE']);

/** The side of a dyad an actor stands for: its country when its code starts with one. */
export function sideOf(
  actor: { readonly code: string; readonly text: string } | null,
  countries: ReadonlySet<string>,
): string {
  if (!actor) return '-';
  const { code } = actor;
  if (code === '') return `"${actor.text.toLowerCase().replace(/\s+/g, ' ').trim()}"`;
  return countryOf(code, countries) ?? code;
}

export function clusterKey(m: KeyedMention, countries: ReadonlySet<string>): string {
  // A mention dated only to a year is too vague to join a day's event: years are apart.
  const year =
    m.date === null
      ? 'undated'
      : `${m.date.slice(0, 4)}${m.datePrecision === 'year' ? ' year' : ''}`;
  const type = m.plover ?? `root ${m.cameo.slice(0, 2)}`;
  let a = sideOf(m.source, countries);
  let b = sideOf(m.target, countries);
  if (UNORDERED.has(type) && b < a) [a, b] = [b, a];
  return [year, `${a}>${b}`, type, m.modality, m.negated ? 'not' : 'so'].join('|');
}
