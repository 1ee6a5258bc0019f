import { topActors } from '../../analytics/index.js';
import type { ActiveActor } from '../../analytics/index.js';
import { DB_OPTION, parse } from '../args.js';
import { countOption, filterFrom, RANGE_OPTIONS } from '../filters.js';
import type { Io } from '../output.js';
import { formatOf, writeRecords } from '../records.js';
import type { Column } from '../records.js';
import { readStore } from '../store.js';
import { levelOf } from './network.js';

const COLUMNS: readonly Column<ActiveActor>[] = [
  { header: 'actor', get: (a) => a.actor },
  { header: 'events', get: (a) => a.events },
  { header: 'asSource', get: (a) => a.asSource },
  { header: 'asTarget', get: (a) => a.asTarget },
  { header: 'mentions', get: (a) => a.mentions },
  { header: 'goldstein', get: (a) => a.goldstein },
];

export async function actorsTopCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values } = parse(
    'actors top',
    argv,
    {
      ...DB_OPTION,
      ...RANGE_OPTIONS,
      level: { type: 'string' },
      limit: { type: 'string' },
      format: { type: 'string' },
    },
    false,
  );
  const limit = countOption('limit', values.limit, 1);
  const options = {
    ...filterFrom(values, []),
    level: levelOf(values.level),
    ...(limit !== undefined ? { limit } : {}),
  };
  const format = formatOf(io, values.format);
  readStore(values.db, (db) => writeRecords(io, format, COLUMNS, topActors(db, options)));
  return 0;
}
