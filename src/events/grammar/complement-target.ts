import { countryFromContext } from '../../actors/index.js';
import type { Frame } from './frames.js';
import { coordinatesRight, mentionsOf } from './subjects.js';
import type { SentenceView, Unit } from './units.js';
import { unitStartingAt } from './units.js';

/**
 * The target an event takes from the complement its pattern consumed, when the pattern
 * binds none itself: "France agreed to open its borders to German products" is an
 * agreement with Germany; "Australia offered to send troops to Iraq", an offer to Iraq.
 * It is the first country or organisation named after the complement's verb, in the
 * complement's clause, with its coordinates; none when the complement names none.
 */
export function complementTarget(view: SentenceView, complements: readonly Frame[]): Unit[] {
  for (const f of complements) {
    for (let i = f.group.end; i < f.clauseEnd; i++) {
      const u = unitStartingAt(view, i);
      // A country or organisation named there: "send troops" or "form a government" is
      // what is done, not to whom.
      const named = u
        ? mentionsOf([u]).some((m) => m.primary !== null && !countryFromContext(m))
        : false;
      if (u && named) {
        return coordinatesRight(view, u).filter((x) => x.end <= f.clauseEnd);
      }
    }
  }
  return [];
}
