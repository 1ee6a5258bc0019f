import type { ClusterFilter } from '../store/index.js';
import type { FilterQuery } from './schemas.js';

/** The validated query parameters as the store's event filter. */
export function clusterFilter(q: FilterQuery): Omit<ClusterFilter, 'limit'> {
  const actors = q.actor === undefined ? [] : Array.isArray(q.actor) ? q.actor : [q.actor];
  const pair = q.dyad?.toUpperCase().split(',');
  const words = q.q?.split(/\s+/).filter((w) => w !== '') ?? [];
  return {
    actors: actors.map((a) => a.toUpperCase()),
    ...(pair?.[0] && pair[1] ? { dyad: [pair[0], pair[1]] as const } : {}),
    ...(q.type !== undefined ? { type: q.type } : {}),
    ...(q.from !== undefined ? { from: q.from } : {}),
    ...(q.to !== undefined ? { to: q.to } : {}),
    ...(q.country !== undefined ? { country: q.country } : {}),
    ...(q.minMentions !== undefined ? { minMentions: q.minMentions } : {}),
    words,
  };
}
