import { resolveConfig } from '../../config.js';
import { ParleyError } from '../../errors.js';
import { normalizePublished } from '../../ingest/index.js';
import { createPipeline } from '../../pipeline.js';
import type { CodedText, Pipeline } from '../../pipeline.js';
import { parse } from '../args.js';
import { eachJsonLine, idAndText } from '../jsonl.js';
import { line } from '../output.js';
import { reportWarnings } from './ingest.js';
import type { Io } from '../output.js';

export const CODE_HELP = `parley code "<sentence>" [--date YYYY-MM-DD]
parley code --jsonl FILE|-

Codes text without storing it and prints one JSON line per input:
{"id", "events": [ … ]}, each event in the output contract (see README), and
"discarded": [{"sentence", "discard"}] when a discard (data/discards.txt: sports,
entertainment) kept sentences from being coded.
With --jsonl, every input line is {"id", "text", "date"?}; a bad line prints
{"id", "error"} and the exit code is 1. Each input is read as one article
(coreference across its sentences), dated by --date or its "date" field.

  --actors FILE   also load a PETRARCH/TABARI actor or agent dictionary (repeatable)
  --verbs FILE    also load a PETRARCH/TABARI verb dictionary, merged over the
                  built-in patterns (repeatable)
  --discards FILE also load a discard list (PETRARCH format, repeatable)`;

function codeLine(pipeline: Pipeline, raw: string, where: string): string {
  const { id, text, fields } = idAndText(raw, where, '{"id", "text", "date"?}');
  const d = fields.date;
  const date = d === undefined || d === null ? null : normalizePublished(String(d), '"date"');
  return codedJson(id, pipeline.codeText(id, text, date));
}

/** `{"id", "events"}`, and `"discarded"` when a discard kept sentences from being coded. */
function codedJson(id: string, coded: CodedText): string {
  const { events, discarded } = coded;
  return JSON.stringify(discarded.length > 0 ? { id, events, discarded } : { id, events });
}

export async function codeCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parse('code', argv, {
    jsonl: { type: 'string' },
    date: { type: 'string' },
    actors: { type: 'string', multiple: true },
    verbs: { type: 'string', multiple: true },
    discards: { type: 'string', multiple: true },
  });
  const config = resolveConfig({
    actorFiles: values.actors,
    verbFiles: values.verbs,
    discardFiles: values.discards,
  });
  if (values.jsonl === undefined) {
    if (positionals.length === 0)
      throw new ParleyError('give a sentence or --jsonl FILE|-', { where: 'parley code' });
    const date = values.date ? normalizePublished(values.date, '--date') : null;
    const pipeline = createPipeline(config);
    reportWarnings(io, pipeline.knowledge.warnings);
    line(io.out, codedJson('1', pipeline.codeText('1', positionals.join(' '), date)));
    return 0;
  }
  if (positionals.length > 0)
    throw new ParleyError('give either a sentence or --jsonl, not both', { where: 'parley code' });
  const pipeline = createPipeline(config);
  reportWarnings(io, pipeline.knowledge.warnings);
  return eachJsonLine(values.jsonl, io, (raw, where) => codeLine(pipeline, raw, where));
}
