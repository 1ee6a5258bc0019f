/** The periods a series counts events by. */
export type Period = 'day' | 'week' | 'month';
export const PERIOD_NAMES: readonly Period[] = ['day', 'week', 'month'];

/** Finest precisions a period can hold, and the SQL for the period of `c.date_start`. */
export const PERIODS: Record<Period, { readonly fits: string; readonly sql: string }> = {
  day: { fits: `('day')`, sql: 'c.date_start' },
  week: {
    fits: `('day', 'week')`,
    // The Monday of the week (strftime %w: 0 = Sunday).
    sql: `date(c.date_start, '-' || ((CAST(strftime('%w', c.date_start) AS INTEGER) + 6) % 7) || ' days')`,
  },
  month: { fits: `('day', 'week', 'month')`, sql: `substr(c.date_start, 1, 7)` },
};
