import { describe, expect, it } from 'vitest';
import { createWriter, openDatabase } from '../store/index.js';
import { processed, rawArticle } from '../store/test-support.js';
import type { EventSpec } from '../store/test-support.js';
import { actorNetwork, dyadSeries, oneADay, timelineSeries, topActors } from './index.js';

const countries = new Set(['USA', 'RUS', 'SYR', 'TUR']);
const ev = (
  dyad: string,
  quad: 1 | 2 | 3 | 4,
  goldstein: number,
  more: Partial<EventSpec> = {},
): EventSpec => ({
  dyad,
  plover: quad === 4 ? 'ASSAULT' : quad === 3 ? 'ACCUSE' : 'CONSULT',
  quad,
  goldstein,
  ...more,
});

/** Two weeks of February 2016 between the US, Russia, Syria and Turkey. */
function store() {
  const db = openDatabase(':memory:');
  const w = createWriter(db, countries);
  const article = (key: string, published: string, specs: EventSpec[]) =>
    w.save(
      processed(
        rawArticle(key, key, { outlet: key.split('-')[0] ?? null, published }),
        specs.map((s, i) => [`${key} ${i}.`, [s]] as const),
      ),
      'v1',
    );
  article('wire-1', '2016-02-11', [
    ev('USAGOV 040 RUSGOV', 1, 1),
    ev('RUSMIL 195 SYR', 4, -10),
    ev('USA 112 RUS', 3, -2),
  ]);
  article('post-1', '2016-02-11', [ev('USA 040 RUS', 1, 1), ev('RUSMIL 195 SYR', 4, -10)]);
  article('wire-2', '2016-02-16', [
    ev('RUSGOV 112 USAGOV', 3, -2),
    ev('TURMIL 195 SYR', 4, -10),
    ev('USA 040 RUS', 1, 1, { negated: true }),
    ev('USA 195 RUS', 4, -10, { modality: 'hypothetical' }),
  ]);
  // A month-dated report joins the day-event of its month; one with no such event stays apart.
  article('month-1', '2016-03-01', [
    ev('USA 112 RUS', 3, -2, { date: '2016-02', precision: 'month' }),
    ev('USA 112 RUS', 3, -2, { date: '2016-01', precision: 'month' }),
  ]);
  w.flush();
  return db;
}

describe('dyadSeries', () => {
  const db = store();
  const rows = (by: 'week' | 'month') =>
    dyadSeries(db, 'USA', 'RUS', by).periods.map(
      (p) =>
        `${p.period} ${p.source}>${p.target} ${p.events} ${p.verbalCoop}/${p.verbalConflict} ${p.goldsteinSum} ${p.mentions}`,
    );
  it('counts each direction per week; negated and hypothetical events are left out', () => {
    expect(rows('week')).toEqual([
      '2016-02-08 USA>RUS 2 1/1 -1 4',
      '2016-02-15 RUS>USA 1 0/1 -2 1',
    ]);
    expect(dyadSeries(db, 'USA', 'RUS', 'week').coarser).toBe(1);
  });
  it('by month, the month-dated event counts too', () => {
    expect(rows('month')).toEqual([
      '2016-01 USA>RUS 1 0/1 -2 1',
      '2016-02 USA>RUS 2 1/1 -1 4',
      '2016-02 RUS>USA 1 0/1 -2 1',
    ]);
    expect(dyadSeries(db, 'RUS', 'USA', 'month').coarser).toBe(0);
  });
});

describe('actorNetwork', () => {
  const db = store();
  it('signed, weighted edges between countries', () => {
    const n = actorNetwork(db);
    expect(
      n.edges.map(
        (e) => `${e.source}>${e.target} ${e.events} ${e.goldstein} ${e.cooperation}/${e.conflict}`,
      ),
    ).toEqual(['USA>RUS 3 -3 1/2', 'RUS>SYR 1 -10 0/1', 'RUS>USA 1 -2 0/1', 'TUR>SYR 1 -10 0/1']);
    expect(n.nodes.map((x) => `${x.actor} ${x.name} ${x.events}`)).toEqual([
      'RUS RUS name 5',
      'USA USA name 4',
      'SYR SYR name 2',
      'TUR TUR 1',
    ]);
  });
  it('--min and the code level', () => {
    expect(actorNetwork(db, { min: 2 }).edges.map((e) => e.source)).toEqual(['USA']);
    const byCode = actorNetwork(db, { level: 'code', type: 'ASSAULT' });
    expect(byCode.edges.map((e) => `${e.source}>${e.target}`)).toEqual([
      'RUSMIL>SYR',
      'TURMIL>SYR',
    ]);
  });
});

describe('timelineSeries', () => {
  const db = store();
  const rows = (by: 'week' | 'month', filter = {}) => {
    const t = timelineSeries(db, filter, by);
    return [
      ...t.periods.map(
        (p) =>
          `${p.period} ${p.events} ${p.verbalCoop}/${p.verbalConflict}/${p.materialConflict} ${p.goldsteinSum}`,
      ),
      `coarser ${t.coarser} undated ${t.undated}`,
    ];
  };
  it.each<['week' | 'month', object, string[]]>([
    // Events, not mentions: the meeting and the strikes of Feb. 11 are told twice but count
    // once; the negated and the hypothetical event of Feb. 16 are not counted; the event dated
    // only to January 2016 is coarser than a week.
    ['week', {}, ['2016-02-08 3 1/1/1 -11', '2016-02-15 2 0/1/1 -12', 'coarser 1 undated 0']],
    ['month', {}, ['2016-01 1 0/1/0 -2', '2016-02 5 1/2/2 -23', 'coarser 0 undated 0']],
    ['month', { actors: ['TUR'] }, ['2016-02 1 0/0/1 -10', 'coarser 0 undated 0']],
  ])('by %s %o', (by, filter, expected) => expect(rows(by, filter)).toEqual(expected));
});

describe('unresolved targets', () => {
  const db = openDatabase(':memory:');
  const w = createWriter(db, countries);
  w.save(
    processed(rawArticle('u-1', 'u-1', { published: '2016-02-11' }), [
      ['USA 1.', [ev('USA 040 RUS', 1, 1)]],
      ['USA 2.', [ev('USA 040 ?', 1, 1)]],
    ]),
    'v1',
  );
  w.flush();
  it('are no node of the network and no ranked actor', () => {
    expect(actorNetwork(db).nodes.map((n) => n.actor)).toEqual(['RUS', 'USA']);
    expect(topActors(db).map((a) => `${a.actor} ${a.events}`)).toEqual(['USA 2', 'RUS 1']);
  });
});

describe('topActors', () => {
  const db = store();
  it('ranks actors by events, counting each event once per actor', () => {
    expect(
      topActors(db).map((a) => `${a.actor} ${a.events} ${a.asSource}/${a.asTarget} ${a.mentions}`),
    ).toEqual(['RUS 5 2/3 8', 'USA 4 3/1 6', 'SYR 2 0/2 3', 'TUR 1 1/0 1']);
  });
  it('within dates', () => {
    expect(topActors(db, { from: '2016-02-16', limit: 3 }).map((a) => a.actor)).toEqual([
      'RUS',
      'SYR',
      'TUR',
    ]);
  });
});

describe('oneADay', () => {
  const db = store();
  it('one row per date, source, target and code, with what it folds', () => {
    const rows = [...oneADay(db, { code: '19' })];
    expect(
      rows.map(
        (r) => `${r.date} ${r.sourceCode} ${r.targetCode} ${r.cameo} ${r.mentions} ${r.articles}`,
      ),
    ).toEqual(['2016-02-11 RUSMIL SYR 195 2 2', '2016-02-16 TURMIL SYR 195 1 1']);
  });
});
