import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandInputs, formatOfName, sniffFormat } from './sources.js';
import type { Expansion } from './sources.js';
import type { InputFormat } from './types.js';

describe('formatOfName', () => {
  const CASES: readonly (readonly [string, InputFormat | null])[] = [
    ['story.txt', 'txt'],
    ['story.text', 'txt'],
    ['PAGE.HTML', 'html'],
    ['page.htm', 'html'],
    ['page.xhtml', 'html'],
    ['wire.jsonl', 'jsonl'],
    ['wire.ndjson', 'jsonl'],
    ['records.xml', 'xml'],
    ['archive/2016/02/story.txt', 'txt'],
    ['data.json', null],
    ['notes.md', null],
    ['README', null],
    ['v1.2/README', null],
    ['story.txt.gz', null],
  ];
  it.each(CASES)('%s → %s', (name, expected) => {
    expect(formatOfName(name)).toBe(expected);
  });
});

describe('sniffFormat', () => {
  const CASES: readonly (readonly [string, string, InputFormat])[] = [
    ['a JSON object', '{"text": "Kerry met Lavrov."}', 'jsonl'],
    ['a JSON object after white space', '\n  \n{"text": "x"}', 'jsonl'],
    ['an XML declaration', '<?xml version="1.0"?><Sentences/>', 'xml'],
    ['a PETRARCH root', '<Sentences>\n<Sentence id="a">', 'xml'],
    ['a PETRARCH validation root', '<Validation>', 'xml'],
    ['a doctype', '<!DOCTYPE html><html>', 'html'],
    ['a fragment', '<div><p>Kerry met Lavrov.</p></div>', 'html'],
    ['plain text', 'Skip to content\n\nKerry met Lavrov.', 'txt'],
    ['text mentioning markup later', 'Kerry wrote <b>bold</b> words.', 'txt'],
    ['nothing', '', 'txt'],
  ];
  it.each(CASES)('%s → %s', (_name, text, expected) => {
    expect(sniffFormat(text)).toBe(expected);
  });
});

describe('expandInputs', () => {
  let root: string;
  const FILES = [
    'news/a.txt',
    'news/b.html',
    'news/notes.md',
    'news/.hidden.txt',
    'news/odd.data',
    'news/sub/c.jsonl',
    'news/sub/deep/d.xml',
    'news/.git/e.txt',
  ];

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'parley-sources-'));
    for (const f of FILES) {
      mkdirSync(dirname(join(root, f)), { recursive: true });
      writeFileSync(join(root, f), 'x');
    }
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  /** The expansion with paths shown relative to the temp root. */
  const expand = (
    ...args: string[]
  ): {
    files: string[];
    stdin: number;
    missing: Expansion['missing'];
    skipped: string[];
  } => {
    const e = expandInputs(args, root);
    return {
      files: e.items.flatMap((i) => (i.kind === 'file' ? [i.display] : [])),
      stdin: e.items.filter((i) => i.kind === 'stdin').length,
      missing: e.missing,
      skipped: e.skipped,
    };
  };

  const CASES: readonly (readonly [readonly string[], readonly string[], readonly string[]])[] = [
    // args → files (in order), skipped
    [
      ['news'],
      ['news/a.txt', 'news/b.html', 'news/sub/c.jsonl', 'news/sub/deep/d.xml'],
      ['news/notes.md', 'news/odd.data'],
    ],
    [['news/sub'], ['news/sub/c.jsonl', 'news/sub/deep/d.xml'], []],
    [['news/odd.data'], ['news/odd.data'], []],
    [['news/.hidden.txt'], ['news/.hidden.txt'], []],
    [['news/*.txt'], ['news/a.txt'], []],
    [['news/?.html'], ['news/b.html'], []],
    [['news/**/*.xml'], ['news/sub/deep/d.xml'], []],
    [['news/sub/*'], ['news/sub/c.jsonl'], []],
    [
      ['news/**'],
      ['news/a.txt', 'news/b.html', 'news/sub/c.jsonl', 'news/sub/deep/d.xml'],
      ['news/notes.md', 'news/odd.data'],
    ],
    [['news/*'], ['news/a.txt', 'news/b.html'], ['news/notes.md', 'news/odd.data']],
    [
      ['news/a.txt', 'news', './news/a.txt'],
      ['news/a.txt', 'news/b.html', 'news/sub/c.jsonl', 'news/sub/deep/d.xml'],
      ['news/notes.md', 'news/odd.data'],
    ],
  ];
  it.each(CASES)('%j', (args, files, skipped) => {
    const e = expand(...args);
    expect(e.files).toEqual(files);
    expect(e.skipped).toEqual(skipped);
    expect(e.missing).toEqual([]);
  });

  it('reports arguments that match nothing, and goes on', () => {
    const e = expand('gone.txt', 'news/*.pdf', 'nowhere/*.txt', 'news/a.txt');
    expect(e.files).toEqual(['news/a.txt']);
    expect(e.missing).toEqual([
      { origin: 'gone.txt', reason: 'no such file or directory' },
      { origin: 'news/*.pdf', reason: 'no file matches this pattern' },
      { origin: 'nowhere/*.txt', reason: expect.stringMatching(/^cannot list "nowhere\/": /) },
    ]);
  });

  it('reads - as standard input', () => {
    expect(expand('-', 'news/a.txt')).toMatchObject({ files: ['news/a.txt'], stdin: 1 });
  });

  it('shows files outside the working folder by their absolute path', () => {
    const e = expandInputs([join(root, 'news/a.txt')], join(root, 'news/sub'));
    expect(e.items).toEqual([
      { kind: 'file', path: join(root, 'news/a.txt'), display: join(root, 'news/a.txt') },
    ]);
  });
});
