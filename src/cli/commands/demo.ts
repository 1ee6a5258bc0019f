import { join } from 'node:path';
import { resolveConfig } from '../../config.js';
import { PROJECT_ROOT } from '../../data/index.js';
import { expandInputs, readOptions } from '../../ingest/index.js';
import { openDatabase } from '../../store/index.js';
import { parse } from '../args.js';
import { line } from '../output.js';
import type { Io } from '../output.js';
import { formatTotals, ingestWithReport } from './ingest.js';
import { serveSettings, serveStore } from './serve.js';
import { writeSummary } from './summary.js';

export const DEMO_HELP = `parley demo [--db FILE] [--serve [--host H] [--port N]]

The main job on the embedded default: ingests the bundled sample corpus (samples/)
into the SQLite file (default parley.db), then prints a summary of the coded events.
Running it again is idempotent: stored articles are skipped. With --serve (what
npm start runs) it then serves the dashboard and API over the store (parley serve).`;

export async function demoCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values } = parse(
    'demo',
    argv,
    {
      db: { type: 'string' },
      serve: { type: 'boolean' },
      host: { type: 'string' },
      port: { type: 'string' },
    },
    false,
  );
  const settings = values.serve ? serveSettings(values) : null;
  const config = resolveConfig({ db: values.db });
  const samples = join(PROJECT_ROOT, 'samples');
  line(io.out, `Ingesting the sample corpus ${samples} into ${config.db}`);
  const started = Date.now();
  const db = openDatabase(config.db);
  try {
    const totals = await ingestWithReport(
      io,
      db,
      config,
      expandInputs([samples]),
      readOptions(config),
    );
    line(io.out, formatTotals(totals, (Date.now() - started) / 1000));
    line(io.out);
    writeSummary(db, io);
    line(io.out);
    line(
      io.out,
      `Next: parley events --db ${values.db ?? 'parley.db'} | parley show <article-id> --removed | parley code "Turkey accused Russia of bombing hospitals."`,
    );
    if (totals.failed > 0) return 1;
  } finally {
    db.close();
  }
  return settings ? serveStore(io, config, settings) : 0;
}
