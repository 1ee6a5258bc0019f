/**
 * The questions an analyst asks, through the `parley` command: four wire reports of one
 * week of February 2016 (the same Munich meeting told by three outlets, a phone call two
 * days later, strikes and an accusation), ingested into a fresh store. Each has a URL, so
 * its id (and the ties ids break) is the same on every run.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonLines, lines, parley } from './cli-support.js';
import { SCHEMA_VERSION } from '../src/store/index.js';

const NEWS = [
  {
    id: 'w1',
    url: 'https://news.example.org/w1',
    outlet: 'Levant Wire',
    published: '2016-02-12',
    text: 'Secretary of State John Kerry met Russian Foreign Minister Sergei Lavrov in Munich on Thursday. Russian warplanes bombed rebel positions near Aleppo on Thursday.',
  },
  {
    id: 'd1',
    url: 'https://news.example.org/d1',
    outlet: 'The Daily Ledger',
    published: '2016-02-12',
    text: 'Kerry met Lavrov in Munich late Thursday. Turkish artillery shelled Kurdish fighters in northern Syria.',
  },
  {
    id: 'p1',
    url: 'https://news.example.org/p1',
    outlet: 'Eastern Dispatch',
    published: '2016-02-13',
    text: 'John Kerry met Sergei Lavrov in Munich on Thursday, officials said.',
  },
  {
    id: 'p2',
    url: 'https://news.example.org/p2',
    outlet: 'Eastern Dispatch',
    published: '2016-02-14',
    text: 'Kerry telephoned Lavrov on Saturday. Russia accused Turkey of shelling Syrian territory on Saturday.',
  },
];

let dir: string;
let db: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'parley-analytics-'));
  db = join(dir, 'news.db');
  writeFileSync(join(dir, 'news.jsonl'), NEWS.map((n) => JSON.stringify(n)).join('\n'));
  expect((await parley('ingest', join(dir, 'news.jsonl'), '--db', db, '--quiet')).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parley timeline', () => {
  it('lists each event once, with its mentions, articles and outlets', async () => {
    const run = await parley('timeline', '--db', db);
    expect(run.code).toBe(0);
    const events = jsonLines(run.out).map(
      (e) =>
        `${String(e.date)} ${(e.source as { side: string }).side}>${(e.target as { side: string } | null)?.side ?? '-'} ${String(e.plover)} ${String(e.mentions)}/${String(e.articles)}/${String(e.outlets)}`,
    );
    expect(events).toEqual([
      '2016-02-11 USA>RUS CONSULT 3/3/3',
      '2016-02-11 RUS>REB ASSAULT 1/1/1',
      '2016-02-12 TUR>REB ASSAULT 1/1/1',
      '2016-02-13 USA>RUS CONSULT 1/1/1',
      '2016-02-13 RUS>TUR ACCUSE 1/1/1',
    ]);
  });

  it('--dyad A B --reports gives every report with its outlet, in publication order', async () => {
    const run = await parley('timeline', '--dyad', 'RUS', 'USA', '--reports', '--db', db);
    const [munich, call] = jsonLines(run.out);
    const reports = (
      munich?.reports as { outlet: string; published: string; sentence: string }[]
    ).map((r) => `${r.published} ${r.outlet}`);
    // One day: ties go by mention id.
    expect(reports).toEqual([
      '2016-02-12 The Daily Ledger',
      '2016-02-12 Levant Wire',
      '2016-02-13 Eastern Dispatch',
    ]);
    expect(call?.sentence).toBe('Kerry telephoned Lavrov on Saturday.');
  });

  it('--min-mentions, --type and a table', async () => {
    const run = await parley('timeline', '--min-mentions', '2', '--format', 'table', '--db', db);
    expect(lines(run.out).filter((l) => /^2016/.test(l))).toHaveLength(1);
    expect(run.out).toMatch(/3\/3\/3 +Kerry met Lavrov in Munich late Thursday\./);
    const strikes = jsonLines((await parley('timeline', '--type', 'assault', '--db', db)).out);
    expect(strikes.map((e) => e.cameo)).toEqual(['195', '194']);
  });

  it('--event ID shows one event; an unknown one is an error', async () => {
    const [first] = jsonLines((await parley('timeline', '--limit', '1', '--db', db)).out);
    const one = jsonLines((await parley('timeline', '--event', String(first?.id), '--db', db)).out);
    expect(one.map((e) => e.id)).toEqual([first?.id]);
    const bad = await parley('timeline', '--event', 'nope', '--db', db);
    expect(bad.code).not.toBe(0);
    expect(bad.err).toMatch(/no event "nope"/);
  });

  it('--dyad with one code is an error that says how to write it', async () => {
    const run = await parley('timeline', '--dyad', 'USA', '--db', db);
    expect(run.code).not.toBe(0);
    expect(lines(run.err)).toHaveLength(1);
    expect(run.err).toMatch(/--dyad needs two actor codes/);
  });
});

describe('parley dyad', () => {
  it('counts per week: two meetings, four reports', async () => {
    const run = await parley('dyad', 'USA', 'RUS', '--by', 'week', '--format', 'csv', '--db', db);
    expect(lines(run.out)).toEqual([
      'period,source,target,events,verbalCoop,materialCoop,verbalConflict,materialConflict,goldsteinSum,goldsteinMean,mentions',
      '2016-02-08,USA,RUS,2,2,0,0,0,2,1,4',
    ]);
  });

  it('rejects a period it does not know', async () => {
    const run = await parley('dyad', 'USA', 'RUS', '--by', 'year', '--db', db);
    expect(run.code).not.toBe(0);
    expect(run.err).toMatch(/invalid --by "year"/);
  });
});

describe('parley network and actors top', () => {
  it('network --format json: countries as nodes, signed edges', async () => {
    const run = await parley('network', '--db', db);
    const net = JSON.parse(run.out) as {
      nodes: { actor: string; events: number }[];
      edges: { source: string; target: string; events: number; goldstein: number }[];
    };
    expect(net.edges.map((e) => `${e.source}>${e.target} ${e.events}`)).toEqual([
      'USA>RUS 2',
      'RUS>REB 1',
      'RUS>TUR 1',
      'TUR>REB 1',
    ]);
    expect(net.edges.find((e) => e.source === 'RUS' && e.target === 'REB')?.goldstein).toBeLessThan(
      0,
    );
    expect(net.nodes[0]?.actor).toBe('RUS');
  });

  it('actors top ranks Russia first, each event once', async () => {
    const run = await parley('actors', 'top', '--format', 'csv', '--db', db);
    const rows = lines(run.out)
      .slice(1)
      .map((l) => l.split(','));
    expect(rows.map((r) => `${r[0]} ${r[1]} ${r[4]}`)).toEqual([
      'RUS 4 6',
      'USA 2 4',
      'REB 2 2',
      'TUR 2 2',
    ]);
  });
});

describe('parley events --one-a-day', () => {
  it('folds the mentions of one date, source, target and code', async () => {
    const rows = jsonLines((await parley('events', '--one-a-day', '--code', '04', '--db', db)).out);
    expect(
      rows.map(
        (r) =>
          `${String(r.date)} ${String(r.sourceCode)} ${String(r.targetCode)} ${String(r.cameo)} ${String(r.mentions)}`,
      ),
    ).toEqual(['2016-02-11 USAGOV RUSGOV 040 3', '2016-02-13 USAGOV RUSGOV 041 1']);
  });
});

describe('stores written by older versions', () => {
  /** A copy of the test store, to take back to schema 4 or to damage. */
  async function copyOf(name: string): Promise<string> {
    const path = join(dir, name);
    const src = new Database(db, { readonly: true });
    await src.backup(path);
    src.close();
    return path;
  }

  it('a schema 4 store is upgraded on first read, its mentions grouped into events', async () => {
    const path = await copyOf('old.db');
    const old = new Database(path);
    old.exec(`DROP INDEX events_cluster_span; DROP INDEX events_cluster_id; DROP INDEX events_sentence;
      ALTER TABLE events DROP COLUMN cluster_key; ALTER TABLE events DROP COLUMN cluster_id;
      ALTER TABLE events DROP COLUMN date_start; ALTER TABLE events DROP COLUMN date_end;
      DROP TABLE clusters; DROP TABLE article_bands; DROP INDEX articles_copy_of;
      ALTER TABLE articles DROP COLUMN copy_of; ALTER TABLE articles DROP COLUMN similarity;
      ALTER TABLE articles DROP COLUMN signature; PRAGMA user_version = 4;`);
    old.close();
    const run = await parley('timeline', '--db', path);
    expect(run.code).toBe(0);
    expect(jsonLines(run.out).map((e) => e.mentions)).toEqual([3, 1, 1, 1, 1]);
  });

  it('a store whose tables differ from its version is an error naming what differs', async () => {
    const path = await copyOf('odd.db');
    const odd = new Database(path);
    odd.exec('ALTER TABLE events DROP COLUMN rule');
    odd.close();
    const run = await parley('timeline', '--db', path);
    expect(run.code).not.toBe(0);
    expect(lines(run.err)).toEqual([
      `parley: ${path}: the store's tables differ from schema ${SCHEMA_VERSION} (table events has no column rule); it was written by a development build of Parley: delete it and ingest again`,
    ]);
  });
});
