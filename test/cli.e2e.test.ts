/**
 * The `parley` command end to end, in process: `main(argv, io)` with fake streams and a
 * temporary database. Inputs are written to a temporary folder by the tests themselves.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonLines, lines, parley } from './cli-support.js';
import { parseCsv } from './csv.js';
import type { Run } from './cli-support.js';

interface ArticleRow {
  id: string;
  key: string;
  origin: string;
  published: string | null;
  publishedSource: string | null;
  sentences: number;
  events: number;
}
interface Summary {
  articles: number;
  sentences: number;
  events: number;
}

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'parley-cli-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function articles(db: string): Promise<ArticleRow[]> {
  const run = await parley('articles', '--json', '--db', db);
  expect(run.code).toBe(0);
  return jsonLines(run.out) as unknown as ArticleRow[];
}

async function summary(db: string): Promise<Summary> {
  const run = await parley('summary', '--json', '--db', db);
  expect(run.code).toBe(0);
  return JSON.parse(run.out) as Summary;
}

describe('parley demo', () => {
  let db: string;
  beforeAll(() => {
    db = join(root, 'demo', 'parley.db');
  });

  it('ingests the bundled samples and prints a summary', async () => {
    const run = await parley('demo', '--db', db);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toContain('Ingesting the sample corpus');
    expect(run.out).toMatch(
      /^ingest: 34 articles \(34 added, 0 replaced, 0 unchanged, 0 duplicates, 0 copies\), [\d,]+ sentences, [\d,]+ events, 0 failed in /m,
    );
    expect(run.out).toMatch(
      /^34 articles \(\d+ with a publication date\), [\d,]+ sentences, [\d,]+ event mentions/m,
    );
    expect(run.out).toMatch(/^events across reports: [\d,]+ \(\d+ reported more than once/m);
    for (const heading of ['events by PLOVER type', 'events by quad class', 'top dyads'])
      expect(run.out).toContain(heading);
    const s = await summary(db);
    expect(s.articles).toBe(34);
    expect(s.events).toBeGreaterThan(50);
    const events = await parley('events', '--db', db);
    expect(lines(events.out)).toHaveLength(s.events);
    // The Munich talks of the sample corpus are placed in Munich, dated Thursday 11 Feb 2016.
    const all = jsonLines((await parley('events', '--format', 'jsonl', '--db', db)).out);
    expect(all).toContainEqual(
      expect.objectContaining({
        cameo: '040',
        date: '2016-02-11',
        dateText: 'Thursday',
        location: expect.objectContaining({ name: 'Munich', country: 'DEU', precision: 'city' }),
      }),
    );
  });

  it('changes nothing when run again', async () => {
    const before = await summary(db);
    const run = await parley('demo', '--db', db);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(
      /ingest: 34 articles \(0 added, 0 replaced, 34 unchanged, 0 duplicates, 0 copies\), 0 sentences, 0 events, 0 failed/,
    );
    expect(await summary(db)).toEqual(before);
  });

  /** Publication dates of the samples, as samples/README.md documents them. */
  const DATES: readonly (readonly [string, string | null, string | null])[] = [
    ['samples/txt/munich-syria-truce.txt', '2016-02-12', 'dateline'],
    ['samples/txt/vienna-iran-nuclear-deal.txt', '2015-07-14', 'dateline'],
    ['samples/txt/sochi-idlib-deal.txt', '2018-09-17', 'dateline'],
    ['samples/txt/peace-spring-offensive.txt', '2019-10-09', 'dateline'],
    ['samples/txt/galwan-border-clash.txt', '2020-06-17', 'dateline'],
    ['samples/txt/khashoggi-saudi-admission.txt', null, null],
    ['samples/txt/beijing-saudi-iran-ties.txt', '2023-03-10', 'dateline'],
    ['samples/html/minsk-ceasefire.html', '2015-02-12', 'meta'],
    ['samples/html/singapore-summit.html', '2018-06-12', 'meta'],
    ['samples/html/abraham-accords-signing.html', '2020-09-15', 'meta'],
    ['samples/html/karabakh-ceasefire.html', '2020-11-10', 'dateline'],
    ['samples/html/russia-invades-ukraine.html', '2022-02-24', 'meta'],
    ['samples/html/normandy-paris-summit.html', '2019-12-10', 'meta'],
    ['samples/jsonl/wire.jsonl:1', null, null],
    ['samples/jsonl/wire.jsonl:2', '2017-06-05', 'record'],
    ['samples/jsonl/wire.jsonl:3', '2018-05-08', 'record'],
    ['samples/jsonl/wire.jsonl:4', '2019-02-28', 'record'],
    ['samples/jsonl/wire.jsonl:5', '2020-02-29', 'record'],
    ['samples/jsonl/wire.jsonl:6', '2022-07-22', 'record'],
    ['samples/xml/petrarch-style.xml:3', '2016-02-11', 'record'],
  ];
  it.each(DATES)('stores %s with publication date %s (%s)', async (origin, published, source) => {
    const found = (await articles(db)).filter((a) => a.origin.endsWith(origin));
    expect(found.map((a) => [a.published, a.publishedSource])).toEqual([[published, source]]);
  });
});

describe('parley ingest: good and bad inputs', () => {
  let dir: string;
  let db: string;
  const GOOD_TXT = [
    'Skip to content',
    'Share',
    'Turkey accused Russia of "barbaric" attacks on hospitals, officials said.',
    'Advertisement',
    'Iran met Iraq in Baghdad, and China criticized India.',
  ].join('\n\n');
  const CHANGED_TXT =
    'Saudi Arabia cut diplomatic ties with Qatar.\n\nFrance condemned Syria for the attack.';

  /** Each bad input, the file (and line) its stderr line names, and the reason given. */
  const BAD: readonly (readonly [string, RegExp])[] = [
    ['bad.xml', /: .*bad\.xml:3: <Sentence> is not closed$/],
    ['big.txt', /big\.txt: file is \d+ bytes, over the 1048-byte limit \(--max-file-mb\)$/],
    ['binary.txt', /binary\.txt: binary file \(contains NUL bytes\), not text$/],
    ['empty.txt', /empty\.txt: empty file$/],
    ['latin1.txt', /latin1\.txt: not valid UTF-8 \(byte 0xe9 at offset 9\); convert it to UTF-8$/],
    ['nothing.html', /nothing\.html: no article text found in the HTML$/],
    ['wire.jsonl:2', /wire\.jsonl:2: malformed JSON \(.+\)$/],
    ['wire.jsonl:4', /wire\.jsonl:4: no "text" or "html" field \(found "body"\)$/],
  ];

  /** The articles that must be stored: origin (relative to the folder) and one sentence. */
  const GOOD: readonly (readonly [string, string])[] = [
    // The sentence before the unclosed one in bad.xml is read; the file's failure is the rest.
    ['bad.xml:2', 'Russia met Turkey.'],
    ['good.html', 'Washington called Moscow on Friday.'],
    ['good.txt', 'Iran met Iraq in Baghdad, and China criticized India.'],
    ['good.xml:2', 'Russian warplanes bombed rebel positions north of Aleppo.'],
    ['good.xml:3', 'Germany called on Turkey to halt the offensive.'],
    ['wire.jsonl:1', 'Iran rejected the proposal.'],
    ['wire.jsonl:3', 'Turkey accused Russia of bombing hospitals in Aleppo.'],
  ];

  beforeAll(() => {
    dir = join(root, 'inputs');
    db = join(root, 'ingest.db');
    mkdirSync(dir);
    const files: Record<string, string | Buffer> = {
      'good.txt': GOOD_TXT,
      'good.html':
        '<!doctype html><html><head><meta charset="utf-8"><title>Call</title>' +
        '<meta name="date" content="2016-02-12"></head><body><article>' +
        '<p>Washington called Moscow on Friday.</p></article></body></html>',
      'good.xml': [
        '<Sentences>',
        '<Sentence date="20160212" id="G-1"><Text>Russian warplanes bombed rebel positions north of Aleppo.</Text></Sentence>',
        '<Sentence date="20191009" id="G-2"><Text>Germany called on Turkey to halt the offensive.</Text></Sentence>',
        '</Sentences>',
      ].join('\n'),
      'wire.jsonl': [
        '{"id": "w1", "published": "2015-07-14", "text": "Iran rejected the proposal."}',
        '{"id": "w2", "text": "Russia met',
        '{"id": "w3", "published": "2016-02-11", "text": "Turkey accused Russia of bombing hospitals in Aleppo."}',
        '{"id": "w4", "body": "Russia met Turkey."}',
      ].join('\n'),
      'bad.xml': [
        '<Sentences>',
        '<Sentence date="20160212" id="B-1"><Text>Russia met Turkey.</Text></Sentence>',
        '<Sentence date="20160212" id="B-2"><Text>Iran met Iraq.</Text>',
        '</Sentences>',
      ].join('\n'),
      'big.txt': `${'Russia met Turkey in Sochi on Monday. '.repeat(40)}\n`,
      'binary.txt': Buffer.from([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d,
      ]),
      'empty.txt': '',
      'latin1.txt': Buffer.concat([
        Buffer.from('Talks in '),
        Buffer.from([0xe9]),
        Buffer.from('vian failed.\n'),
      ]),
      'nothing.html':
        '<html><head><title>Empty page</title></head><body><script>var a = 1;</script></body></html>',
    };
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  });

  const ingest = (...extra: string[]): Promise<Run> =>
    parley('ingest', dir, '--db', db, '--max-file-mb', '0.001', ...extra);

  it('stores every good article and reports each bad input on one stderr line', async () => {
    const run = await ingest();
    expect(run.code).toBe(1);
    const errors = lines(run.err);
    expect(errors).toHaveLength(BAD.length);
    for (const [name, pattern] of BAD) {
      const mine = errors.filter((l) => l.includes(`${name}:`));
      expect(mine, name).toHaveLength(1);
      expect(mine[0]).toMatch(/^parley: /);
      expect(mine[0]).toMatch(pattern);
    }
    expect(run.out).toMatch(
      /^ingest: 7 articles \(7 added, 0 replaced, 0 unchanged, 0 duplicates, 0 copies\), \d+ sentences, \d+ events, 8 failed in [\d.]+ s\n$/,
    );
    const stored = await articles(db);
    expect(stored.map((a) => a.origin.slice(dir.length + 1)).sort()).toEqual(GOOD.map(([o]) => o));
    expect(new Set(stored.map((a) => a.id)).size).toBe(stored.length);
    expect(new Set(stored.map((a) => a.key)).size).toBe(stored.length);
  });

  it.each(GOOD)('%s is stored with its text', async (origin, sentence) => {
    const a = (await articles(db)).find((x) => x.origin === join(dir, origin));
    const show = await parley('show', a?.id ?? 'none', '--sentences', '--db', db);
    expect(show.code).toBe(0);
    expect(show.out).toContain(sentence);
  });

  it('changes nothing when the same inputs are ingested again', async () => {
    const before = await summary(db);
    const ids = (await articles(db)).map((a) => a.id);
    const run = await ingest();
    expect(run.code).toBe(1);
    expect(lines(run.err)).toHaveLength(BAD.length);
    expect(run.out).toMatch(
      /ingest: 7 articles \(0 added, 0 replaced, 7 unchanged, 0 duplicates, 0 copies\), 0 sentences, 0 events, 8 failed/,
    );
    expect(await summary(db)).toEqual(before);
    expect((await articles(db)).map((a) => a.id)).toEqual(ids);
  });

  it('stores the same content under another name once', async () => {
    const copy = join(root, 'copy-of-good.txt');
    copyFileSync(join(dir, 'good.txt'), copy);
    const before = await summary(db);
    const run = await parley('ingest', copy, '--db', db);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(
      /1 articles \(0 added, 0 replaced, 0 unchanged, 1 duplicates, 0 copies\)/,
    );
    expect(await summary(db)).toEqual(before);
  });

  it('replaces a changed file and its events', async () => {
    const path = join(dir, 'good.txt');
    const before = (await articles(db)).find((a) => a.origin === path);
    const oldEvents = jsonLines(
      (await parley('events', '--article', before?.id ?? '', '--db', db)).out,
    );
    expect(oldEvents.map((e) => e.sentence)).toContain(
      'Iran met Iraq in Baghdad, and China criticized India.',
    );

    writeFileSync(path, CHANGED_TXT);
    const run = await ingest();
    expect(run.code).toBe(1);
    expect(run.out).toMatch(
      /ingest: 7 articles \(0 added, 1 replaced, 6 unchanged, 0 duplicates, 0 copies\)/,
    );

    const after = (await articles(db)).find((a) => a.origin === path);
    expect(after?.id).toBe(before?.id);
    const events = jsonLines(
      (await parley('events', '--article', after?.id ?? '', '--db', db)).out,
    );
    expect(events.map((e) => e.sentence)).toEqual([
      'Saudi Arabia cut diplomatic ties with Qatar.',
      'France condemned Syria for the attack.',
    ]);
    const sentences = lines((await parley('show', path, '--sentences', '--db', db)).out).filter(
      (l) => l.startsWith(`${after?.id}-`),
    );
    expect(sentences).toEqual([
      `${after?.id}-0  Saudi Arabia cut diplomatic ties with Qatar.`,
      `${after?.id}-1  France condemned Syria for the attack.`,
    ]);
    const everything = jsonLines((await parley('events', '--db', db)).out).map((e) => e.sentence);
    for (const old of oldEvents) expect(everything).not.toContain(old.sentence);
    expect((await articles(db)).length).toBe(7);
  });
});

describe('parley events, code and show', () => {
  let db: string;
  let dir: string;
  const PAGE = [
    'Skip to content',
    'Share',
    'Turkey accused Russia of "barbaric" attacks on hospitals, officials said.',
    'Advertisement',
    'Iran met Iraq in Baghdad, and China criticized India.',
    'Russian warplanes bombed rebel positions north of Aleppo.',
  ].join('\n\n');

  beforeAll(async () => {
    dir = join(root, 'query');
    db = join(root, 'query.db');
    mkdirSync(dir);
    writeFileSync(join(dir, 'page.txt'), PAGE);
    writeFileSync(
      join(dir, 'wire.jsonl'),
      [
        '{"id": "a", "published": "2015-07-14", "text": "Saudi Arabia cut diplomatic ties with Qatar."}',
        '{"id": "b", "text": "Washington called Moscow on Friday."}',
      ].join('\n'),
    );
    const run = await parley(
      'ingest',
      join(dir, 'page.txt'),
      '--published',
      '2016-02-11',
      '--db',
      db,
    );
    expect(run.code).toBe(0);
    expect((await parley('ingest', join(dir, 'wire.jsonl'), '--db', db)).code).toBe(0);
  });

  const FIELDS = [
    'id',
    'articleId',
    'sentenceId',
    'date',
    'datePrecision',
    'dateSource',
    'dateText',
    'source',
    'target',
    'cameo',
    'cameoName',
    'plover',
    'ploverMode',
    'quad',
    'goldstein',
    'modality',
    'negated',
    'reciprocal',
    'location',
    'sentence',
    'rule',
    'why',
  ];

  it('prints JSON lines in the output contract, in date order', async () => {
    const run = await parley('events', '--format', 'jsonl', '--db', db);
    expect(run.code).toBe(0);
    const events = jsonLines(run.out);
    expect(events.length).toBe((await summary(db)).events);
    for (const e of events) {
      expect(Object.keys(e).sort()).toEqual([...FIELDS].sort());
      expect(e.id).toMatch(new RegExp(`^${String(e.sentenceId)}-\\d+$`));
      expect(e.sentenceId).toMatch(new RegExp(`^${String(e.articleId)}-\\d+$`));
      expect(e.articleId).toMatch(/^[0-9a-f]{12}$/);
      // A date is known from the sentence or the publication; an expression is kept even unresolved.
      expect(['sentence', 'publication', 'none']).toContain(e.dateSource);
      if (e.dateSource === 'publication') expect(e.dateText).toBeNull();
      if (e.dateSource === 'sentence') expect(e.dateText).toEqual(expect.any(String));
      if (e.date === null) expect(e.datePrecision).toBeNull();
      else {
        expect(['day', 'week', 'month', 'year']).toContain(e.datePrecision);
        expect(e.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      }
      expect(e.source).toEqual({
        code: expect.stringMatching(/^[A-Z]{3,}/),
        name: expect.any(String),
        text: expect.any(String),
      });
      if (e.target !== null)
        expect(e.target).toEqual({
          code: expect.stringMatching(/^[A-Z]{3,}/),
          name: expect.any(String),
          text: expect.any(String),
        });
      expect(e.cameo).toMatch(/^\d{3,4}$/);
      expect([1, 2, 3, 4]).toContain(e.quad);
      expect(e.goldstein).toBeGreaterThanOrEqual(-10);
      expect(e.goldstein).toBeLessThanOrEqual(10);
      expect(['actual', 'intent', 'hypothetical']).toContain(e.modality);
      expect(typeof e.negated).toBe('boolean');
      // A location is a resolved place with its coordinates, from the sentence or the dateline.
      if (e.location !== null) {
        expect(e.location).toMatchObject({
          name: expect.any(String),
          country: expect.stringMatching(/^([A-Z]{3})?$/),
          lat: expect.any(Number),
          lon: expect.any(Number),
          precision: expect.stringMatching(/^(city|region|country)$/),
          source: expect.stringMatching(/^(sentence|dateline)$/),
        });
      }
      expect(
        PAGE + ' Saudi Arabia cut diplomatic ties with Qatar. Washington called Moscow on Friday.',
      ).toContain(String(e.sentence));
      expect(e.rule).toMatch(/^data\/\S+:\d+ \d{3,4} /);
    }
    const dates = events.map((e) => (e.date as string | null) ?? '9999');
    expect(dates).toEqual([...dates].sort());
    expect(
      events.map(
        (e) =>
          `${(e.source as { code: string }).code} ${String(e.cameo)} ${(e.target as { code: string } | null)?.code ?? '-'} ${String(e.date)}`,
      ),
    ).toEqual([
      'SAU 161 QAT 2015-07-14',
      'TUR 112 RUS 2016-02-11',
      'IRN 040 IRQ 2016-02-11',
      'CHN 111 IND 2016-02-11',
      'RUSMIL 195 REB 2016-02-11',
      'USAGOV 041 RUSGOV null',
    ]);
  });

  it('prints JSON lines by default when the output is not a terminal', async () => {
    const plain = await parley('events', '--db', db);
    const jsonl = await parley('events', '--format', 'jsonl', '--db', db);
    expect(plain.out).toBe(jsonl.out);
  });

  it('prints CSV with a header and quoted fields', async () => {
    const run = await parley('events', '--format', 'csv', '--db', db);
    expect(run.code).toBe(0);
    const rows = parseCsv(run.out);
    expect(rows[0]).toEqual([
      'id',
      'articleId',
      'sentenceId',
      'date',
      'datePrecision',
      'dateSource',
      'dateText',
      'sourceCode',
      'sourceName',
      'sourceText',
      'targetCode',
      'targetName',
      'targetText',
      'cameo',
      'cameoName',
      'plover',
      'ploverMode',
      'quad',
      'goldstein',
      'modality',
      'negated',
      'reciprocal',
      'sentence',
      'rule',
    ]);
    const events = jsonLines((await parley('events', '--format', 'jsonl', '--db', db)).out);
    expect(rows.slice(1)).toHaveLength(events.length);
    rows.slice(1).forEach((row, k) => {
      const e = events[k] ?? {};
      expect(row).toHaveLength(24);
      expect([row[0], row[3], row[13], row[22], row[23]]).toEqual([
        e.id,
        e.date ?? '',
        e.cameo,
        e.sentence,
        e.rule,
      ]);
    });
    expect(run.out).toContain(
      ',"Turkey accused Russia of ""barbaric"" attacks on hospitals, officials said.",',
    );
  });

  it('prints a table', async () => {
    const run = await parley('events', '--format', 'table', '--db', db);
    expect(run.code).toBe(0);
    const out = lines(run.out);
    expect(out[0]).toMatch(
      /^date\s+source\s+cameo\s+plover\s+target\s+flags\s+mention \| sentence$/,
    );
    expect(out[1]).toMatch(/^-+ {2}-+/);
    expect(out.at(-1)).toBe('6 event mention(s)');
    expect(out.filter((l) => l.startsWith('2016-02-11'))).toHaveLength(4);
  });

  const FILTERS: readonly (readonly [readonly string[], readonly string[]])[] = [
    [
      ['--actor', 'rus'],
      ['TUR 112 RUS', 'RUSMIL 195 REB', 'USAGOV 041 RUSGOV'],
    ],
    [['--actor', 'RUSMIL'], ['RUSMIL 195 REB']],
    [['--code', '19'], ['RUSMIL 195 REB']],
    [
      ['--code', '1'],
      ['SAU 161 QAT', 'TUR 112 RUS', 'CHN 111 IND', 'RUSMIL 195 REB'],
    ],
    [
      ['--from', '2016-01-01'],
      ['TUR 112 RUS', 'IRN 040 IRQ', 'CHN 111 IND', 'RUSMIL 195 REB'],
    ],
    [['--to', '2015-12-31'], ['SAU 161 QAT']],
    [['--from', '2015-07-14', '--to', '2015-07-14'], ['SAU 161 QAT']],
    [
      ['--limit', '2'],
      ['SAU 161 QAT', 'TUR 112 RUS'],
    ],
    [['--limit', '0'], []],
    [['--actor', 'IRN', '--code', '04'], ['IRN 040 IRQ']],
  ];
  it.each(FILTERS)('events %j', async (args, expected) => {
    const run = await parley('events', '--format', 'jsonl', '--db', db, ...args);
    expect(run.code).toBe(0);
    expect(
      jsonLines(run.out).map(
        (e) =>
          `${(e.source as { code: string }).code} ${String(e.cameo)} ${(e.target as { code: string } | null)?.code ?? '-'}`,
      ),
    ).toEqual(expected);
  });

  it('events --article takes the id of one article', async () => {
    const page = (await articles(db)).find((a) => a.origin.endsWith('page.txt'));
    const run = await parley('events', '--article', page?.id ?? '', '--db', db);
    expect(jsonLines(run.out).map((e) => e.articleId)).toEqual([
      page?.id,
      page?.id,
      page?.id,
      page?.id,
    ]);
  });

  const BAD_FILTERS: readonly (readonly [readonly string[], RegExp])[] = [
    [['--from', '2016-13'], /^parley: invalid --from date "2016-13" \(expected YYYY-MM-DD\)\n$/],
    [['--to', 'today'], /invalid --to date "today"/],
    [['--code', 'fight'], /invalid --code "fight"/],
    [['--format', 'xml'], /invalid --format "xml" \(expected table, jsonl or csv\)/],
    [['--limit=-1'], /invalid --limit "-1"/],
    [['--limit', '1.5'], /invalid --limit "1.5"/],
    [['--limit', 'ten'], /invalid --limit "ten"/],
    [['--colour'], /parley events: Unknown option '--colour'/],
    [['extra'], /parley events: unexpected argument "extra"/],
  ];
  it.each(BAD_FILTERS)('events %j is a usage error', async (args, message) => {
    const run = await parley('events', '--db', db, ...args);
    expect(run.code).toBe(2);
    expect(run.out).toBe('');
    expect(run.err).toMatch(message);
    expect(lines(run.err)).toHaveLength(1);
  });

  it('reports an option value that looks like a flag in one line', async () => {
    const run = await parley('events', '--db', db, '--limit', '-1');
    expect(run.code).toBe(2);
    expect(lines(run.err)).toHaveLength(1);
    expect(run.err).toMatch(/^parley: parley events: Option '--limit' argument is ambiguous/);
  });

  it('code "<sentence>" prints one JSON line with its events', async () => {
    const run = await parley('code', 'Turkey accused Russia of bombing hospitals.');
    expect(run.code).toBe(0);
    expect(lines(run.out)).toHaveLength(1);
    const result = JSON.parse(run.out) as { id: string; events: Record<string, unknown>[] };
    expect(result.id).toBe('1');
    expect(result.events).toHaveLength(1);
    expect(result.events[0]).toMatchObject({
      id: '1-0-0',
      articleId: '1',
      sentenceId: '1-0',
      date: null,
      dateSource: 'none',
      source: { code: 'TUR', text: 'Turkey' },
      target: { code: 'RUS', text: 'Russia' },
      cameo: '1123',
      negated: false,
      location: null,
      sentence: 'Turkey accused Russia of bombing hospitals.',
    });
    expect(Object.keys(result.events[0] ?? {}).sort()).toEqual([...FIELDS].sort());
  });

  it('code --date gives the events that date', async () => {
    const run = await parley('code', 'Turkey did not accuse Russia.', '--date', '2016-02-11');
    expect(JSON.parse(run.out)).toMatchObject({
      events: [{ date: '2016-02-11', dateSource: 'publication', negated: true, cameo: '112' }],
    });
  });

  it('code --jsonl FILE prints one line per input line; a bad line gets {"id", "error"} and exit 1', async () => {
    const file = join(dir, 'code.jsonl');
    writeFileSync(
      file,
      [
        '{"id": "a", "text": "Turkey accused Russia of bombing hospitals.", "date": "2016-02-11"}',
        '{"id": "b", "text": "Iran met',
        '',
        '{"id": "c"}',
        '{"id": 4, "text": "It rained in Paris."}',
        '{"id": "e", "text": "Iran met Iraq.", "date": "2016-13-45"}',
      ].join('\n'),
    );
    const run = await parley('code', '--jsonl', file);
    expect(run.code).toBe(1);
    const out = jsonLines(run.out);
    expect(
      out.map((o) => [o.id, 'events' in o ? (o.events as unknown[]).length : String(o.error)]),
    ).toEqual([
      ['a', 1],
      ['b', expect.stringMatching(/:2: malformed JSON/)],
      ['c', expect.stringMatching(/:4: missing "text" for id c$/)],
      ['4', 0],
      ['e', expect.stringMatching(/invalid "date" "2016-13-45" \(no such day\)/)],
    ]);
    expect((out[0]?.events as { date: string }[])[0]?.date).toBe('2016-02-11');
    const errors = lines(run.err);
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(/^parley: .*code\.jsonl:2: malformed JSON/);
    expect(errors[1]).toMatch(/^parley: .*code\.jsonl:4: missing "text"/);
  });

  it('show --removed lists what the cleaner removed, line by line', async () => {
    const run = await parley('show', join(dir, 'page.txt'), '--removed', '--db', db);
    expect(run.code).toBe(0);
    const out = lines(run.out);
    expect(out[0]).toMatch(/^article {4}[0-9a-f]{12}$/);
    expect(out).toContain('published  2016-02-11 (from flag)');
    const at = out.indexOf('3 removed line(s):');
    expect(at).toBeGreaterThan(0);
    expect(out[at + 1]).toMatch(/^line\s+reason\s+text$/);
    expect(out.slice(at + 3).map((l) => l.split(/\s{2,}/))).toEqual([
      ['1', 'navigation', 'Skip to content'],
      ['3', 'share', 'Share'],
      ['7', 'advertisement', 'Advertisement'],
    ]);
    expect(run.out).not.toContain('Iran met Iraq');
  });

  it('does not code a sports sentence, and show --sentences says which discard kept it', async () => {
    const sportsDb = join(root, 'sports.db');
    const file = join(dir, 'sports.txt');
    writeFileSync(
      file,
      'Russia condemned Ukraine on Sunday.\n\nRussia beat the United States 3-1 in the final.',
    );
    expect((await parley('ingest', file, '--db', sportsDb)).code).toBe(0);
    const events = jsonLines((await parley('events', '--db', sportsDb)).out);
    expect(events.map((e) => `${String(e.cameo)} ${String(e.sentence)}`)).toEqual([
      '111 Russia condemned Ukraine on Sunday.',
    ]);
    const show = lines((await parley('show', file, '--sentences', '--db', sportsDb)).out);
    expect(show.find((l) => l.includes('3-1'))).toMatch(
      /\[discarded: data\/discards\.txt:\d+ beat \* <score>\]$/,
    );
  });

  it('show finds an article by id prefix and prints its text', async () => {
    const page = (await articles(db)).find((a) => a.origin.endsWith('page.txt'));
    const run = await parley('show', (page?.id ?? '').slice(0, 6), '--db', db);
    expect(run.code).toBe(0);
    expect(run.out).toContain(`article    ${page?.id}`);
    expect(run.out).toContain('Iran met Iraq in Baghdad, and China criticized India.');
    expect(run.out).not.toContain('Skip to content');
  });
});

describe('usage errors and failures', () => {
  const missingDb = (): string => join(root, 'nowhere', 'none.db');
  const CASES: readonly (readonly [string, () => readonly string[], number, RegExp])[] = [
    [
      'an unknown command',
      () => ['frobnicate'],
      2,
      /^parley: unknown command "frobnicate"\n\nParley: /,
    ],
    [
      'events on a missing database',
      () => ['events', '--db', missingDb()],
      2,
      /none\.db: no database here yet; run "parley ingest" or "parley demo" first/,
    ],
    [
      'summary on a missing database',
      () => ['summary', '--db', missingDb()],
      2,
      /no database here yet/,
    ],
    [
      'show on a missing database',
      () => ['show', 'abcd', '--db', missingDb()],
      2,
      /no database here yet/,
    ],
    [
      'ingest without inputs',
      () => ['ingest', '--db', missingDb()],
      2,
      /^parley: parley ingest: no input given \(files, directories, globs or -\)\n$/,
    ],
    [
      'ingest --published with no such day',
      () => ['ingest', root, '--published', '2016-13-45', '--db', missingDb()],
      2,
      /^parley: invalid --published date "2016-13-45" \(no such day\)\n$/,
    ],
    [
      'ingest --format of no known kind',
      () => ['ingest', root, '--format', 'pdf', '--db', missingDb()],
      2,
      /invalid --format "pdf"/,
    ],
    [
      'ingest --max-file-mb 0',
      () => ['ingest', root, '--max-file-mb', '0', '--db', missingDb()],
      2,
      /invalid --max-file-mb "0"/,
    ],
    [
      'ingest --url with two inputs',
      () => ['ingest', root, root, '--url', 'https://example.org/x', '--db', missingDb()],
      2,
      /--url names one article/,
    ],
    ['code without a sentence', () => ['code'], 2, /give a sentence or --jsonl FILE\|-/],
    [
      'code --date with no such day',
      () => ['code', 'Iran met Iraq.', '--date', '2016-02-30'],
      2,
      /invalid --date "2016-02-30" \(no such day\)/,
    ],
    [
      'code --jsonl on a missing file',
      () => ['code', '--jsonl', join(root, 'none.jsonl')],
      2,
      /none\.jsonl: cannot read: ENOENT/,
    ],
  ];
  it.each(CASES)('%s', async (_name, argv, code, message) => {
    const run = await parley(...argv());
    expect(run.code).toBe(code);
    expect(run.err).toMatch(message);
    expect(existsSync(missingDb())).toBe(false);
  });

  it('ingest of a path that does not exist fails that input, exit 1', async () => {
    const db = join(root, 'missing-input.db');
    const run = await parley('ingest', join(root, 'no-such.txt'), '--db', db);
    expect(run.code).toBe(1);
    expect(lines(run.err)).toEqual([
      `parley: ${join(root, 'no-such.txt')}: no such file or directory`,
    ]);
    expect(run.out).toMatch(/ingest: 0 articles .* 1 failed/);
  });

  const HELP: readonly (readonly [readonly string[], string])[] = [
    [[], 'usage: parley <command> [options]'],
    [['help'], 'usage: parley <command> [options]'],
    [['help', 'ingest'], '--max-file-mb N'],
    [['events', '--help'], '--actor CODE'],
  ];
  it.each(HELP)('help %j', async (argv, text) => {
    const run = await parley(...argv);
    expect(run.code).toBe(0);
    expect(run.out).toContain(text);
    expect(run.err).toBe('');
  });
});
