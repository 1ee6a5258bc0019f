import type { ActorMention } from '../actors/index.js';

/**
 * An actor mention that never names a place, whose words place finding must skip: a
 * person ("Jordan"), an armed group ("the Taliban"), an organisation.
 */
export function notAPlace(m: ActorMention): boolean {
  return (
    m.person !== null ||
    m.source === 'group' ||
    m.primary?.startsWith('IGO') === true ||
    m.entries.some((e) => e.kind === 'group' || e.kind === 'organisation' || e.kind === 'person')
  );
}
