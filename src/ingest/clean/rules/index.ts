/**
 * The rule passes of the plain-text cleaner, in order. Order matters: an earlier verdict
 * always wins, so specific rules (navigation, comment thread, pledges, widgets, related
 * links, credits, bylines, footers, dates) run before the general ones (repeated lines,
 * then layout, which reads whatever is left that is not running text as title, heading
 * or caption). The comment thread runs early so commenters' sentences are never kept.
 */
import { navigation } from './02-navigation.js';
import { comments } from './01-comments.js';
import { pledge } from './03-pledge.js';
import { widget } from './04-widgets.js';
import { related } from './06-related.js';
import { credit } from './07-credits.js';
import { byline } from './08-byline.js';
import { footer } from './09-footer.js';
import { dateLine } from './10-dates.js';
import { repeated } from './11-repeated.js';
import { layout } from './13-layout.js';
import type { Page, Pass } from './pass.js';
import { eachLine } from './pass.js';
import type { RemovalReason } from '../types.js';

export const PASSES: readonly Pass[] = [
  eachLine(navigation),
  comments,
  eachLine(pledge),
  eachLine(widget),
  eachLine(related),
  eachLine(credit),
  eachLine(byline),
  eachLine(footer),
  eachLine(dateLine),
  repeated,
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
