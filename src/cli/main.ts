import { packageVersion } from '../data/index.js';
import { errorMessage, ParleyError } from '../errors.js';
import { ACTORS_HELP, actorsCommand } from './commands/actors.js';
import { PLACES_HELP, placesCommand } from './commands/places.js';
import { CODE_HELP, codeCommand } from './commands/code.js';
import { DEMO_HELP, demoCommand } from './commands/demo.js';
import { EVAL_HELP, evalCommand } from './commands/eval.js';
import { EVENTS_HELP, eventsCommand } from './commands/events.js';
import { EXPORT_HELP, exportCommand } from './commands/export.js';
import { INGEST_HELP, ingestCommand } from './commands/ingest.js';
import { ARTICLES_HELP, articlesCommand, SHOW_HELP, showCommand } from './commands/show.js';
import { SERVE_HELP, serveCommand } from './commands/serve.js';
import { SUMMARY_HELP, summaryCommand } from './commands/summary.js';
import { DYAD_HELP, dyadCommand } from './commands/dyad.js';
import { NETWORK_HELP, networkCommand } from './commands/network.js';
import { TIMELINE_HELP, timelineCommand } from './commands/timeline.js';
import { line } from './output.js';
import type { Io } from './output.js';

type Command = (argv: readonly string[], io: Io) => Promise<number>;

const COMMANDS: Readonly<Record<string, { run: Command; help: string; summary: string }>> = {
  demo: {
    run: demoCommand,
    help: DEMO_HELP,
    summary: 'ingest the bundled samples and print a summary',
  },
  ingest: {
    run: ingestCommand,
    help: INGEST_HELP,
    summary: 'read, clean, code and store articles',
  },
  events: {
    run: eventsCommand,
    help: EVENTS_HELP,
    summary: 'print stored event mentions (jsonl, csv, table) or the one-a-day series',
  },
  timeline: {
    run: timelineCommand,
    help: TIMELINE_HELP,
    summary: 'events in date order, each once with its reports across articles',
  },
  dyad: {
    run: dyadCommand,
    help: DYAD_HELP,
    summary: 'cooperation and conflict between two actors per day, week or month',
  },
  network: {
    run: networkCommand,
    help: NETWORK_HELP,
    summary: 'actors and the signed, weighted edges between them',
  },
  export: {
    run: exportCommand,
    help: EXPORT_HELP,
    summary: 'write mentions or events as CSV, JSON lines or Parquet (streamed)',
  },
  code: {
    run: codeCommand,
    help: CODE_HELP,
    summary: 'code a sentence or JSONL lines without storing',
  },
  show: {
    run: showCommand,
    help: SHOW_HELP,
    summary: 'one stored article: text, removed lines, events',
  },
  articles: { run: articlesCommand, help: ARTICLES_HELP, summary: 'list stored articles' },
  summary: { run: summaryCommand, help: SUMMARY_HELP, summary: 'what the store holds' },
  eval: {
    run: evalCommand,
    help: EVAL_HELP,
    summary: 'score coded events against gold files (JSONL pairs, gold records, unit tests)',
  },
  actors: {
    run: actorsCommand,
    help: ACTORS_HELP,
    summary: 'explain, list and find actors; the most active ones (resolve|list|find|top)',
  },
  serve: {
    run: serveCommand,
    help: SERVE_HELP,
    summary: 'serve the dashboard and the HTTP API over the store',
  },
  places: {
    run: placesCommand,
    help: PLACES_HELP,
    summary: 'explain place names (resolve) or list them for JSON lines (--jsonl)',
  },
};

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  const lines = Object.entries(COMMANDS).map(
    ([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`,
  );
  return `Parley: political event data from raw news.

usage: parley <command> [options]     (parley help <command> for its options)

${lines.join('\n')}`;
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    const topic = rest[0] ? COMMANDS[rest[0]] : undefined;
    line(io.out, topic ? topic.help : usage());
    return 0;
  }
  if (name === '--version' || name === '-v') {
    line(io.out, packageVersion());
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    line(io.err, `parley: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    line(io.out, command.help);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof ParleyError) {
      line(io.err, `parley: ${error.message}`);
      return 2;
    }
    line(io.err, `parley: internal error: ${errorMessage(error)}`);
    if (error instanceof Error && error.stack) line(io.err, error.stack);
    return 3;
  }
}
