import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createWriter, openDatabase, queryClusters, queryEvents, reportsOf } from './index.js';
import type { ClusterFilter } from './index.js';
import type { ProcessedArticle } from './index.js';
import { processed, rawArticle } from './test-support.js';
import type { EventSpec } from './test-support.js';

const countries = new Set(['USA', 'RUS', 'TUR', 'SYR', 'DEU', 'CHE']);
const consult = (dyad: string, more: Partial<EventSpec> = {}): EventSpec => ({
  dyad,
  plover: 'CONSULT',
  quad: 1,
  goldstein: 1,
  ...more,
});
const strike = (dyad: string, more: Partial<EventSpec> = {}): EventSpec => ({
  dyad,
  plover: 'ASSAULT',
  quad: 4,
  goldstein: -9.5,
  ...more,
});

/** Five outlets on the Munich talks, a strike and a later phone call. */
function corpus(): ProcessedArticle[] {
  const a = (key: string, outlet: string, published: string, specs: EventSpec[][]) =>
    processed(
      rawArticle(key, `${key} text`, { outlet, published }),
      specs.map((s, i) => [`${key} sentence ${i}.`, s] as const),
    );
  return [
    a('wire-1', 'Wire', '2016-02-12', [
      [consult('USAGOV 040 RUSGOV', { date: '2016-02-11', country: 'DEU' })],
      [strike('RUSMIL 195 SYR')],
    ]),
    a('daily-1', 'Daily', '2016-02-12', [[consult('RUSGOV 040 USAGOV', { date: '2016-02-11' })]]),
    a('post-1', 'Post', '2016-02-13', [
      [consult('USA 040 RUS', { date: '2016-02-11', country: 'DEU' })],
      [consult('USAGOV 040 RUSGOV', { date: '2016-02-13' })],
    ]),
    a('week-1', 'Weekly', '2016-02-19', [
      [consult('USAGOV 040 RUSGOV', { date: '2016-02-08', precision: 'week' })],
    ]),
    a('copy-1', 'Daily', '2016-02-12', [[strike('RUS 195 SYR', { date: '2016-02-12' })]]),
  ];
}

function clustersOf(db: Database.Database): unknown[] {
  return db
    .prepare(
      `SELECT c.*, (SELECT group_concat(id, ' ') FROM (SELECT id FROM events e WHERE e.cluster_id = c.id ORDER BY id)) AS members
       FROM clusters c ORDER BY id`,
    )
    .all();
}

function fresh(): Database.Database {
  return openDatabase(':memory:');
}

describe('clusters', () => {
  it('groups mentions of one event across outlets and counts them', () => {
    const db = fresh();
    const w = createWriter(db, countries);
    for (const p of corpus()) w.save(p, 'v1');
    w.flush();
    const rows = db
      .prepare(
        'SELECT date, date_precision, source_side, target_side, plover, mentions, articles, outlets FROM clusters ORDER BY date, plover',
      )
      .all();
    expect(rows).toEqual([
      {
        date: '2016-02-11',
        date_precision: 'day',
        source_side: 'USA',
        target_side: 'RUS',
        plover: 'CONSULT',
        mentions: 4,
        articles: 4,
        outlets: 4,
      },
      {
        date: '2016-02-12',
        date_precision: 'day',
        source_side: 'RUS',
        target_side: 'SYR',
        plover: 'ASSAULT',
        mentions: 2,
        articles: 2,
        outlets: 2,
      },
      {
        date: '2016-02-13',
        date_precision: 'day',
        source_side: 'USA',
        target_side: 'RUS',
        plover: 'CONSULT',
        mentions: 1,
        articles: 1,
        outlets: 1,
      },
    ]);
    expect(db.prepare('SELECT COUNT(*) AS n FROM events WHERE cluster_id IS NULL').get()).toEqual({
      n: 0,
    });
  });

  it('gives the same events one article at a time, in any order, as in one batch', () => {
    const batch = fresh();
    const w = createWriter(batch, countries);
    for (const p of corpus()) w.save(p, 'v1');
    w.flush();
    const expected = clustersOf(batch);
    for (const order of [
      corpus(),
      corpus().reverse(),
      [...corpus().slice(2), ...corpus().slice(0, 2)],
    ]) {
      const db = fresh();
      const one = createWriter(db, countries);
      for (const p of order) {
        one.save(p, 'v1');
        one.flush();
      }
      expect(clustersOf(db)).toEqual(expected);
    }
  });

  it('re-clusters when an article is replaced, and drops events no mention reports', () => {
    const db = fresh();
    const w = createWriter(db, countries);
    const [first, second] = corpus();
    if (!first || !second) throw new Error('corpus');
    w.save(first, 'v1');
    w.save(second, 'v1');
    w.flush();
    expect(clustersOf(db)).toHaveLength(2);
    // The wire story is corrected: no strike any more, the meeting is on the 12th.
    const corrected = processed(
      rawArticle('wire-1', 'corrected', { outlet: 'Wire', published: '2016-02-12' }),
      [['wire-1 sentence 0.', [consult('USAGOV 040 RUSGOV', { date: '2016-02-12' })]]],
    );
    w.save(corrected, 'v1');
    w.flush();
    const rows = db.prepare('SELECT date, plover, mentions FROM clusters ORDER BY date').all();
    expect(rows).toEqual([
      { date: '2016-02-11', plover: 'CONSULT', mentions: 1 },
      { date: '2016-02-12', plover: 'CONSULT', mentions: 1 },
    ]);
  });

  it('keys and clusters mentions stored before clusters existed', () => {
    const db = fresh();
    const w = createWriter(db, countries);
    for (const p of corpus()) w.save(p, 'v1');
    w.flush();
    const expected = clustersOf(db);
    db.exec('DELETE FROM clusters; UPDATE events SET cluster_key = NULL, cluster_id = NULL');
    createWriter(db, countries).flush();
    expect(clustersOf(db)).toEqual(expected);
  });
});

describe('queryClusters', () => {
  const db = fresh();
  const w = createWriter(db, countries);
  for (const p of corpus()) w.save(p, 'v1');
  // A report dated only by its week, with no day-event of that dyad in the week.
  w.save(
    processed(rawArticle('week-2', 'week 2', { outlet: 'Weekly', published: '2016-03-04' }), [
      [
        'week-2 sentence 0.',
        [consult('USAGOV 040 RUSGOV', { date: '2016-02-22', precision: 'week' })],
      ],
    ]),
    'v1',
  );
  w.flush();
  const pick = (filter: ClusterFilter): string[] =>
    [...queryClusters(db, filter)].map(
      (c) =>
        `${c.date ?? '?'} ${c.source.side}>${c.target?.side ?? '-'} ${c.plover ?? c.root} ${c.mentions}`,
    );

  it.each<[string, ClusterFilter, string[]]>([
    [
      'everything, in date order',
      {},
      [
        '2016-02-11 USA>RUS CONSULT 4',
        '2016-02-12 RUS>SYR ASSAULT 2',
        '2016-02-13 USA>RUS CONSULT 1',
        '2016-02-22 USA>RUS CONSULT 1',
      ],
    ],
    [
      'a dyad, either direction',
      { dyad: ['RUS', 'USA'] },
      [
        '2016-02-11 USA>RUS CONSULT 4',
        '2016-02-13 USA>RUS CONSULT 1',
        '2016-02-22 USA>RUS CONSULT 1',
      ],
    ],
    ['an actor', { actors: ['SYR'] }, ['2016-02-12 RUS>SYR ASSAULT 2']],
    ['a PLOVER type', { type: 'ASSAULT' }, ['2016-02-12 RUS>SYR ASSAULT 2']],
    [
      'a CAMEO prefix',
      { type: '04' },
      [
        '2016-02-11 USA>RUS CONSULT 4',
        '2016-02-13 USA>RUS CONSULT 1',
        '2016-02-22 USA>RUS CONSULT 1',
      ],
    ],
    [
      'a week overlaps the range',
      { from: '2016-02-25', to: '2016-02-29' },
      ['2016-02-22 USA>RUS CONSULT 1'],
    ],
    [
      'widely reported',
      { minMentions: 2 },
      ['2016-02-11 USA>RUS CONSULT 4', '2016-02-12 RUS>SYR ASSAULT 2'],
    ],
  ])('%s', (_, filter, expected) => {
    expect(pick(filter)).toEqual(expected);
  });

  it('rejects a type that is neither', () => {
    expect(() => pick({ type: 'meet*' })).toThrow(/invalid type "meet\*"/);
  });

  it('lists the reports of an event in publication order, with their outlets', () => {
    const [munich] = queryClusters(db, { minMentions: 4 });
    const reports = reportsOf(db, munich?.id ?? '');
    expect(reports.map((r) => `${r.published} ${r.outlet} ${r.source.code}`)).toEqual([
      expect.stringMatching(/^2016-02-12 (Wire|Daily) /),
      expect.stringMatching(/^2016-02-12 (Wire|Daily) /),
      '2016-02-13 Post USA',
      '2016-02-19 Weekly USAGOV',
    ]);
  });
});

describe('queryEvents date ranges', () => {
  const db = fresh();
  const w = createWriter(db, countries);
  w.save(
    processed(rawArticle('coarse', 'coarse', { published: '2016-03-01' }), [
      ['a week.', [consult('USA 040 RUS', { date: '2015-12-28', precision: 'week' })]],
      ['a month.', [consult('USA 040 RUS', { date: '2016-02', precision: 'month' })]],
      ['a year.', [consult('USA 040 RUS', { date: '2016', precision: 'year' })]],
      ['a day.', [consult('USA 040 RUS', { date: '2016-02-11' })]],
    ]),
    'v1',
  );
  w.flush();
  it.each([
    ['2016-01-01', '2016-01-02', ['a week.', 'a year.']],
    ['2016-02-29', '2016-02-29', ['a month.', 'a year.']],
    ['2016-02-11', '2016-02-11', ['a month.', 'a year.', 'a day.']],
    ['2017-01-01', '2017-12-31', []],
  ])('%s to %s', (from, to, expected) => {
    const found = [...queryEvents(db, { from, to })].map((e) => e.sentence);
    expect(found.sort()).toEqual([...expected].sort());
  });
});
