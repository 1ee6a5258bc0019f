/**
 * The questions an analyst asks of stored events: a dyad over time, the network of actors,
 * the most active actors, and the strict one-a-day series. Aggregated in SQL, so they stay
 * fast on large stores. Timelines are `queryClusters` of the store.
 */
export type { Level } from './counted.js';
export { dyadSeries } from './dyad.js';
export type { DyadPeriod, DyadSeries, Period } from './dyad.js';
export { actorNetwork } from './network.js';
export type { Network, NetworkEdge, NetworkNode, NetworkOptions } from './network.js';
export { oneADay } from './one-a-day.js';
export type { DailyRecord } from './one-a-day.js';
export { topActors } from './top.js';
export type { ActiveActor, TopOptions } from './top.js';
export { searchActors } from './actor-search.js';
export type { ActorMatch } from './actor-search.js';
export { mapPoints, MAX_IDS } from './map.js';
export type { MapPoint } from './map.js';
export { PERIOD_NAMES } from './periods.js';
export { timelineSeries } from './timeline.js';
export type { TimelinePeriod, TimelineSeries } from './timeline.js';
