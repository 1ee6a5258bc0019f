import { actorNetwork } from '../../analytics/index.js';
import type { Level, NetworkEdge, NetworkNode } from '../../analytics/index.js';
import { ParleyError } from '../../errors.js';
import { DB_OPTION, parse } from '../args.js';
import { countOption, filterFrom, RANGE_OPTIONS } from '../filters.js';
import { line } from '../output.js';
import type { Io } from '../output.js';
import { writeRecords } from '../records.js';
import type { Column } from '../records.js';
import { readStore } from '../store.js';

export const NETWORK_HELP = `parley network [--from] [--to] [--min N] [options]

Actors and the directed, weighted, signed edges between them: for each source → target,
the events (each once however often reported), their Goldstein sum (positive: net
cooperation, negative: net conflict) and the cooperative and conflictual counts. Negated
and hypothetical events are left out.

  --min N             edges with at least N events (default 1)
  --level L           country (USAGOV and USA are one node; default) | code (full codes)
  --type T            a PLOVER type (ASSAULT) or a CAMEO code prefix
  --from YYYY-MM-DD --to YYYY-MM-DD
  --format FMT        table | json (one document {nodes, edges}) | csv (the edges)
                      (default: table on a terminal, json when piped)
  --db FILE           database file (default: parley.db, or $PARLEY_DB)`;

export const LEVELS: readonly Level[] = ['country', 'code'];

export function levelOf(value: string | undefined): Level {
  const level = (value ?? 'country') as Level;
  if (!LEVELS.includes(level)) {
    throw new ParleyError(`invalid --level "${value}" (expected country or code)`);
  }
  return level;
}

const EDGES: readonly Column<NetworkEdge>[] = [
  { header: 'source', get: (e) => e.source },
  { header: 'target', get: (e) => e.target },
  { header: 'events', get: (e) => e.events },
  { header: 'goldstein', get: (e) => e.goldstein },
  { header: 'cooperation', get: (e) => e.cooperation },
  { header: 'conflict', get: (e) => e.conflict },
];

const NODES: readonly Column<NetworkNode>[] = [
  { header: 'actor', get: (n) => n.actor },
  { header: 'name', get: (n) => n.name },
  { header: 'events', get: (n) => n.events },
];

export async function networkCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values } = parse(
    'network',
    argv,
    {
      ...DB_OPTION,
      min: { type: 'string' },
      level: { type: 'string' },
      ...RANGE_OPTIONS,
      format: { type: 'string' },
    },
    false,
  );
  const format = values.format ?? (io.out.isTTY ? 'table' : 'json');
  if (!['table', 'json', 'csv'].includes(format)) {
    throw new ParleyError(`invalid --format "${format}" (expected table, json or csv)`);
  }
  const min = countOption('min', values.min, 1);
  const options = {
    ...filterFrom(values, []),
    level: levelOf(values.level),
    ...(min !== undefined ? { min } : {}),
  };
  readStore(values.db, (db) => {
    const network = actorNetwork(db, options);
    if (format === 'json') line(io.out, JSON.stringify(network));
    else if (format === 'csv') writeRecords(io, 'csv', EDGES, network.edges);
    else {
      writeRecords(io, 'table', NODES, network.nodes);
      line(io.out);
      writeRecords(io, 'table', EDGES, network.edges);
      line(io.out, `${network.nodes.length} actor(s), ${network.edges.length} edge(s)`);
    }
  });
  return 0;
}
