import { resolveConfig } from '../../config.js';
import { ParleyError } from '../../errors.js';
import { loadKnowledge } from '../../knowledge.js';
import type { Knowledge } from '../../knowledge.js';
import { createAnalyzer } from '../../text/index.js';
import type { Analyzer } from '../../text/index.js';
import { placesInText } from '../../places-in-text.js';
import { parse } from '../args.js';
import { eachJsonLine, idAndText } from '../jsonl.js';
import { line, table } from '../output.js';
import type { Io } from '../output.js';

export const PLACES_HELP = `parley places resolve "<text>" [--json]
parley places --jsonl FILE|-

resolve  explains each place the text names: the place chosen (name, ISO3 country,
         coordinates, precision), whether the name is used as a location or stands
         for a government ("Moscow said"), and why: the data entry that matched and
         the score against the runner-up. The text is read as one article: the
         countries it names choose among namesakes ("Geneva talks on Syria").
--jsonl  every input line is {"id", "text"}; prints {"id", "places": [{"text",
         "start", "end", "name", "country", "lat", "lon", "precision",
         "geonameid"?}]} with character offsets into the text, for every place
         mention that resolves; a bad line prints {"id", "error"} and the exit
         code is 1.`;

function placesLine(analyzer: Analyzer, knowledge: Knowledge, raw: string, where: string): string {
  const { id, text } = idAndText(raw, where, '{"id", "text"}');
  const places = placesInText(analyzer, knowledge, text).flatMap(({ sentence, place: m }) => {
    const p = m.place;
    if (!p) return [];
    const start = sentence.start + m.charStart;
    const { name, country, lat, lon, precision, geonameid } = p;
    const out = { text: m.text, start, end: sentence.start + m.charEnd, name, country, lat, lon };
    return [geonameid === undefined ? { ...out, precision } : { ...out, precision, geonameid }];
  });
  return JSON.stringify({ id, places });
}

export async function placesCommand(argv: readonly string[], io: Io): Promise<number> {
  const [sub, ...rest] = argv;
  const resolving = sub === 'resolve';
  const { values, positionals } = parse(
    resolving ? 'places resolve' : 'places',
    resolving ? rest : argv,
    { jsonl: { type: 'string' }, json: { type: 'boolean' } },
  );
  const analyzer = createAnalyzer();
  if (!resolving) {
    if (values.jsonl === undefined || positionals.length > 0)
      throw new ParleyError('give resolve "<text>" or --jsonl FILE|-', { where: 'parley places' });
    const knowledge = loadKnowledge(resolveConfig({}), analyzer);
    return eachJsonLine(values.jsonl, io, (raw, where) =>
      placesLine(analyzer, knowledge, raw, where),
    );
  }
  const text = positionals.join(' ');
  if (text.trim() === '')
    throw new ParleyError('give the text to resolve', { where: 'parley places resolve' });
  const knowledge = loadKnowledge(resolveConfig({}), analyzer);
  const found = placesInText(analyzer, knowledge, text);
  if (values.json) {
    for (const { sentence, place: m } of found)
      line(io.out, JSON.stringify({ sentence: sentence.index + 1, ...m }));
    return 0;
  }
  const rows = found.map(({ sentence, place: m }) => {
    const p = m.place;
    return [
      String(sentence.index + 1),
      m.text,
      p ? p.name : '(not found)',
      p?.country ?? '',
      p ? `${p.lat.toFixed(2)}, ${p.lon.toFixed(2)}` : '',
      p?.precision ?? '',
      m.spatial ? 'location' : 'actor',
      p?.why ?? '',
    ];
  });
  const width = io.out.columns ?? 160;
  line(
    io.out,
    table(
      ['s', 'mention', 'place', 'country', 'lat, lon', 'precision', 'used as', 'why'],
      rows,
      width,
    ),
  );
  line(io.out, `${rows.length} place mention(s)`);
  return 0;
}
