/**
 * The dateline at the start of a news story: an upper-case place, optionally a region, a
 * date and an agency, then a dash ("BERLIN — The …", "MOSCOW (Reuters) - …",
 * "WASHINGTON, Feb. 3 (AP) — …", "DAMASCUS, Syria — …").
 */

const DATELINE = new RegExp(
  [
    String.raw`^(?<place>\p{Lu}[\p{Lu}.'’-]*(?:\s+\p{Lu}[\p{Lu}.'’-]*){0,3})`,
    String.raw`(?<region>,\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)?`,
    String.raw`(?:,?\s+\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2})?`,
    String.raw`\s*(?:\([^()]{1,40}\))?`,
    String.raw`\s*(?:—|–|--|-)\s+(?=["“‘'\p{Lu}\d])`,
  ].join(''),
  'u',
);

/** Shortest place taken for a dateline, in letters ("ROME"; "UN" alone is too ambiguous). */
const MIN_PLACE_LETTERS = 3;

export interface Dateline {
  /** The place, with its region when given: "BERLIN", "DAMASCUS, Syria". */
  readonly place: string;
  /** The paragraph without its dateline. */
  readonly rest: string;
}

/** Splits a dateline from the start of a paragraph, or returns null when there is none. */
export function splitDateline(paragraph: string): Dateline | null {
  const match = DATELINE.exec(paragraph);
  const place = match?.groups?.['place'];
  if (!match || place === undefined) return null;
  if ((place.match(/\p{Lu}/gu) ?? []).length < MIN_PLACE_LETTERS) return null;
  const region = match.groups?.['region'] ?? '';
  return { place: place + region, rest: paragraph.slice(match[0].length) };
}
