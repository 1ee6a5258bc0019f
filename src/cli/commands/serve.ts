import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { resolveConfig } from '../../config.js';
import type { Config } from '../../config.js';
import { PROJECT_ROOT } from '../../data/index.js';
import { ParleyError } from '../../errors.js';
import { createPipeline } from '../../pipeline.js';
import type { Pipeline } from '../../pipeline.js';
import { listen } from '../../serve/index.js';
import { openDatabase } from '../../store/index.js';
import { parse } from '../args.js';
import { line } from '../output.js';
import type { Io } from '../output.js';
import { openStore } from '../store.js';

export const SERVE_HELP = `parley serve [--db FILE] [--host 127.0.0.1] [--port 8080] [--ingest-token TOKEN]

Serves the dashboard and the HTTP API (documented at /api/openapi.json and in
docs/api.md) over the store, until Ctrl-C. It binds to 127.0.0.1 unless --host
says otherwise. POST /api/ingest is off unless --ingest-token (or
$PARLEY_INGEST_TOKEN) is set; requests then need "Authorization: Bearer TOKEN".
One line per request goes to stderr when it is a terminal.`;

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 8080;

/** The built dashboard (npm run build writes it). */
export const WEB_ROOT = join(PROJECT_ROOT, 'dist', 'web');

export interface ServeSettings {
  readonly host: string;
  readonly port: number;
  readonly ingestToken: string | null;
}

export function serveSettings(values: {
  host?: string | undefined;
  port?: string | undefined;
  'ingest-token'?: string | undefined;
}): ServeSettings {
  const port = Number(values.port ?? DEFAULT_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ParleyError(`invalid --port "${values.port}" (expected 0–65535)`);
  }
  const token = values['ingest-token'] ?? process.env.PARLEY_INGEST_TOKEN ?? null;
  if (token !== null && token.length < 16) {
    throw new ParleyError('--ingest-token is too short (at least 16 characters)');
  }
  return { host: values.host ?? DEFAULT_HOST, port, ingestToken: token };
}

/** Serves the store until SIGINT or SIGTERM; prints the dashboard's URL. */
export async function serveStore(io: Io, config: Config, settings: ServeSettings): Promise<number> {
  if (!existsSync(config.db)) {
    throw new ParleyError(
      `no store at ${config.db}: run npm start (samples) or parley ingest FILES first`,
    );
  }
  // Ingest writes; otherwise the server only reads.
  const db: Database.Database =
    settings.ingestToken === null ? openStore(config.db) : openDatabase(config.db);
  let pipeline: Pipeline | null = null;
  try {
    const server = await listen({
      db,
      config,
      pipeline: () => (pipeline ??= createPipeline(config)),
      ingestToken: settings.ingestToken,
      webRoot: WEB_ROOT,
      log: (message) => line(io.err, message),
      host: settings.host,
      port: settings.port,
      ...(io.err.isTTY ? { onRequest: (l: string) => line(io.err, l) } : {}),
    });
    line(
      io.out,
      `Parley dashboard: ${server.url}  (API: ${server.url}api/openapi.json; Ctrl-C stops)`,
    );
    await new Promise<void>((stop) => {
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await server.close();
    return 0;
  } finally {
    db.close();
  }
}

export async function serveCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values } = parse(
    'serve',
    argv,
    {
      db: { type: 'string' },
      host: { type: 'string' },
      port: { type: 'string' },
      'ingest-token': { type: 'string' },
    },
    false,
  );
  return serveStore(io, resolveConfig({ db: values.db }), serveSettings(values));
}
