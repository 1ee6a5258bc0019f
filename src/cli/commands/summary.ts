import type Database from 'better-sqlite3';
import { queryEvents, summarize } from '../../store/index.js';
import { parse } from '../args.js';
import { readStore } from '../store.js';
import { line, table, thousands } from '../output.js';
import { writeRecords } from '../records.js';
import type { Io } from '../output.js';
import { EVENT_TABLE } from './events.js';

export const SUMMARY_HELP = `parley summary [--db FILE] [--json]

What the store holds: articles, sentences, events by PLOVER type and quad class,
the most frequent dyads, and a sample of events.`;

const QUADS = [
  '',
  'verbal cooperation',
  'material cooperation',
  'verbal conflict',
  'material conflict',
];

export function writeSummary(db: Database.Database, io: Io): void {
  const s = summarize(db);
  line(
    io.out,
    `${thousands(s.articles)} articles (${s.datedArticles} with a publication date), ${thousands(s.sentences)} sentences, ${thousands(s.events)} event mentions (${s.negated} negated)`,
  );
  line(
    io.out,
    `events across reports: ${thousands(s.clusters)} (${thousands(s.multiReported)} reported more than once; parley timeline)`,
  );
  if (s.firstDate) line(io.out, `event dates ${s.firstDate} … ${s.lastDate}`);
  line(
    io.out,
    `actor mentions: ${thousands(s.mentions)}, ${thousands(s.unresolved)} unresolved${
      s.topUnresolved.length > 0
        ? ` (most frequent: ${s.topUnresolved.map((u) => `${u.text} ${u.n}`).join(', ')})`
        : ''
    }, ${thousands(s.generic)} generic (actors named by a noun only: data/actors/generic.tsv)`,
  );
  line(io.out, `modality: ${s.byModality.map((m) => `${m.modality} ${m.n}`).join(', ') || 'none'}`);
  line(io.out);
  line(io.out, 'events by PLOVER type (negated left out)');
  line(
    io.out,
    table(
      ['plover', 'events'],
      s.byPlover.map((p) => [p.plover ?? '(none: CAMEO 01)', String(p.n)]),
    ),
  );
  line(io.out);
  line(io.out, 'events by quad class');
  line(
    io.out,
    table(
      ['quad', 'class', 'events', 'goldstein sum'],
      s.byQuad.map((q) => [
        String(q.quad),
        QUADS[q.quad] ?? '',
        String(q.n),
        q.goldstein.toFixed(1),
      ]),
    ),
  );
  line(io.out);
  line(io.out, 'top dyads');
  line(
    io.out,
    table(
      ['source', 'target', 'events', 'goldstein sum'],
      s.topDyads.map((d) => [d.source, d.target, String(d.n), d.goldstein.toFixed(1)]),
    ),
  );
  line(io.out);
  line(
    io.out,
    'first event mentions by date (all: parley events; each event once: parley timeline)',
  );
  writeRecords(io, 'table', EVENT_TABLE, queryEvents(db, { limit: 12 }));
}

export async function summaryCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values } = parse(
    'summary',
    argv,
    { db: { type: 'string' }, json: { type: 'boolean' } },
    false,
  );
  return readStore(values.db, (db) => {
    if (values.json) line(io.out, JSON.stringify(summarize(db)));
    else writeSummary(db, io);
    return 0;
  });
}
