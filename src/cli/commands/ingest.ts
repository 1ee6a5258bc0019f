import { resolveConfig } from '../../config.js';
import { ParleyError } from '../../errors.js';
import type Database from 'better-sqlite3';
import type { Config } from '../../config.js';
import { expandInputs, normalizePublished, readOptions } from '../../ingest/index.js';
import type { Expansion, ExplicitMeta, InputFormat, ReadOptions } from '../../ingest/index.js';
import { createPipeline } from '../../pipeline.js';
import { ingestAll } from '../../run.js';
import type { IngestTotals } from '../../run.js';
import { openDatabase } from '../../store/index.js';
import { parse } from '../args.js';
import { line, thousands } from '../output.js';
import type { Io } from '../output.js';
import { createProgress } from '../progress.js';

export const INGEST_HELP = `parley ingest <files|dirs|globs|-…> [options]

Reads news articles, cleans them, codes their events and stores everything.
Inputs: .txt, .html/.htm, .jsonl (one article per line), PETRARCH-style .xml,
directories (recursively), quoted globs ("news/**/*.html") and - for stdin.

  --db FILE              database file (default: parley.db, or $PARLEY_DB)
  --published YYYY-MM-DD publication date for every input (wins over the input's own)
  --outlet NAME          outlet for every input
  --url URL              URL of the one input (also its identity)
  --format FMT           txt|html|jsonl|xml: force the format (for stdin or odd names)
  --max-file-mb N        largest document read (default 50); JSONL is streamed
  --max-line-mb N        largest JSONL line (default 10)
  --actors FILE          also load a PETRARCH/TABARI actor or agent dictionary, over the
                         built-in one (repeatable; format: ../shared/ref/petrarch2 style)
  --verbs FILE           also load a PETRARCH/TABARI verb dictionary, merged over the
                         built-in patterns (repeatable; same style)
  --discards FILE        also load a discard list (PETRARCH format; repeatable): phrases
                         whose sentences (or, with +, articles) are not coded
  --quiet                no summary line

Exit code 0 when every input was read, 1 when any failed (each failure is one line on stderr).`;

const FORMATS: ReadonlySet<string> = new Set(['txt', 'html', 'jsonl', 'xml']);

export function formatTotals(t: IngestTotals, seconds: number): string {
  const parts = [
    `${thousands(t.articles)} articles (${t.added} added, ${t.replaced} replaced, ${t.unchanged} unchanged, ${t.duplicates} duplicates, ${t.copies} copies)`,
    `${thousands(t.sentences)} sentences`,
    `${thousands(t.events)} events`,
    `${t.failed} failed`,
  ];
  return `ingest: ${parts.join(', ')} in ${seconds.toFixed(1)} s`;
}

export async function ingestCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parse('ingest', argv, {
    db: { type: 'string' },
    published: { type: 'string' },
    outlet: { type: 'string' },
    url: { type: 'string' },
    format: { type: 'string' },
    'max-file-mb': { type: 'string' },
    'max-line-mb': { type: 'string' },
    quiet: { type: 'boolean' },
    actors: { type: 'string', multiple: true },
    verbs: { type: 'string', multiple: true },
    discards: { type: 'string', multiple: true },
  });
  if (positionals.length === 0)
    throw new ParleyError('no input given (files, directories, globs or -)', {
      where: 'parley ingest',
    });
  const config = resolveConfig({
    db: values.db,
    maxFileMb: values['max-file-mb'],
    maxLineMb: values['max-line-mb'],
    actorFiles: values.actors,
    verbFiles: values.verbs,
    discardFiles: values.discards,
  });
  if (values.format !== undefined && !FORMATS.has(values.format)) {
    throw new ParleyError(`invalid --format "${values.format}" (expected txt, html, jsonl or xml)`);
  }
  const explicit: ExplicitMeta = {
    ...(values.published !== undefined
      ? { published: normalizePublished(values.published, '--published date') }
      : {}),
    ...(values.outlet !== undefined ? { outlet: values.outlet } : {}),
    ...(values.url !== undefined ? { url: values.url } : {}),
  };
  const expansion = expandInputs(positionals);
  if (explicit.url && expansion.items.length > 1) {
    throw new ParleyError('--url names one article; give it with a single input file');
  }
  const started = Date.now();
  const db = openDatabase(config.db);
  try {
    const totals = await ingestWithReport(
      io,
      db,
      config,
      expansion,
      readOptions(config, { explicit, format: (values.format as InputFormat | undefined) ?? null }),
    );
    if (expansion.skipped.length > 0 && !values.quiet) {
      line(
        io.err,
        `parley: skipped ${expansion.skipped.length} file(s) with unsupported extensions (e.g. ${expansion.skipped[0]})`,
      );
    }
    if (!values.quiet) line(io.out, formatTotals(totals, (Date.now() - started) / 1000));
    return totals.failed > 0 ? 1 : 0;
  } finally {
    db.close();
  }
}

/** Problems in imported dictionaries: one line each, at most 20, then a count. */
export function reportWarnings(io: Io, warnings: readonly string[]): void {
  for (const w of warnings.slice(0, 20)) line(io.err, `parley: warning: ${w}`);
  if (warnings.length > 20)
    line(
      io.err,
      `parley: warning: … and ${warnings.length - 20} more problems in imported dictionaries`,
    );
}

/** Runs an ingest with a progress bar on a terminal and one stderr line per failure. */
export async function ingestWithReport(
  io: Io,
  db: Database.Database,
  config: Config,
  expansion: Expansion,
  options: ReadOptions,
): Promise<IngestTotals> {
  const started = Date.now();
  const progress = createProgress(io, 'ingest');
  const pipeline = createPipeline(config);
  reportWarnings(io, pipeline.knowledge.warnings);
  const totals = await ingestAll(expansion, db, pipeline, options, {
    onFailure(f) {
      progress.done();
      line(io.err, `parley: ${f.origin}: ${f.reason}`);
    },
    onProgress(t) {
      const secs = (Date.now() - started) / 1000;
      const rate = secs > 0 ? Math.round(t.sentences / secs) : 0;
      const detail = `${thousands(t.articles)} articles · ${thousands(t.sentences)} sentences · ${thousands(rate)} sent/s`;
      // By bytes when the input size is known (one large JSONL file moves the bar too).
      if (t.bytes > 0) progress.update(t.bytesDone, t.bytes, `MB · ${detail}`, 1024 * 1024);
      else progress.update(t.inputsDone, t.inputs, `inputs · ${detail}`);
    },
  });
  progress.done();
  return totals;
}
