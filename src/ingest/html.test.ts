import { describe, expect, it } from 'vitest';
import { ParleyError } from '../errors.js';
import { extractHtml } from './html.js';
import type { HtmlExtract } from './html.js';

const paragraphs = (n: number): string =>
  Array.from(
    { length: n },
    (_, k) =>
      `<p>Paragraph ${k + 1}: Russia and Turkey agreed on a ceasefire in northern Syria after long talks in Sochi, officials said.</p>`,
  ).join('\n');

const page = (head: string, body: string): string =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('extractHtml: the article and the page metadata', () => {
  const CASES: readonly (readonly [string, string, Partial<HtmlExtract>])[] = [
    [
      'a full page: og title and site name, canonical URL, article:published_time',
      page(
        '<title>Ceasefire agreed | Levant Wire</title><meta property="og:title" content="Ceasefire agreed">' +
          '<meta property="og:site_name" content="Levant Wire"><link rel="canonical" href="https://example.org/a">' +
          '<meta property="article:published_time" content="2016-02-12T10:00:00Z">',
        '<nav><a href="/">Home</a> <a href="/world">World</a></nav>' +
          `<article><h1>Ceasefire agreed</h1>${paragraphs(6)}` +
          '<figure><img src="x.jpg"><figcaption>Ministers in Munich.</figcaption></figure></article>' +
          '<footer><p>© 2016 Levant Wire</p></footer>',
      ),
      {
        title: 'Ceasefire agreed',
        outlet: 'Levant Wire',
        url: 'https://example.org/a',
        published: '2016-02-12T10:00:00Z',
      },
    ],
    [
      'the <title> when there is no og:title; og:url when there is no canonical link',
      page(
        '<title> Plain title </title><meta property="og:url" content="https://example.org/b">',
        '<p>Russia met Turkey.</p>',
      ),
      { lines: ['Russia met Turkey.'], title: 'Plain title', url: 'https://example.org/b' },
    ],
    [
      'no title anywhere is null, not ""',
      page('', '<p>Russia met Turkey.</p>'),
      { title: null, outlet: null, url: null, published: null },
    ],
    [
      'published from <meta name="date">',
      page('<meta name="date" content="2018-06-12">', '<p>Text here.</p>'),
      { published: '2018-06-12' },
    ],
    [
      'published from JSON-LD',
      page(
        '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-10-09T08:00:00+03:00"}</script>',
        '<p>Text here.</p>',
      ),
      { published: '2019-10-09T08:00:00+03:00' },
    ],
    [
      'published from a <time datetime> inside the article',
      page(
        '',
        '<article><time datetime="2020-09-15T19:30:00-04:00">15 Sep</time><p>Text here.</p></article>',
      ),
      { published: '2020-09-15T19:30:00-04:00' },
    ],
    [
      'the innermost block carries the text, white space collapsed',
      page('', '<ul><li><p>Nested   item\n text</p></li></ul><blockquote>A   quote</blockquote>'),
      { lines: ['Nested item text', 'A quote'] },
    ],
    [
      'a body without blocks gives its text lines',
      page('', 'Line one\n\nLine two'),
      { lines: ['Line one', 'Line two'] },
    ],
    [
      'a fragment without <html> or <body> (a JSONL "html" field)',
      '<div class="story"><p>Russia met Turkey.</p><p>Iran met Iraq.</p></div>',
      { lines: ['Russia met Turkey.', 'Iran met Iraq.'], title: null },
    ],
    [
      'a page without <html> and <body> tags keeps its metadata',
      '<!doctype html><title>No html tag</title><meta property="og:site_name" content="W"><p>Russia met Turkey.</p>',
      { lines: ['Russia met Turkey.'], title: 'No html tag', outlet: 'W' },
    ],
  ];
  it.each(CASES)('%s', (_name, html, expected) => {
    expect(extractHtml(html)).toMatchObject(expected);
  });

  it('reads the paragraphs of the article, not the page furniture', () => {
    const { lines } = extractHtml(CASES[0]![1]);
    expect(lines).toContain('Ministers in Munich.');
    expect(lines.filter((l) => l.startsWith('Paragraph '))).toHaveLength(6);
    expect(lines).not.toContain('© 2016 Levant Wire');
    expect(lines.some((l) => l.includes('Home'))).toBe(false);
  });
});

describe('extractHtml refuses pages with nothing to read', () => {
  const CASES: readonly (readonly [string, string, string])[] = [
    ['no markup at all', 'just some text', 'no HTML markup found'],
    ['an empty body', page('<title>Nothing</title>', ''), 'no article text found in the HTML'],
    [
      'only scripts and empty blocks',
      page('<title>Nothing</title>', '<script>var a = 1;</script><div> </div><p>  </p>'),
      'no article text found in the HTML',
    ],
  ];
  it.each(CASES)('%s', (_name, html, message) => {
    expect(() => extractHtml(html)).toThrow(ParleyError);
    expect(() => extractHtml(html)).toThrow(message);
  });
});
