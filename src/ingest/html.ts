import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { ParleyError } from '../errors.js';

/** What an HTML page yields before cleaning: body lines and the page's own metadata. */
export interface HtmlExtract {
  readonly lines: string[];
  readonly title: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
  /** The raw published value from the page's metadata, not yet validated. */
  readonly published: string | null;
}

type Doc = ReturnType<typeof parseHTML>['document'];

function meta(doc: Doc, selectors: readonly string[]): string | null {
  for (const sel of selectors) {
    const el = doc.querySelector(sel);
    const v =
      el?.getAttribute('content') ?? el?.getAttribute('datetime') ?? el?.getAttribute('href');
    if (v && v.trim() !== '') return v.trim();
  }
  return null;
}

/** `datePublished` from JSON-LD blocks (schema.org NewsArticle), if any. */
function jsonLdPublished(doc: Doc): string | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(script.textContent ?? '');
    if (m?.[1]) return m[1];
  }
  return null;
}

const PUBLISHED_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dcterms.date"]',
  'meta[property="og:published_time"]',
] as const;

const PAGE_FURNITURE =
  'script, style, noscript, template, nav, header, footer, aside, form, iframe, svg';

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, pre, td';

/** Text of the block elements of an HTML fragment, one line each. */
function blockLines(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const lines: string[] = [];
  for (const el of document.querySelectorAll(BLOCKS)) {
    if (el.querySelector(BLOCKS)) continue; // the innermost block carries the text
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text !== '') lines.push(text);
  }
  if (lines.length === 0) {
    const text = (document.body?.textContent ?? '').trim();
    for (const line of text.split(/\n+/)) if (line.trim() !== '') lines.push(line.trim());
  }
  return lines;
}

/**
 * The article of an HTML page (Readability over linkedom) and its metadata: title,
 * outlet (og:site_name…), canonical URL and published time (article meta, JSON-LD, or a
 * `<time datetime>` inside the article).
 */
export function extractHtml(html: string): HtmlExtract {
  if (!/<[a-z!][^>]*>/i.test(html)) throw new ParleyError('no HTML markup found');
  if (!/<(?:html|body)[\s>]/i.test(html)) html = `<html><body>${html}</body></html>`;
  const { document } = parseHTML(html);
  const title =
    meta(document, ['meta[property="og:title"]', 'meta[name="twitter:title"]']) ??
    (document.querySelector('title')?.textContent?.trim() || null);
  const outlet = meta(document, [
    'meta[property="og:site_name"]',
    'meta[name="application-name"]',
    'meta[name="publisher"]',
  ]);
  const url = meta(document, ['link[rel="canonical"]', 'meta[property="og:url"]']);
  const timeInArticle = document.querySelector('article time[datetime], time[pubdate][datetime]');
  const published =
    meta(document, PUBLISHED_SELECTORS) ??
    jsonLdPublished(document) ??
    timeInArticle?.getAttribute('datetime') ??
    null;
  // Readability modifies the document it reads: give it its own parse.
  const readable = parseHTML(html).document;
  const parsed = new Readability(
    readable as unknown as ConstructorParameters<typeof Readability>[0],
  ).parse();
  let lines = parsed?.content ? blockLines(parsed.content) : [];
  if (lines.length === 0) {
    // Short pages and fragments fall below Readability's length threshold: read the
    // body without page furniture, and leave the rest to the line cleaner.
    for (const el of document.querySelectorAll(PAGE_FURNITURE)) el.remove();
    lines = blockLines(document.body?.innerHTML ?? '');
  }
  if (lines.length === 0) throw new ParleyError('no article text found in the HTML');
  return {
    lines,
    title: title ?? (parsed?.title || null),
    outlet: outlet ?? parsed?.siteName ?? null,
    url,
    published: published ?? parsed?.publishedTime ?? null,
  };
}
