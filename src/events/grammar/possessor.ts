import type { SentenceView, Unit } from './units.js';

/**
 * The owner of what a pattern's own words name, when the pattern binds no target: a
 * country, organisation or person written as a possessor inside the words the pattern
 * matched after its verb ("rejected Turkey's proposal", "welcomed President Aliyev's
 * decision", "praised the UAE's efforts"). The act is aimed at whoever owns the proposal.
 * Not an object of a preposition ("rejected the plan for Iran's oil"). None when there is none.
 */
export function possessorOf(view: SentenceView, from: number, until: number): Unit[] {
  for (let i = from; i < until; i++) {
    const u = view.units[view.unitOf[i] ?? -1];
    if (!u) continue;
    i = u.end - 1;
    const m = u.mention;
    if (u.start < from || u.inPP || !m || !(m.primary || m.person)) continue;
    const mark = view.tokens[m.end]?.lower;
    if (m.end < u.end && (mark === "'s" || mark === "'")) return [u];
  }
  return [];
}
