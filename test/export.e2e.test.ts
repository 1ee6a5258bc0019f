/**
 * `parley export` end to end: the sample corpus ingested (parley demo) into a temporary
 * store, then exported in each format and read back, checked against the store.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from 'hyparquet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENT_COLUMNS, MENTION_COLUMNS } from '../src/export/index.js';
import { jsonLines, lines, parley } from './cli-support.js';
import { parseCsv } from './csv.js';

let root: string;
let db: string;
let counts: { mentions: number; events: number };

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'parley-export-e2e-'));
  db = join(root, 'parley.db');
  const run = await parley('demo', '--db', db);
  expect(run.code).toBe(0);
  const store = new Database(db, { readonly: true });
  counts = store
    .prepare(
      'SELECT (SELECT COUNT(*) FROM events) AS mentions, (SELECT COUNT(*) FROM clusters) AS events',
    )
    .get() as typeof counts;
  store.close();
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

type Row = Record<string, unknown>;

/** Every format read back as objects keyed by column name (CSV cells stay text). */
async function exported(kind: 'mentions' | 'events', format: string): Promise<Row[]> {
  const out = join(root, `${kind}.${format}`);
  const run = await parley('export', `--${kind}`, '--format', format, '--out', out, '--db', db);
  expect(run.err).toBe('');
  expect(run.code).toBe(0);
  expect(run.out).toMatch(new RegExp(`^export: [\\d,]+ ${kind} → .*\\(${format}\\)`));
  if (format === 'parquet') return parquetReadObjects({ file: await asyncBufferFromFile(out) });
  const text = readFileSync(out, 'utf8');
  if (format === 'jsonl') return jsonLines(text);
  const [header = [], ...records] = parseCsv(text);
  return records.map((r) => Object.fromEntries(header.map((h, k) => [h, r[k]])));
}

/** The Minsk mediation mention of samples/ (Merkel and Hollande, "last week"). */
const isMediation = (r: Row): boolean =>
  r.source_code === 'DEUGOV' && r.target_code === 'FRAGOV' && r.cameo_code === '045';

describe.each(['csv', 'jsonl', 'parquet'])('parley export --format %s', (format) => {
  it('writes every coded mention, with its article and event', async () => {
    const rows = await exported('mentions', format);
    expect(rows).toHaveLength(counts.mentions);
    expect(Object.keys(rows[0] ?? {})).toEqual(MENTION_COLUMNS.map((c) => c.name));
    const text = (v: unknown): string => String(v ?? '');
    const mediation = rows.filter(isMediation);
    expect(mediation).toHaveLength(1);
    expect(
      Object.fromEntries(
        Object.entries(mediation[0] ?? {}).map(([k, v]) => [k, v === null ? '' : text(v)]),
      ),
    ).toMatchObject({
      event_date: '2015-02-02',
      date_precision: 'week',
      date_text: 'last week',
      year: '2015',
      month: '2',
      day: '',
      source_country: 'DEU',
      target_country: 'FRA',
      root_code: '04',
      quad_class: '1',
      goldstein: '5',
      plover_type: 'CONSULT',
      reciprocal: 'true',
      story_date: '2015-02-12',
      publisher: 'Continental Post',
      url: 'https://www.example.org/continental-post/europe/2015/minsk-ceasefire-agreed',
    });
    expect(rows.every((r) => typeof r.cluster_id === 'string' && r.cluster_id !== '')).toBe(true);
  });

  it('writes every clustered event, with its counts and the URLs reporting it', async () => {
    const rows = await exported('events', format);
    expect(rows).toHaveLength(counts.events);
    expect(Object.keys(rows[0] ?? {})).toEqual(EVENT_COLUMNS.map((c) => c.name));
    const mentions = rows.reduce((n, r) => n + Number(r.num_mentions), 0);
    expect(mentions).toBe(counts.mentions);
    const mediation = rows.find(isMediation);
    expect(mediation?.urls).toEqual(
      format === 'csv'
        ? 'https://www.example.org/continental-post/europe/2015/minsk-ceasefire-agreed'
        : ['https://www.example.org/continental-post/europe/2015/minsk-ceasefire-agreed'],
    );
  });
});

describe('parley export', () => {
  it('types Parquet columns: INT32 years, DOUBLE Goldstein, BOOLEAN flags, LIST of URLs', async () => {
    await exported('events', 'parquet');
    const meta = await parquetMetadataAsync(
      await asyncBufferFromFile(join(root, 'events.parquet')),
    );
    const types = Object.fromEntries(
      meta.schema.map((s) => [s.name, s.type ?? s.converted_type ?? null]),
    );
    expect(types).toMatchObject({
      year: 'INT32',
      goldstein: 'DOUBLE',
      negated: 'BOOLEAN',
      event_date: 'BYTE_ARRAY',
      urls: 'LIST',
      num_mentions: 'INT32',
    });
  });

  it('streams JSON lines to stdout with --actor and --from/--to', async () => {
    const run = await parley(
      'export',
      '--format',
      'jsonl',
      '--actor',
      'rus',
      '--from',
      '2015-01-01',
      '--to',
      '2015-12-31',
      '--db',
      db,
    );
    expect(run.code).toBe(0);
    const rows = jsonLines(run.out);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(counts.mentions);
    for (const r of rows) {
      expect(`${String(r.source_code)} ${String(r.target_code)}`).toMatch(/(^| )RUS/);
      expect(String(r.event_date) >= '2015' && String(r.event_date) <= '2015-12-31').toBe(true);
    }
  });

  it('takes the format from the --out extension', async () => {
    const out = join(root, 'by-extension.parquet');
    const run = await parley('export', '--events', '--out', out, '--db', db);
    expect(run.code).toBe(0);
    const rows = await parquetReadObjects({ file: await asyncBufferFromFile(out) });
    expect(rows).toHaveLength(counts.events);
  });

  it('prints the column reference with --columns', async () => {
    const run = await parley('export', '--columns');
    expect(run.code).toBe(0);
    expect(lines(run.out)).toContain('## Events (`--events`)');
  });

  it.each([
    [['--format', 'parquet'], 'Parquet is binary and needs a file: add --out'],
    [[], '--format is required'],
    [['--format', 'xlsx'], 'invalid --format "xlsx"'],
    [['--format', 'csv', '--events', '--mentions'], 'choose one of --mentions and --events'],
    [['--format', 'csv', '--from', '2015/01/01'], 'invalid --from date "2015/01/01"'],
  ])('refuses %j, saying why', async (argv, message) => {
    const run = await parley('export', ...argv, '--db', db);
    expect(run.code).toBe(2);
    expect(run.err).toContain(message);
    expect(run.out).toBe('');
  });

  it('names the file it cannot write and the store it cannot read', async () => {
    const bad = join(root, 'missing', 'x.csv');
    const run = await parley('export', '--format', 'csv', '--out', bad, '--db', db);
    expect(run.code).toBe(2);
    expect(run.err).toContain(bad);
    const none = join(root, 'none.db');
    const missing = await parley('export', '--format', 'csv', '--db', none);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain(none);
  });
});
