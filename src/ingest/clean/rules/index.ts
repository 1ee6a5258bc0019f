/**
 * The rule passes of the plain-text cleaner, in order. Order matters: an earlier verdict
 * always wins. The comment thread runs first, so commenters' sentences are never kept
 * and nothing in the thread is read as a menu or a widget; then come the specific rules
 * (navigation, pledges, widgets and the boxes they head, related links, credits, bylines,
 * footers, dates), then the general ones: repeated lines, the masthead (site name and
 * loose menu items above the body), and layout, which reads whatever is left that is not
 * running text as title, heading or caption.
 */
import { comments } from './01-comments.js';
import { navigation } from './02-navigation.js';
import { pledge } from './03-pledge.js';
import { widget } from './04-widgets.js';
import { boxes } from './05-boxes.js';
import { relatedContent } from './06-related.js';
import { credit } from './07-credits.js';
import { byline } from './08-byline.js';
import { footer } from './09-footer.js';
import { dateLine } from './10-dates.js';
import { repeated } from './11-repeated.js';
import { masthead } from './12-masthead.js';
import { layout } from './13-layout.js';
import type { Page, Pass } from './pass.js';
import { eachLine } from './pass.js';
import type { RemovalReason } from '../types.js';

export const PASSES: readonly Pass[] = [
  comments,
  eachLine(navigation),
  eachLine(pledge),
  eachLine(widget),
  boxes,
  relatedContent,
  eachLine(credit),
  eachLine(byline),
  eachLine(footer),
  eachLine(dateLine),
  repeated,
  masthead,
  layout,
];

/** Runs the passes over a page; returns each unit's reason for removal, or null to keep it. */
export function classify(
  units: Page['units'],
  settings: Page['settings'],
  passes: readonly Pass[] = PASSES,
): readonly (RemovalReason | null)[] {
  return passes.reduce<readonly (RemovalReason | null)[]>(
    (verdicts, pass) => {
      const found = pass({ units, verdicts, settings });
      return verdicts.map((verdict, i) => verdict ?? found[i] ?? null);
    },
    units.map(() => null),
  );
}

export type { Page, Pass } from './pass.js';
