import { resolveConfig } from '../../config.js';
import { errorMessage, ParleyError } from '../../errors.js';
import {
  codeRecords,
  gsrReport,
  mapsAsObjects,
  pairReport,
  readGoldFile,
  scoreGsr,
  scorePairs,
  scoreUnitTests,
  unitTestReport,
} from '../../eval/index.js';
import { createPipeline } from '../../pipeline.js';
import { parse } from '../args.js';
import { line } from '../output.js';
import type { Io } from '../output.js';
import { reportWarnings } from './ingest.js';

export const EVAL_HELP = `parley eval FILE… [--actors FILE] [--verbs FILE] [--discards FILE] [--misses N] [--json]

Codes every record of each gold FILE and scores the events against the gold. A JSONL
FILE may mix two record shapes:
  pairs   {"id", "text", "source": "span", "target": "span", "event", "date"?}
          pair accuracy (an event of the gold type between mentions overlapping the
          two spans), sentence accuracy, per-type precision/recall/F1, macro-F1 and
          the confusion matrix
  gold    {"id", "text", "event", "source": [{"actorText", "code"}],
          "target": [{"actorText", "code"}], "date"?}
          event-type, source-code and target-code accuracy
"event" is a PLOVER type (old names are read: DEMAND, DISAPPROVE, FIGHT, INVESTIGATE;
YIELD is CONCEDE or RETREAT). An .xml FILE is read as PETRARCH unit-test records
(<Sentence … sentence="true"> with <EventCoding>): exact (source, target, code) sets.
Bad lines are reported and skipped; the exit code is then 1.

  --actors FILE   also load a PETRARCH/TABARI actor or agent dictionary (repeatable)
  --verbs FILE    also load a PETRARCH/TABARI verb dictionary (repeatable)
  --discards FILE also load a discard list (PETRARCH format, repeatable)
  --misses N      list the first N wrong records of each kind (default 10, 0 for none)
  --json          print the scores as one JSON object per FILE instead of tables`;

export async function evalCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parse('eval', argv, {
    actors: { type: 'string', multiple: true },
    verbs: { type: 'string', multiple: true },
    discards: { type: 'string', multiple: true },
    misses: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (positionals.length === 0) {
    throw new ParleyError('give one or more gold files', { where: 'parley eval' });
  }
  const misses = values.misses === undefined ? 10 : Number(values.misses);
  if (!Number.isInteger(misses) || misses < 0) {
    throw new ParleyError(`--misses must be a whole number, not "${values.misses}"`, {
      where: 'parley eval',
    });
  }
  const pipeline = createPipeline(
    resolveConfig({
      actorFiles: values.actors,
      verbFiles: values.verbs,
      discardFiles: values.discards,
    }),
  );
  reportWarnings(io, pipeline.knowledge.warnings);
  let failed = 0;
  for (const file of positionals) {
    let gold;
    try {
      gold = readGoldFile(file);
    } catch (error) {
      failed++;
      line(io.err, `parley: ${errorMessage(error)}`);
      continue;
    }
    for (const f of gold.failures) line(io.err, `parley: ${f}`);
    if (gold.failures.length > 0) failed++;
    const pairs = gold.pairs.length > 0 ? scorePairs(codeRecords(pipeline, gold.pairs)) : null;
    const gsr = gold.gsr.length > 0 ? scoreGsr(codeRecords(pipeline, gold.gsr)) : null;
    const unit =
      gold.unitTests.length > 0 ? scoreUnitTests(codeRecords(pipeline, gold.unitTests)) : null;
    if (values.json) {
      line(io.out, JSON.stringify({ file, pairs, gsr, unitTests: unit }, mapsAsObjects));
      continue;
    }
    const parts = [
      pairs && pairReport(`${file}: pairs`, pairs, misses),
      gsr && gsrReport(`${file}: gold-standard records`, gsr, misses),
      unit && unitTestReport(`${file}: PETRARCH unit tests`, unit, misses),
    ].filter((p) => p !== null);
    line(io.out, parts.join('\n\n'));
    line(io.out);
  }
  return failed > 0 ? 1 : 0;
}
