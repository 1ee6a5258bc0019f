import type { ActorMention } from '../actors/index.js';

/**
 * The countries an article names, from its actor mentions (a country, its capital or
 * its demonym: "Syria", "Damascus", "Syrian"), for `findPlaces`' `articleCountries`.
 * The actors stage has found them already, so places need no pass of their own.
 */
export function actorCountries(mentions: readonly (readonly ActorMention[])[]): Set<string> {
  const out = new Set<string>();
  for (const list of mentions) {
    for (const m of list) {
      const p = m.primary;
      if (!p || p.length !== 3 || p.startsWith('IGO')) continue;
      if (
        m.entries.some((e) => e.kind === 'country' || e.kind === 'capital' || e.kind === 'demonym')
      )
        out.add(p);
    }
  }
  return out;
}
