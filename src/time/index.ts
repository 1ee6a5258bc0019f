/** Time stage: date expressions in a sentence → each event's date, precision and source. */
export { findDateExpressions } from './expressions.js';
export type { DateExpression, DateMeaning, TimeUnit } from './expressions.js';
export { resolveMeaning } from './resolve.js';
export type { DatePrecision, ResolvedDate } from './resolve.js';
export { dateEvent } from './date-event.js';
export type { DateSource, EventDate } from './date-event.js';
export { localDate, referenceDate } from './reference-date.js';
