import { dyadSeries } from '../../analytics/index.js';
import type { DyadPeriod, Period } from '../../analytics/index.js';
import { ParleyError } from '../../errors.js';
import { DB_OPTION, parse } from '../args.js';
import { filterFrom, RANGE_OPTIONS } from '../filters.js';
import { line } from '../output.js';
import type { Io } from '../output.js';
import { formatOf, writeRecords } from '../records.js';
import type { Column } from '../records.js';
import { readStore } from '../store.js';

export const DYAD_HELP = `parley dyad A B [--by day|week|month] [options]

Cooperation and conflict between two actors over time, in both directions: per period,
the events of each quad class (verbal/material cooperation, verbal/material conflict) and
the sum and mean of their Goldstein scores. Actors are code prefixes (RUS matches RUSGOV).
Each event counts once however often it was reported (mentions shows how often);
negated and hypothetical events are left out. A week is named by its Monday.

  --by PERIOD         day | week | month (default: month)
  --type T            a PLOVER type (ASSAULT) or a CAMEO code prefix
  --from YYYY-MM-DD --to YYYY-MM-DD
  --format FMT        table | jsonl | csv (default: table on a terminal, jsonl when piped)
  --db FILE           database file (default: parley.db, or $PARLEY_DB)`;

const PERIODS: readonly Period[] = ['day', 'week', 'month'];

const COLUMNS: readonly Column<DyadPeriod>[] = [
  { header: 'period', get: (p) => p.period },
  { header: 'source', get: (p) => p.source },
  { header: 'target', get: (p) => p.target },
  { header: 'events', get: (p) => p.events },
  { header: 'verbalCoop', get: (p) => p.verbalCoop },
  { header: 'materialCoop', get: (p) => p.materialCoop },
  { header: 'verbalConflict', get: (p) => p.verbalConflict },
  { header: 'materialConflict', get: (p) => p.materialConflict },
  { header: 'goldsteinSum', get: (p) => p.goldsteinSum },
  { header: 'goldsteinMean', get: (p) => p.goldsteinMean },
  { header: 'mentions', get: (p) => p.mentions },
];

export async function dyadCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parse('dyad', argv, {
    ...DB_OPTION,
    by: { type: 'string' },
    ...RANGE_OPTIONS,
    format: { type: 'string' },
  });
  const [a, b, ...rest] = positionals.map((p) => p.toUpperCase());
  if (!a || !b || rest.length > 0) {
    throw new ParleyError('give two actor codes: parley dyad A B', { where: 'parley dyad' });
  }
  const by = (values.by ?? 'month') as Period;
  if (!PERIODS.includes(by)) {
    throw new ParleyError(`invalid --by "${values.by}" (expected day, week or month)`);
  }
  const format = formatOf(io, values.format);
  const filter = filterFrom(values, []);
  readStore(values.db, (db) => {
    const series = dyadSeries(db, a, b, by, filter);
    writeRecords(io, format, COLUMNS, series.periods);
    if (format === 'table') {
      line(io.out, `${series.periods.length} period(s) with events between ${a} and ${b}`);
      if (series.coarser > 0)
        line(
          io.out,
          `${series.coarser} event(s) dated less precisely than a ${by} are not in the series`,
        );
    }
  });
  return 0;
}
