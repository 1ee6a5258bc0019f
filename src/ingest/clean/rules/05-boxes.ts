/**
 * Widget boxes: the text that belongs to a widget line the earlier passes recognised.
 *
 * - A newsletter or donation box is a title line ("Subscribe to our newsletter", "12 DAYS
 *   LEFT IN OUR SUMMER FUND DRIVE") with its blurb on the lines directly below, in the same
 *   block ("Sign up for the Gulf Monitor briefing: …", "Independent reporting depends on
 *   readers like you. Donate now."). The blurb takes the title's reason, sentences too.
 *   Blocks only exist on pages that separate paragraphs by blank lines (see `blocks.ts`), so
 *   on a page without them a paragraph after "Subscribe" is never taken for a blurb.
 * - An ad's copy is the line right after an "Advertisement" label, when it is short and
 *   calls to action ("Fly to 120 destinations across Europe. Book now and save 20%.").
 *   Both conditions, so news after an ad slot always stays.
 */
import { blockIds } from '../blocks.js';
import { wordCount } from '../shape.js';
import type { RemovalReason } from '../types.js';
import type { Unit } from '../units.js';
import type { Pass } from './pass.js';

/** The reasons whose lines head a box with a blurb. */
export const BOX_REASONS: readonly RemovalReason[] = ['subscribe', 'pledge'];

/** A blurb line is at most this long; a longer line ends the box. */
export const BLURB_MAX_WORDS = 40;

/** Calls to action of ad copy (case-insensitive). */
export const CALLS_TO_ACTION: readonly RegExp[] = [
  /\b(?:book|buy|shop|order|apply|register|download|call|donate|subscribe|join) (?:now|today|here|online)\b/iu,
  /\b(?:try it|try (?:it )?for) free\b|\bfree trial\b|\blearn more\b|\bfind out more\b/iu,
  /\bsave (?:up to )?\d+ ?%|\b\d+ ?% off\b|\bcapital (?:is )?at risk\b/iu,
  /\bdonate to\b/iu,
];

/** Ad copy is at most this long. */
export const AD_COPY_MAX_WORDS = 25;

/** True when the line reads as the copy of an ad: short, with a call to action. */
export function isAdCopy(text: string): boolean {
  return (
    wordCount(text) <= AD_COPY_MAX_WORDS && CALLS_TO_ACTION.some((pattern) => pattern.test(text))
  );
}

/** True when the unit starts on the line right after the previous unit. */
function adjacent(previous: Unit | undefined, unit: Unit): boolean {
  const last = previous?.lines.at(-1);
  return last !== undefined && unit.lines[0] === last + 1;
}

/** The box's reason for blurbs below a box title; `advertisement` for ad copy. */
export const boxes: Pass = (page) => {
  const blocks = blockIds(page.units);
  let open: RemovalReason | null = null;
  return page.units.map((unit, i): RemovalReason | null => {
    const verdict = page.verdicts[i] ?? null;
    const sameBlock = i > 0 && blocks[i] === blocks[i - 1];
    if (!sameBlock || unit.words > BLURB_MAX_WORDS) open = null;
    if (verdict !== null) {
      if (BOX_REASONS.includes(verdict)) open = verdict;
      return null;
    }
    const afterAd = page.verdicts[i - 1] === 'advertisement' && adjacent(page.units[i - 1], unit);
    return open ?? (afterAd && isAdCopy(unit.text) ? 'advertisement' : null);
  });
};
