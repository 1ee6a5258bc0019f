import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ParleyError } from '../errors.js';
import { fromJsonlLine, readInput } from './read.js';
import type { ReadOptions } from './read.js';
import type { RawArticle, ReadResult } from './types.js';

const OPTIONS: ReadOptions = {
  explicit: {},
  maxFileBytes: 64 * 1024,
  maxLineBytes: 4 * 1024,
  format: null,
};

const NEWS = 'Kerry met Lavrov in Munich on Thursday.\n\nThe talks lasted three hours.';
const NEWS_TEXT = 'Kerry met Lavrov in Munich on Thursday.\nThe talks lasted three hours.';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parley-read-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `content` to a file in the temp folder and reads it; results shown by display name. */
async function read(
  name: string,
  content: string | Uint8Array,
  options: Partial<ReadOptions> = {},
): Promise<ReadResult[]> {
  const path = join(dir, name);
  writeFileSync(path, content);
  const out: ReadResult[] = [];
  for await (const r of readInput(
    { kind: 'file', path, display: name },
    { ...OPTIONS, ...options },
  ))
    out.push(r);
  return out;
}

/** The single article of a read, failing the test when there is anything else. */
async function readOne(
  name: string,
  content: string | Uint8Array,
  options: Partial<ReadOptions> = {},
): Promise<RawArticle> {
  const results = await read(name, content, options);
  expect(results.map((r) => ('failure' in r ? r.failure : 'article'))).toEqual(['article']);
  return (results[0] as { article: RawArticle }).article;
}

/** Articles as origin + text, failures as origin + reason: one string per result. */
const brief = (results: readonly ReadResult[]): string[] =>
  results.map((r) =>
    'failure' in r
      ? `FAIL ${r.failure.origin}: ${r.failure.reason}`
      : `${r.article.origin} [${r.article.key.replace(dir, '<dir>')}] ${r.article.text}`,
  );

describe('readInput: documents', () => {
  it('reads a text file: key is the path, origin the display name', async () => {
    const a = await readOne('story.txt', NEWS);
    expect(a).toMatchObject({
      key: join(dir, 'story.txt'),
      origin: 'story.txt',
      format: 'txt',
      title: null,
      outlet: null,
      url: null,
      published: null,
      publishedSource: null,
      text: NEWS_TEXT,
      removed: [],
    });
    expect(a.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads the headline and the date line of a scraped page', async () => {
    const a = await readOne(
      'dated.txt',
      `Top diplomats meet in Munich\n\nFebruary 11, 2016\n\nSkip to content\n\n${NEWS}`,
    );
    expect(a).toMatchObject({
      title: 'Top diplomats meet in Munich',
      published: '2016-02-11',
      publishedSource: 'dateline',
      text: NEWS_TEXT,
    });
    expect(a.removed.map((r) => [r.line, r.reason])).toEqual([
      [1, 'title'],
      [3, 'date'],
      [5, 'navigation'],
    ]);
  });

  const EXPLICIT: readonly (readonly [string, ReadOptions['explicit'], Partial<RawArticle>])[] = [
    [
      'the --published flag wins over the date line',
      { published: '2016-02-12' },
      { published: '2016-02-12', publishedSource: 'flag' },
    ],
    [
      '--url is the identity',
      { url: 'https://example.org/s' },
      { key: 'https://example.org/s', url: 'https://example.org/s', published: '2016-02-11' },
    ],
    ['--outlet', { outlet: 'DW' }, { outlet: 'DW', publishedSource: 'dateline' }],
  ];
  it.each(EXPLICIT)('%s', async (_name, explicit, expected) => {
    const a = await readOne('flags.txt', `Headline here\n\nFebruary 11, 2016\n\n${NEWS}`, {
      explicit,
    });
    expect(a).toMatchObject(expected);
  });

  it('hashes the content and the metadata given on the command line', async () => {
    const plain = await readOne('h1.txt', NEWS);
    const again = await readOne('h2.txt', NEWS);
    const dated = await readOne('h1.txt', NEWS, { explicit: { published: '2016-02-11' } });
    const edited = await readOne('h1.txt', `${NEWS} Then they left.`);
    expect(again.contentHash).toBe(plain.contentHash);
    expect(dated.contentHash).not.toBe(plain.contentHash);
    expect(edited.contentHash).not.toBe(plain.contentHash);
  });

  it('reads an HTML page: metadata, canonical URL as identity', async () => {
    const a = await readOne(
      'page.html',
      '<!doctype html><html><head><meta charset="utf-8"><title>Truce | W</title>' +
        '<meta property="og:site_name" content="Levant Wire"><link rel="canonical" href="https://example.org/truce">' +
        '<meta property="article:published_time" content="2016-02-12T01:30:00+03:00"></head>' +
        '<body><p>Kerry met Lavrov in Munich on Thursday.</p><p>The talks lasted three hours.</p></body></html>',
    );
    expect(a).toMatchObject({
      key: 'https://example.org/truce',
      origin: 'page.html',
      format: 'html',
      title: 'Truce | W',
      outlet: 'Levant Wire',
      url: 'https://example.org/truce',
      published: '2016-02-12',
      publishedSource: 'meta',
      text: NEWS_TEXT,
    });
  });

  it('decodes an HTML page in the charset it declares', async () => {
    const html = Buffer.concat([
      Buffer.from(
        '<html><head><meta charset="windows-1252"></head><body><p>Kerry met Lavrov in a caf',
      ),
      Buffer.from([0xe9]),
      Buffer.from(' in Munich.</p></body></html>'),
    ]);
    expect((await readOne('latin.html', html)).text).toBe('Kerry met Lavrov in a café in Munich.');
  });

  it('reads a UTF-16 text file with a BOM', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(NEWS, 'utf16le')]);
    expect((await readOne('wide.txt', bytes)).text).toBe(NEWS_TEXT);
  });

  it('reads one article per PETRARCH sentence; a bad date fails that sentence only', async () => {
    const xml = [
      '<Sentences>',
      '<Sentence date="20160211" id="S-1" source="wire">',
      '<Text>Kerry   met Lavrov.</Text>',
      '</Sentence>',
      '<Sentence date="20161345" id="S-2"><Text>Iran met Iraq.</Text></Sentence>',
      '<Sentence date="20160212" id="S-3"><Text>Russia met Turkey.</Text></Sentence>',
      '</Sentences>',
    ].join('\n');
    const results = await read('p.xml', xml);
    expect(brief(results)).toEqual([
      'p.xml:2 [<dir>/p.xml#S-1] Kerry met Lavrov.',
      'FAIL p.xml:5: invalid date attribute "20161345" (no such day)',
      'p.xml:6 [<dir>/p.xml#S-3] Russia met Turkey.',
    ]);
    expect((results[0] as { article: RawArticle }).article).toMatchObject({
      format: 'xml',
      title: 'S-1',
      outlet: 'wire',
      published: '2016-02-11',
      publishedSource: 'record',
      removed: [],
    });
  });

  it('keeps PETRARCH sentences with the same text but another id or date apart', async () => {
    const xml = [
      '<Sentences>',
      '<Sentence id="a" date="20160211"><Text>Russia bombed Aleppo.</Text></Sentence>',
      '<Sentence id="b" date="20160215"><Text>Russia bombed Aleppo.</Text></Sentence>',
      '</Sentences>',
    ].join('\n');
    const articles = (await read('repeat.xml', xml)).flatMap((r) =>
      'article' in r ? [r.article] : [],
    );
    expect(articles.map((a) => a.published)).toEqual(['2016-02-11', '2016-02-15']);
    expect(articles[0]?.contentHash).not.toBe(articles[1]?.contentHash);
  });

  it('reads a file of any name by its content', async () => {
    const CASES = [
      ['sniff-a.data', '{"id": "a", "text": "Iran met Iraq."}\n', 'jsonl'],
      ['sniff-b.data', '<html><body><p>Iran met Iraq.</p></body></html>', 'html'],
      [
        'sniff-c.data',
        '<?xml version="1.0"?><Sentences><Sentence id="a" date="20160211"><Text>Iran met Iraq.</Text></Sentence></Sentences>',
        'xml',
      ],
      ['sniff-d', 'Iran met Iraq.', 'txt'],
    ] as const;
    for (const [name, content, format] of CASES) {
      const a = await readOne(name, content);
      expect([name, a.format, a.text]).toEqual([name, format, 'Iran met Iraq.']);
    }
  });

  it('a forced format wins over the extension', async () => {
    expect((await readOne('forced.html', NEWS, { format: 'txt' })).format).toBe('txt');
  });
});

describe('readInput: one failure per bad input, naming it', () => {
  const CASES: readonly (readonly [string, string | Uint8Array, RegExp])[] = [
    ['empty.txt', '', /^empty file$/],
    ['blank.txt', '\n \n\t\n', /^empty file \(only white space\)$/],
    ['binary.txt', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]), /binary file/],
    [
      'latin1.txt',
      Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9, 0x0a])]),
      /^not valid UTF-8 \(byte 0xe9 at offset 3\)/,
    ],
    [
      'empty.html',
      '<html><head><title>x</title></head><body></body></html>',
      /^no article text found in the HTML$/,
    ],
    [
      'bad-date.html',
      '<html><head><meta name="date" content="2016-13-45"></head><body><p>Iran met Iraq.</p></body></html>',
      /^invalid published time in the page metadata "2016-13-45" \(no such day\)$/,
    ],
    ['rss.xml', '<?xml version="1.0"?><rss><item>x</item></rss>', /not a PETRARCH-style XML file/],
    ['empty.jsonl', '', /^empty file$/],
    ['blank.jsonl', '\n   \n\n', /^empty file$/],
  ];
  it.each(CASES)('%s', async (name, content, reason) => {
    const results = await read(name, content);
    expect(results).toEqual([{ failure: { origin: name, reason: expect.stringMatching(reason) } }]);
  });

  it('names the line of a malformed XML sentence once, in the origin', async () => {
    const results = await read(
      'unclosed.xml',
      '<Sentences>\n<Sentence date="20160211" id="a">\n<Text>x</Text>\n</Sentences>',
    );
    expect(results).toEqual([
      { failure: { origin: 'unclosed.xml:2', reason: '<Sentence> is not closed' } },
    ]);
  });

  it('a document over the size limit', async () => {
    const results = await read('big.txt', `${NEWS}\n\n${'x'.repeat(200)}`, { maxFileBytes: 100 });
    expect(brief(results)).toEqual([
      `FAIL big.txt: file is ${NEWS.length + 202} bytes, over the 100-byte limit (--max-file-mb)`,
    ]);
  });

  it('a folder or a missing file', async () => {
    mkdirSync(join(dir, 'folder.txt'));
    const CASES = [
      [join(dir, 'folder.txt'), /^not a regular file$/],
      [join(dir, 'gone.txt'), /no such file or directory/],
    ] as const;
    for (const [path, reason] of CASES) {
      const out: ReadResult[] = [];
      for await (const r of readInput({ kind: 'file', path, display: 'x' }, OPTIONS)) out.push(r);
      expect(out).toEqual([{ failure: { origin: 'x', reason: expect.stringMatching(reason) } }]);
    }
  });
});

describe('readInput: JSON lines', () => {
  it('reads good lines and reports bad ones by line number', async () => {
    const lines = [
      '{"id": "a", "title": "T", "outlet": "W", "published": "2016-02-11T23:30:00+03:00", "text": "Kerry met Lavrov."}',
      '',
      '{"text": "unterminated',
      '{"url": "https://example.org/x", "text": "Iran met Iraq."}',
      '{"text": "Russia met Turkey."}',
      '[1, 2]',
      '{"html": "<div><p>Turkey met Iran.</p></div>", "published": "20160212"}',
      '{"id": 7, "text": "China met India."}',
    ];
    const results = await read('w.jsonl', `${lines.join('\r\n')}\r\n`);
    expect(brief(results)).toEqual([
      'w.jsonl:1 [<dir>/w.jsonl#a] Kerry met Lavrov.',
      expect.stringMatching(/^FAIL w\.jsonl:3: malformed JSON \(.+\)$/),
      'w.jsonl:4 [https://example.org/x] Iran met Iraq.',
      'w.jsonl:5 [w.jsonl:5] Russia met Turkey.',
      'FAIL w.jsonl:6: expected a JSON object per line',
      'w.jsonl:7 [w.jsonl:7] Turkey met Iran.',
      'w.jsonl:8 [<dir>/w.jsonl#7] China met India.',
    ]);
    expect((results[0] as { article: RawArticle }).article).toMatchObject({
      format: 'jsonl',
      title: 'T',
      outlet: 'W',
      published: '2016-02-11',
      publishedSource: 'record',
    });
    expect((results[5] as { article: RawArticle }).article).toMatchObject({
      format: 'jsonl',
      published: '2016-02-12',
    });
  });

  it('fails a line over the line limit and reads on', async () => {
    const long = `{"text": "${'Iran met Iraq. '.repeat(20)}"}`;
    const results = await read('long.jsonl', `${long}\n{"text": "Russia met Turkey."}\n`, {
      maxLineBytes: 100,
    });
    expect(brief(results)).toEqual([
      'FAIL long.jsonl:1: line longer than the 100-byte limit (--max-line-mb)',
      'long.jsonl:2 [long.jsonl:2] Russia met Turkey.',
    ]);
  });

  it('streams a JSONL file larger than the document limit', async () => {
    const line = '{"text": "Russia met Turkey."}\n';
    const results = await read('many.jsonl', line.repeat(10), { maxFileBytes: line.length });
    expect(results.filter((r) => 'article' in r)).toHaveLength(10);
  });

  it('fails a JSONL line whose bytes are not UTF-8, and reads the others', async () => {
    const bytes = Buffer.concat([
      Buffer.from('{"text": "Iran met Iraq."}\n{"text": "caf'),
      Buffer.from([0xe9]),
      Buffer.from(' talks"}\n{"text": "China met India."}\n'),
    ]);
    const results = await read('latin.jsonl', bytes);
    expect(results.map((r) => ('failure' in r ? r.failure : r.article.text))).toEqual([
      'Iran met Iraq.',
      {
        origin: 'latin.jsonl:2',
        reason: 'not valid UTF-8 (byte 0xe9 at offset 13); convert it to UTF-8',
      },
      'China met India.',
    ]);
  });

  it('fails a binary file named .jsonl once, not once per line', async () => {
    const results = await read(
      'binary.jsonl',
      Buffer.from([0x7b, 0x00, 0x01, 0x0a, 0x00, 0x0a, 0x02]),
    );
    expect(results).toEqual([
      { failure: { origin: 'binary.jsonl', reason: 'binary file (contains NUL bytes), not text' } },
    ]);
  });
});

describe('fromJsonlLine', () => {
  const at = (line: string, explicit: ReadOptions['explicit'] = {}): RawArticle =>
    fromJsonlLine(line, 'feed.jsonl', 'feed.jsonl:3', { ...OPTIONS, explicit });

  const KEYS: readonly (readonly [string, string])[] = [
    ['{"url": "https://example.org/a", "id": "x", "text": "t"}', 'https://example.org/a'],
    ['{"id": "x", "text": "t"}', 'feed.jsonl#x'],
    ['{"id": 12, "text": "t"}', 'feed.jsonl#12'],
    ['{"text": "t"}', 'feed.jsonl:3'],
    ['{"text": "t", "extra": true}', 'feed.jsonl:3'],
  ];
  it.each(KEYS)('identity of %s is %s', (line, key) => {
    expect(at(line).key).toBe(key);
  });

  it('the flags win over the record', () => {
    const a = at(
      '{"id": "x", "url": "https://example.org/a", "outlet": "W", "published": "2016-02-11", "text": "t"}',
      { published: '2017-01-01', outlet: 'DW', url: 'https://example.org/b' },
    );
    expect(a).toMatchObject({
      key: 'https://example.org/b',
      url: 'https://example.org/b',
      outlet: 'DW',
      published: '2017-01-01',
      publishedSource: 'flag',
    });
  });

  it('takes the date from the page metadata of an "html" record without "published"', () => {
    const a = at(
      '{"html": "<html><head><meta name=\\"date\\" content=\\"2018-06-12\\"></head><body><p>Kim met Trump.</p></body></html>"}',
    );
    expect(a).toMatchObject({
      published: '2018-06-12',
      publishedSource: 'record',
      text: 'Kim met Trump.',
    });
  });

  const BAD: readonly (readonly [string, string])[] = [
    ['{"text": "x"', 'malformed JSON'],
    ['"just a string"', 'expected a JSON object per line'],
    ['null', 'expected a JSON object per line'],
    ['[{"text": "x"}]', 'expected a JSON object per line'],
    ['{"body": "x", "headline": "y"}', 'no "text" or "html" field (found "body", "headline")'],
    ['{"id": "a", "title": "t"}', 'no "text" or "html" field'],
    ['{"text": null}', 'no "text" or "html" field'],
    ['{"text": "   "}', 'empty "text"/"html" field'],
    ['{"text": ["a", "b"]}', 'field "text" must be a string, found an array'],
    ['{"text": "x", "title": {"en": "t"}}', 'field "title" must be a string, found object'],
    [
      '{"text": "x", "published": "2016-13-45"}',
      'invalid "published" value "2016-13-45" (no such day)',
    ],
    ['{"text": "x", "published": "yesterday"}', 'invalid "published" value "yesterday"'],
    ['{"html": "no markup here"}', 'no HTML markup found'],
  ];
  it.each(BAD)('%s → %s', (line, message) => {
    expect(() => at(line)).toThrow(ParleyError);
    expect(() => at(line)).toThrow(message);
  });
});
