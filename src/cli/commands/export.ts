import { resolveConfig } from '../../config.js';
import { ParleyError } from '../../errors.js';
import { columnReference, EXPORT_FORMATS, exportRows } from '../../export/index.js';
import type { ExportFormat, ExportKind } from '../../export/index.js';
import { countryCodes, loadActorEntries } from '../../actors/index.js';
import { parse } from '../args.js';
import { line, thousands } from '../output.js';
import type { Io } from '../output.js';
import { createProgress } from '../progress.js';
import { openStore } from '../store.js';

export const EXPORT_HELP = `parley export --format csv|jsonl|parquet [--mentions|--events] [options]

Writes the store's coded mentions (default) or clustered events as a file for analysis,
streamed: millions of rows need little memory. Columns follow ICEWS/Phoenix names and
are the same in every format (docs/export-columns.md; --columns prints that reference).

  --format FMT      csv | jsonl | parquet (default: from the --out extension)
  --mentions        one row per coded mention, with its article and event (default)
  --events          one row per clustered event, with the URLs and outlets reporting it
  --out FILE        write to FILE (replaced); without it, to stdout (not for parquet)
  --db FILE         database file (default: parley.db, or $PARLEY_DB)
  --from YYYY-MM-DD --to YYYY-MM-DD   dates whose period overlaps the range
  --actor CODE      source or target code starts with CODE (RUS matches RUSGOV)
  --columns         print the column reference (Markdown) and exit`;

function formatOf(value: string | undefined, out: string | undefined): ExportFormat {
  const format = value ?? /\.(csv|jsonl|parquet)$/i.exec(out ?? '')?.[1]?.toLowerCase();
  if (format === undefined) {
    throw new ParleyError('--format is required (csv, jsonl or parquet)', {
      where: 'parley export',
    });
  }
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new ParleyError(`invalid --format "${format}" (expected csv, jsonl or parquet)`, {
      where: 'parley export',
    });
  }
  return format as ExportFormat;
}

export async function exportCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values } = parse(
    'export',
    argv,
    {
      format: { type: 'string' },
      mentions: { type: 'boolean' },
      events: { type: 'boolean' },
      out: { type: 'string' },
      db: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      actor: { type: 'string' },
      columns: { type: 'boolean' },
    },
    false,
  );
  if (values.columns) {
    io.out.write(columnReference());
    return 0;
  }
  if (values.mentions && values.events) {
    throw new ParleyError('choose one of --mentions and --events', { where: 'parley export' });
  }
  const kind: ExportKind = values.events ? 'events' : 'mentions';
  const format = formatOf(values.format, values.out);
  const config = resolveConfig({ db: values.db });
  const context = { countries: countryCodes(loadActorEntries(config.dataDir)) };
  const db = openStore(values.db);
  // Progress only where it cannot mix with the rows: a terminal on stderr, rows elsewhere.
  const progress =
    values.out !== undefined || !io.out.isTTY ? createProgress(io, `export ${kind}`) : null;
  const started = Date.now();
  try {
    const rows = await exportRows(db, {
      kind,
      format,
      destination: values.out !== undefined ? { file: values.out } : { stream: io.out },
      filter: {
        ...(values.actor ? { actor: values.actor.toUpperCase() } : {}),
        ...(values.from ? { from: values.from } : {}),
        ...(values.to ? { to: values.to } : {}),
      },
      context,
      onProgress: (done, total) => progress?.update(done, total, 'rows'),
    });
    if (values.out !== undefined) {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      line(
        io.out,
        `export: ${thousands(rows)} ${kind} → ${values.out} (${format}) in ${seconds} s`,
      );
    }
  } finally {
    progress?.done();
    db.close();
  }
  return 0;
}
