import { ParleyError } from '../../errors.js';
import { findCluster, queryClusters, reportsOf } from '../../store/index.js';
import type { ClusterRecord, ReportRecord } from '../../store/index.js';
import { DB_OPTION, parse } from '../args.js';
import { countOption, FILTER_HELP, FILTER_OPTIONS, filterFrom } from '../filters.js';
import { line } from '../output.js';
import type { Io } from '../output.js';
import { formatOf, writeRecords } from '../records.js';
import type { Column } from '../records.js';
import { readStore } from '../store.js';
import { flags } from './events.js';

export const TIMELINE_HELP = `parley timeline [options]
parley timeline --event ID

Events in date order, each once however many articles reported it, with its counts
(mentions, articles, outlets) and one representative sentence. An event groups the coded
mentions of one dyad, type and day (see README, "Events across reports").

${FILTER_HELP}
  --min-mentions N    events reported at least N times
  --limit N           at most N events
  --reports           every report of each event too (outlet, date, URL, sentence, rule)
  --event ID          one event and all of its reports
  --format FMT        table | jsonl | csv (default: table on a terminal, jsonl when piped)
  --db FILE           database file (default: parley.db, or $PARLEY_DB)`;

const COLUMNS: readonly Column<ClusterRecord>[] = [
  { header: 'date', get: (e) => e.date ?? '?' },
  { header: 'id', get: (e) => e.id },
  { header: 'source', get: (e) => e.source.code },
  { header: 'cameo', get: (e) => e.cameo },
  { header: 'plover', get: (e) => e.plover ?? '-' },
  { header: 'target', get: (e) => e.target?.code ?? '-' },
  { header: 'flags', get: flags },
  { header: 'reports', get: (e) => `${e.mentions}/${e.articles}/${e.outlets}` },
  { header: 'sentence', get: (e) => e.sentence },
];

function reportLine(r: ReportRecord): string {
  const where = [r.published ?? 'undated', r.outlet ?? 'unknown outlet', r.url ?? r.articleId];
  return `    ${where.join(' · ')}: ${r.source.text} → ${r.target?.text ?? '∅'} | ${r.sentence}`;
}

export async function timelineCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parse('timeline', argv, {
    ...DB_OPTION,
    ...FILTER_OPTIONS,
    'min-mentions': { type: 'string' },
    limit: { type: 'string' },
    reports: { type: 'boolean' },
    event: { type: 'string' },
    format: { type: 'string' },
  });
  const rest = [...positionals];
  const minMentions = countOption('min-mentions', values['min-mentions'], 1);
  const limit = countOption('limit', values.limit);
  const filter = {
    ...filterFrom(values, rest),
    ...(minMentions !== undefined ? { minMentions } : {}),
    ...(limit !== undefined ? { limit } : {}),
  };
  if (rest.length > 0)
    throw new ParleyError(`unexpected argument "${rest[0]}"`, { where: 'parley timeline' });
  const format = formatOf(io, values.format);
  const withReports = values.reports === true || values.event !== undefined;
  readStore(values.db, (db) => {
    let events: Iterable<ClusterRecord>;
    if (values.event !== undefined) {
      const one = findCluster(db, values.event);
      if (!one)
        throw new ParleyError(`no event "${values.event}"`, { where: 'parley timeline --event' });
      events = [one];
    } else events = queryClusters(db, filter);
    if (format === 'jsonl' && withReports) {
      for (const e of events) line(io.out, JSON.stringify({ ...e, reports: reportsOf(db, e.id) }));
    } else if (format === 'table' && withReports) {
      let n = 0;
      for (const e of events) {
        const head = COLUMNS.slice(0, -1).map((c) => String(c.get(e) || '-'));
        line(io.out, `${head.join('  ')}  | ${e.sentence}`);
        for (const r of reportsOf(db, e.id)) line(io.out, reportLine(r));
        n++;
      }
      line(io.out, `${n} event(s)`);
    } else {
      const n = writeRecords(io, format, COLUMNS, events);
      if (format === 'table') line(io.out, `${n} event(s); reports = mentions/articles/outlets`);
    }
  });
  return 0;
}
