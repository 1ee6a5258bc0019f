/**
 * What the analytic questions count: stored events (clusters, one per real-world event,
 * not one per report), leaving out negated events ("did not attack") and hypothetical ones
 * ("could attack"), which report no interaction. Intents keep their CAMEO intent codes.
 */
export const COUNTED = `c.negated = 0 AND c.modality <> 'hypothetical'`;

/** How actors are grouped: by dyad side (a country and all its agencies) or by full code. */
export type Level = 'country' | 'code';

export function actorColumns(level: Level): { source: string; target: string } {
  return level === 'country'
    ? { source: 'c.source_side', target: 'c.target_side' }
    : { source: 'c.source_code', target: 'c.target_code' };
}

/**
 * Events with a target an actor dictionary resolved: an unresolved target ("the
 * exchange", code '') is kept on the event but is no actor of a network or a ranking.
 */
export const RESOLVED_TARGET = `c.target_code IS NOT NULL AND c.target_code <> ''`;

/** What the series count for a group of events: per quad class, Goldstein sum, mentions. */
export interface QuadCounts {
  readonly events: number;
  /** Events per quad class: verbal cooperation, material cooperation, verbal conflict, material conflict. */
  readonly verbalCoop: number;
  readonly materialCoop: number;
  readonly verbalConflict: number;
  readonly materialConflict: number;
  readonly goldsteinSum: number;
  /** Mentions of these events: how much they were reported. */
  readonly mentions: number;
}

/** The SELECT columns of `QuadCounts` over `clusters c`, for a GROUP BY. */
export const QUAD_COUNTS = `COUNT(*) AS events, SUM(c.quad = 1) AS verbalCoop,
  SUM(c.quad = 2) AS materialCoop, SUM(c.quad = 3) AS verbalConflict,
  SUM(c.quad = 4) AS materialConflict, ROUND(SUM(c.goldstein), 2) AS goldsteinSum,
  SUM(c.mentions) AS mentions`;
