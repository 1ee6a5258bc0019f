import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ParleyError } from '../errors.js';
import {
  createWriter,
  findArticle,
  openDatabase,
  queryEvents,
  removedLines,
  sentencesOf,
  summarize,
} from './index.js';
import type { EventFilter, Lookup } from './index.js';
import type { EventSpec } from './test-support.js';
import { idOf, processed, rawArticle } from './test-support.js';

const count = (db: Database.Database, table: string): number =>
  (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('createWriter: lookup and save', () => {
  const db = openDatabase(':memory:');
  const writer = createWriter(db);
  const A = idOf('a.txt');

  const OLD = 'Russia met Turkey.';
  const NEW = 'Iran met Iraq. China met India.';
  type Step = readonly [
    what: string,
    key: string,
    content: string,
    processedWith: string,
    lookup: Lookup,
    save: 'added' | 'replaced' | null,
  ];
  const STEPS: readonly Step[] = [
    ['new', 'a.txt', OLD, 'v1', { state: 'new' }, 'added'],
    ['same key and content', 'a.txt', OLD, 'v1', { state: 'unchanged', id: A }, null],
    [
      'same content, other key',
      'b.txt',
      OLD,
      'v1',
      { state: 'duplicate', id: A, key: 'a.txt' },
      null,
    ],
    ['new processedWith', 'a.txt', OLD, 'v2', { state: 'changed', id: A }, 'replaced'],
    ['then the same again', 'a.txt', OLD, 'v2', { state: 'unchanged', id: A }, null],
    ['same key, new content', 'a.txt', NEW, 'v2', { state: 'changed', id: A }, 'replaced'],
    ['the replaced content', 'b.txt', OLD, 'v2', { state: 'new' }, null],
  ];

  /** One CONSULT event per sentence, its source the first three letters of the sentence. */
  const consultations = (content: string): [string, EventSpec[]][] =>
    content.split(/(?<=\.) /).map((s) => {
      const dyad = `${s.slice(0, 3).toUpperCase()} 040 XXX`;
      return [s, [{ dyad, plover: 'CONSULT', quad: 1, goldstein: 1 }]];
    });

  it.each(STEPS)('%s → %j', (_what, key, content, version, lookup, outcome) => {
    const article = rawArticle(key, content);
    expect(writer.lookup(article, version)).toEqual(lookup);
    if (outcome !== null)
      expect(writer.save(processed(article, consultations(content)), version)).toBe(outcome);
  });

  it('keeps only the last version, with its sentences, events, mentions and removed lines', () => {
    expect(count(db, 'articles')).toBe(1);
    expect(sentencesOf(db, A).map((s) => s.text)).toEqual(['Iran met Iraq.', 'China met India.']);
    expect(count(db, 'sentences')).toBe(2);
    expect(count(db, 'events')).toBe(2);
    expect(count(db, 'mentions')).toBe(2);
    expect(removedLines(db, A)).toEqual([
      {
        line: 1,
        text: 'Advertisement for Iran met Iraq. China met India.',
        reason: 'advertisement',
      },
    ]);
    const codes = db.prepare('SELECT source_code FROM events ORDER BY id').pluck().all();
    expect(codes).toEqual(['IRA', 'CHI']);
  });

  it('rolls back a save that fails half-way, keeping the old version', () => {
    const article = rawArticle('news/a.txt', 'Broken.');
    const p = processed(article, [
      ['Broken.', [{ dyad: 'RUS 190 TUR', plover: 'ASSAULT', quad: 4, goldstein: -10 }]],
    ]);
    const twice = { ...p, sentences: [...p.sentences, ...p.sentences] };
    expect(() => writer.save(twice, 'v2')).toThrow();
    expect(sentencesOf(db, A).map((s) => s.text)).toEqual(['Iran met Iraq.', 'China met India.']);
    expect(count(db, 'events')).toBe(2);
  });

  it('lets identity win: a key that comes back with another stored content is changed, not a duplicate', () => {
    const local = openDatabase(':memory:');
    const w = createWriter(local);
    const b1 = rawArticle('key-b', 'content Y');
    w.save(processed(b1, [], 'bbbbbbbbbbbb'), 'v1');
    w.save(processed(rawArticle('key-a', 'content X'), [], 'aaaaaaaaaaaa'), 'v1');
    expect(w.lookup(rawArticle('key-b', 'content X'), 'v1')).toEqual({
      state: 'changed',
      id: 'bbbbbbbbbbbb',
    });
    expect(w.lookup(rawArticle('key-c', 'content X'), 'v1')).toEqual({
      state: 'duplicate',
      id: 'aaaaaaaaaaaa',
      key: 'key-a',
    });
  });
});

describe('queries over a small store', () => {
  const db = openDatabase(':memory:');
  const writer = createWriter(db);
  const MUNICH = rawArticle('news/munich.txt', 'munich', {
    published: '2016-02-11',
    publishedSource: 'dateline',
    title: 'Munich',
    url: 'https://example.org/munich',
  });
  const VIENNA = rawArticle('https://example.org/vienna', 'vienna', {
    origin: 'wire.jsonl:2',
    format: 'jsonl',
    published: '2015-07-14',
    publishedSource: 'record',
  });
  const UNDATED = rawArticle('news/undated.txt', 'undated');
  const ids = { munich: 'abcd11110000', vienna: 'abcd22220000', undated: 'ef0123456789' };

  beforeAll(() => {
    writer.save(
      processed(
        MUNICH,
        [
          [
            'Russian jets bombed Turkish troops.',
            [{ dyad: 'RUSMIL 195 TURMIL', plover: 'ASSAULT', quad: 4, goldstein: -10 }],
          ],
          [
            'Turkey accused Russia, but did not accuse Iran.',
            [
              { dyad: 'TUR 112 RUS', plover: 'ACCUSE', quad: 3, goldstein: -2 },
              { dyad: 'TUR 112 IRN', plover: 'ACCUSE', quad: 3, goldstein: -2, negated: true },
            ],
          ],
        ],
        ids.munich,
      ),
      'v1',
    );
    writer.save(
      processed(
        VIENNA,
        [
          [
            'Iran signed an agreement with the US, and the US will meet Iran.',
            [
              { dyad: 'IRN 057 USA', plover: 'AGREE', quad: 1, goldstein: 8 },
              { dyad: 'USA 040 IRN', plover: 'CONSULT', quad: 1, goldstein: 1, modality: 'intent' },
            ],
          ],
        ],
        ids.vienna,
      ),
      'v1',
    );
    writer.save(
      processed(
        UNDATED,
        [
          ['It rained.', []],
          [
            'China threatened to attack.',
            [{ dyad: 'CHN 138 -', plover: 'THREATEN', quad: 3, goldstein: -7 }],
          ],
        ],
        ids.undated,
      ),
      'v1',
    );
    writer.flush();
  });

  describe('queryEvents', () => {
    const CASES: readonly (readonly [string, EventFilter, readonly string[]])[] = [
      // In date order, undated last; within a date by article, sentence and event.
      [
        'everything',
        {},
        [
          'abcd22220000-0-0',
          'abcd22220000-0-1',
          'abcd11110000-0-0',
          'abcd11110000-1-0',
          'abcd11110000-1-1',
          'ef0123456789-1-0',
        ],
      ],
      [
        'actor prefix matches source or target',
        { actor: 'RUS' },
        ['abcd11110000-0-0', 'abcd11110000-1-0'],
      ],
      ['a full actor code', { actor: 'TURMIL' }, ['abcd11110000-0-0']],
      ['actor as target only', { actor: 'USA' }, ['abcd22220000-0-0', 'abcd22220000-0-1']],
      [
        'from (undated events left out)',
        { from: '2016-01-01' },
        ['abcd11110000-0-0', 'abcd11110000-1-0', 'abcd11110000-1-1'],
      ],
      ['to', { to: '2015-12-31' }, ['abcd22220000-0-0', 'abcd22220000-0-1']],
      [
        'from and to are inclusive',
        { from: '2015-07-14', to: '2015-07-14' },
        ['abcd22220000-0-0', 'abcd22220000-0-1'],
      ],
      ['a range with no events', { from: '2017-01-01', to: '2018-01-01' }, []],
      ['a CAMEO root', { code: '19' }, ['abcd11110000-0-0']],
      ['a full CAMEO code', { code: '057' }, ['abcd22220000-0-0']],
      ['article', { article: ids.undated }, ['ef0123456789-1-0']],
      ['limit', { limit: 2 }, ['abcd22220000-0-0', 'abcd22220000-0-1']],
      ['limit 0', { limit: 0 }, []],
      ['a fractional limit is rounded down', { limit: 1.9 }, ['abcd22220000-0-0']],
      ['filters combine with AND', { actor: 'USA', code: '04' }, ['abcd22220000-0-1']],
      ['an unknown actor', { actor: 'PRK' }, []],
    ];
    it.each(CASES)('%s', (_name, filter, expected) => {
      expect([...queryEvents(db, filter)].map((e) => e.id)).toEqual(expected);
    });

    const BAD: readonly (readonly [EventFilter, string])[] = [
      [{ from: 'yesterday' }, 'invalid --from date "yesterday" (expected YYYY-MM-DD)'],
      [{ to: '2016/01/01' }, 'invalid --to date "2016/01/01" (expected YYYY-MM-DD)'],
      [{ from: '2016-1-1' }, 'invalid --from date "2016-1-1"'],
      [{ code: 'abc' }, 'invalid --code "abc" (expected CAMEO digits)'],
      [{ code: '19x' }, 'invalid --code "19x"'],
      [{ code: '12345' }, 'invalid --code "12345"'],
    ];
    it.each(BAD)('refuses %j', (filter, message) => {
      expect(() => [...queryEvents(db, filter)]).toThrow(ParleyError);
      expect(() => [...queryEvents(db, filter)]).toThrow(message);
    });

    it('gives events in the output contract', () => {
      const [negated] = [...queryEvents(db, { actor: 'IRN', code: '112' })];
      expect(negated).toEqual({
        id: 'abcd11110000-1-1',
        articleId: 'abcd11110000',
        sentenceId: 'abcd11110000-1',
        date: '2016-02-11',
        datePrecision: 'day',
        dateSource: 'publication',
        dateText: null,
        source: { code: 'TUR', name: 'TUR name', text: 'TUR text' },
        target: { code: 'IRN', name: 'IRN name', text: 'IRN text' },
        cameo: '112',
        cameoName: 'Accuse, unspecified',
        plover: 'ACCUSE',
        ploverMode: 'disapprove',
        quad: 3,
        goldstein: -2,
        modality: 'actual',
        negated: true,
        reciprocal: false,
        location: null,
        sentence: 'Turkey accused Russia, but did not accuse Iran.',
        rule: 'data/verbs/test.txt:2 112 pattern',
        why: {
          pattern: 'data/verbs/test.txt:2',
          text: 'pattern',
          trigger: 'accused',
          voice: 'active',
          subject: 'clause-subject',
          cue: 'not',
          sourceEntries: ['data/actors/test.tsv:1'],
          targetEntries: ['data/actors/test.tsv:2'],
          sourceVia: null,
          targetVia: null,
          unresolved: [],
        },
      });
      const [undated] = [...queryEvents(db, { article: ids.undated })];
      expect(undated).toMatchObject({
        date: null,
        dateSource: 'none',
        target: null,
        cameoName: 'Threaten with military force',
      });
    });
  });

  describe('findArticle', () => {
    const CASES: readonly (readonly [string, string, string | null])[] = [
      ['a full id', 'abcd11110000', ids.munich],
      ['an id prefix', 'ef01', ids.undated],
      ['a longer id prefix', 'abcd2222', ids.vienna],
      ['the key (a path)', 'news/undated.txt', ids.undated],
      ['the key (a URL)', 'https://example.org/vienna', ids.vienna],
      ['the origin', 'wire.jsonl:2', ids.vienna],
      ['the URL', 'https://example.org/munich', ids.munich],
      ['a prefix shorter than 4 characters', 'ef0', null],
      ['nothing like it', 'news/other.txt', null],
      ['an id prefix that matches nothing', '9999', null],
    ];
    it.each(CASES)('%s', (_name, ref, id) => {
      expect(findArticle(db, ref)?.id ?? null).toBe(id);
    });

    it('returns the article with its counts', () => {
      expect(findArticle(db, 'news/munich.txt')).toMatchObject({
        id: ids.munich,
        key: 'news/munich.txt',
        origin: 'news/munich.txt',
        format: 'txt',
        title: 'Munich',
        published: '2016-02-11',
        publishedSource: 'dateline',
        sentences: 2,
        events: 3,
      });
    });

    it('refuses an ambiguous prefix, listing the matches', () => {
      expect(() => findArticle(db, 'abcd')).toThrow(ParleyError);
      expect(() => findArticle(db, 'abcd')).toThrow(
        '"abcd" is ambiguous: abcd11110000, abcd22220000',
      );
    });

    it('refuses a name shared by two articles', () => {
      const local = openDatabase(':memory:');
      const w = createWriter(local);
      w.save(processed(rawArticle('k1', 'one', { origin: 'same.txt' }), [], 'aaaa00000001'), 'v1');
      w.save(processed(rawArticle('k2', 'two', { origin: 'same.txt' }), [], 'bbbb00000002'), 'v1');
      expect(() => findArticle(local, 'same.txt')).toThrow(
        '"same.txt" names more than one article; use the article id',
      );
    });

    it('takes LIKE wildcards in references and filters literally', () => {
      expect(findArticle(db, '%%%%')).toBeNull();
      expect(findArticle(db, '____')).toBeNull();
      expect([...queryEvents(db, { actor: '_' })]).toEqual([]);
      expect([...queryEvents(db, { actor: '%' })]).toEqual([]);
    });
  });

  it('summarize counts what the store holds, negated events left out of the breakdowns', () => {
    expect(summarize(db)).toEqual({
      articles: 3,
      sentences: 5,
      events: 6,
      negated: 1,
      clusters: 6,
      multiReported: 0,
      datedArticles: 2,
      mentions: 4,
      unresolved: 0,
      generic: 0,
      topUnresolved: [],
      firstDate: '2015-07-14',
      lastDate: '2016-02-11',
      byModality: [
        { modality: 'actual', n: 5 },
        { modality: 'intent', n: 1 },
      ],
      byPlover: [
        { plover: 'ACCUSE', n: 1 },
        { plover: 'AGREE', n: 1 },
        { plover: 'ASSAULT', n: 1 },
        { plover: 'CONSULT', n: 1 },
        { plover: 'THREATEN', n: 1 },
      ],
      byQuad: [
        { quad: 1, n: 2, goldstein: 9 },
        { quad: 3, n: 2, goldstein: -9 },
        { quad: 4, n: 1, goldstein: -10 },
      ],
      topDyads: [
        { source: 'IRN', target: 'USA', n: 1, goldstein: 8 },
        { source: 'RUSMIL', target: 'TURMIL', n: 1, goldstein: -10 },
        { source: 'TUR', target: 'RUS', n: 1, goldstein: -2 },
        { source: 'USA', target: 'IRN', n: 1, goldstein: 1 },
      ],
    });
  });

  it('summarize on an empty store', () => {
    expect(summarize(openDatabase(':memory:'))).toMatchObject({
      articles: 0,
      events: 0,
      firstDate: null,
      lastDate: null,
      byPlover: [],
      topDyads: [],
    });
  });
});

describe('openDatabase', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'parley-store-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates the file and its folder, and reopens it read-only', () => {
    const path = join(dir, 'nested', 'deeper', 'p.db');
    const db = openDatabase(path);
    createWriter(db).save(processed(rawArticle('k', 'x'), [['Russia met Turkey.', []]]), 'v1');
    db.close();
    const ro = openDatabase(path, { readonly: true });
    expect(count(ro, 'sentences')).toBe(1);
    expect(() => createWriter(ro).save(processed(rawArticle('k2', 'y'), []), 'v1')).toThrow();
    ro.close();
  });

  it('refuses to read a database that does not exist', () => {
    expect(() => openDatabase(join(dir, 'missing.db'), { readonly: true })).toThrow(
      /missing\.db: no database here yet; run "parley ingest" or "parley demo" first/,
    );
  });

  it('refuses a database from a newer Parley', () => {
    const path = join(dir, 'future.db');
    openDatabase(path).pragma('user_version = 99');
    expect(() => openDatabase(path)).toThrow(
      /database schema version 99 is newer than this Parley/,
    );
  });
});
