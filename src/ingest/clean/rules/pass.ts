/**
 * The shape of a rule pass. Passes run in the order listed in `index.ts`; each sees the
 * verdicts of the passes before it and gives its own for the units still undecided.
 */
import type { Line } from '../line.js';
import type { CleanSettings, RemovalReason } from '../types.js';
import type { Unit } from '../units.js';

/** What a pass sees. */
export interface Page {
  readonly units: readonly Unit[];
  /** One entry per unit: why an earlier pass removed it, or null while undecided. */
  readonly verdicts: readonly (RemovalReason | null)[];
  readonly settings: CleanSettings;
}

/**
 * A pass returns one entry per unit: a reason to remove it, or null for no opinion.
 * Only undecided units take the new verdict: an earlier pass always wins.
 */
export type Pass = (page: Page) => readonly (RemovalReason | null)[];

/** A classifier of one line, for rules that need no context; it reads the unit's facts. */
export type LineRule = (line: Line) => RemovalReason | null;

/** Runs a line classifier over the undecided units. */
export function eachLine(rule: LineRule): Pass {
  return (page) => page.units.map((unit, i) => (page.verdicts[i] === null ? rule(unit) : null));
}

/** True when the unit is still undecided, i.e. body text so far. */
export function undecided(page: Page, index: number): boolean {
  return page.verdicts[index] === null;
}
