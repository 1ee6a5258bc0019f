/**
 * `cleanText`: scraped plain text in, the article's paragraphs out, with every other line
 * accounted for in `removed` and the title, publication date and dateline read off.
 */
import { splitDateline } from './dateline.js';
import { parseDateLine } from './published-date.js';
import { classify } from './rules/index.js';
import { resolveSettings } from './settings.js';
import type {
  CleanOptions,
  CleanedText,
  PublishedDate,
  RemovalReason,
  RemovedLine,
} from './types.js';
import type { Unit } from './units.js';
import { toUnits } from './units.js';

/** A date line saying when the page was updated gives way to one saying when it was published. */
const UPDATED = /^\s*(?:last\s+)?(?:updated|modified)\b/iu;

/** The publication date among the date lines within the first `window` non-blank lines. */
function publishedDate(
  units: readonly Unit[],
  verdicts: readonly (RemovalReason | null)[],
  window: number,
): PublishedDate | null {
  const found: PublishedDate[] = [];
  let seen = 0;
  units.forEach((unit, i) => {
    const line = unit.lines[0];
    const date = verdicts[i] === 'date' ? parseDateLine(unit.text) : null;
    if (seen < window && date !== null && line !== undefined) {
      found.push({ date, text: unit.text, line });
    }
    seen += unit.lines.length;
  });
  return found.find((entry) => !UPDATED.test(entry.text)) ?? found[0] ?? null;
}

/** Classifies every line of a scraped page and returns the article text. Pure. */
export function cleanText(raw: string, options: CleanOptions = {}): CleanedText {
  const settings = resolveSettings(options);
  const units = toUnits(raw, settings.unwrap);
  const verdicts = classify(units, settings);

  const removed: RemovedLine[] = [];
  const paragraphs: string[] = [];
  let title: string | null = null;
  units.forEach((unit, i) => {
    const reason = verdicts[i] ?? null;
    if (reason === null) {
      paragraphs.push(unit.bare);
      return;
    }
    if (reason === 'title' && title === null) title = unit.text;
    unit.lines.forEach((line, j) => removed.push({ line, text: unit.raw[j] ?? '', reason }));
  });

  const dateline = paragraphs[0] === undefined ? null : splitDateline(paragraphs[0]);
  if (dateline !== null) paragraphs[0] = dateline.rest;

  return {
    title,
    paragraphs,
    removed,
    published: publishedDate(units, verdicts, settings.dateWindow),
    dateline: dateline?.place ?? null,
  };
}
