import { parseJsonObject } from '../data/index.js';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { errorMessage, ParleyError } from '../errors.js';
import { assembleArticle } from './article.js';
import { declaredCharset, decodeText, decodeUtf8, refuseBinary } from './decode.js';
import { byteLines } from './lines.js';
import { extractHtml } from './html.js';
import { parsePetrarchXml } from './petrarch-xml.js';
import { normalizePublished } from './published.js';
import { formatOfName, sniffFormat } from './sources.js';
import type { InputItem } from './sources.js';
import type { ExplicitMeta, InputFormat, RawArticle, ReadResult } from './types.js';

/** Limits and metadata for reading, validated once by the caller. */
export interface ReadOptions {
  readonly explicit: ExplicitMeta;
  /** Largest single document (txt, html, xml) in bytes. */
  readonly maxFileBytes: number;
  /** Largest JSONL line in bytes; JSONL files themselves are streamed and have no limit. */
  readonly maxLineBytes: number;
  /** Force a format (for stdin or odd extensions); otherwise by extension, else by content. */
  readonly format: InputFormat | null;
}

/**
 * Read options with the size limits of a configuration (`Config` carries them), no
 * metadata given on the command line and the format found per input, unless `more` says.
 */
export function readOptions(
  limits: { readonly maxFileBytes: number; readonly maxLineBytes: number },
  more: Partial<Pick<ReadOptions, 'explicit' | 'format'>> = {},
): ReadOptions {
  return {
    explicit: more.explicit ?? {},
    format: more.format ?? null,
    maxFileBytes: limits.maxFileBytes,
    maxLineBytes: limits.maxLineBytes,
  };
}

/** A failure for `origin`, or for the more precise place the error names (`file:line`). */
function fail(origin: string, error: unknown): ReadResult {
  if (error instanceof ParleyError && error.where) {
    return { failure: { origin: error.where, reason: error.detail } };
  }
  return { failure: { origin, reason: errorMessage(error) } };
}

function fromText(text: string, key: string, origin: string, o: ReadOptions): RawArticle {
  return assembleArticle(
    {
      key,
      origin,
      format: 'txt',
      content: text,
      title: null,
      outlet: null,
      url: null,
      published: null,
      publishedRaw: null,
      body: text,
      clean: true,
    },
    o.explicit,
  );
}

function fromHtml(html: string, key: string, origin: string, o: ReadOptions): RawArticle {
  const page = extractHtml(html);
  let published: string | null = null;
  if (page.published)
    published = normalizePublished(page.published, 'published time in the page metadata');
  return assembleArticle(
    {
      key: page.url ?? key,
      origin,
      format: 'html',
      content: html,
      title: page.title,
      outlet: page.outlet,
      url: page.url,
      published,
      publishedRaw: page.published,
      body: page.lines.join('\n'),
      clean: true,
    },
    o.explicit,
  );
}

function fromXml(xml: string, key: string, origin: string, o: ReadOptions): ReadResult[] {
  return parsePetrarchXml(xml, origin).map((s) => {
    if (s instanceof ParleyError) return fail(origin, s);
    try {
      const article = assembleArticle(
        {
          key: `${key}#${s.id}`,
          origin: `${origin}:${s.line}`,
          format: 'xml',
          // Validation files repeat a sentence under other ids and dates: each is its own record.
          content: JSON.stringify([s.id, s.date, s.text]),
          title: s.id,
          outlet: s.source,
          url: null,
          published: normalizePublished(s.date, 'date attribute'),
          publishedRaw: s.date,
          body: s.text,
          clean: false,
        },
        o.explicit,
      );
      return { article };
    } catch (error) {
      return fail(`${origin}:${s.line}`, error);
    }
  });
}

const JSONL_FIELDS = new Set(['id', 'url', 'title', 'outlet', 'published', 'text', 'html']);

function optionalString(record: Record<string, unknown>, field: string): string | null {
  const v = record[field];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string' && typeof v !== 'number') {
    throw new ParleyError(
      `field "${field}" must be a string, found ${Array.isArray(v) ? 'an array' : typeof v}`,
    );
  }
  return String(v);
}

/** One JSONL line → article. Fields: id?, url?, title?, outlet?, published?, and text or html. */
export function fromJsonlLine(
  line: string,
  key: string,
  origin: string,
  o: ReadOptions,
  fallbackKey: string = origin,
): RawArticle {
  const record = parseJsonObject(line, 'expected a JSON object per line');
  const unknown = Object.keys(record).filter((f) => !JSONL_FIELDS.has(f));
  if (unknown.length > 0 && !('text' in record) && !('html' in record)) {
    throw new ParleyError(
      `no "text" or "html" field (found ${unknown.map((f) => `"${f}"`).join(', ')})`,
    );
  }
  const id = optionalString(record, 'id');
  const url = optionalString(record, 'url');
  const text = optionalString(record, 'text');
  const html = optionalString(record, 'html');
  if (text === null && html === null) throw new ParleyError('no "text" or "html" field');
  if ((text ?? html ?? '').trim() === '') throw new ParleyError('empty "text"/"html" field');
  const rawPublished = optionalString(record, 'published');
  const published = rawPublished ? normalizePublished(rawPublished, '"published" value') : null;
  const recordKey = url ?? (id !== null ? `${key}#${id}` : fallbackKey);
  const page = html !== null ? extractHtml(html) : null;
  return assembleArticle(
    {
      key: recordKey,
      origin,
      format: 'jsonl',
      content: line,
      title: optionalString(record, 'title') ?? page?.title ?? null,
      outlet: optionalString(record, 'outlet') ?? page?.outlet ?? null,
      url: url ?? page?.url ?? null,
      published:
        published ??
        (page?.published
          ? normalizePublished(page.published, 'published time in the page metadata')
          : null),
      publishedRaw: rawPublished ?? page?.published ?? null,
      body: page ? page.lines.join('\n') : (text ?? ''),
      clean: true,
    },
    o.explicit,
  );
}

/**
 * Streams a JSONL source: every line checked as strict UTF-8 and parsed on its own, so a
 * bad line fails alone (named `file:line`) and the rest are read. A file whose first
 * bytes are binary fails once as a whole.
 */
async function* readJsonl(
  stream: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
  key: string,
  origin: string,
  o: ReadOptions,
  positional = true,
): AsyncGenerator<ReadResult> {
  let any = false;
  let first = true;
  for await (const line of byteLines(stream, o.maxLineBytes)) {
    const where = `${origin}:${line.n}`;
    if ('tooLong' in line) {
      any = true;
      yield fail(
        where,
        new ParleyError(`line longer than the ${o.maxLineBytes}-byte limit (--max-line-mb)`),
      );
      continue;
    }
    if (first) {
      first = false;
      try {
        refuseBinary(line.bytes);
      } catch (error) {
        yield fail(origin, error);
        return;
      }
    }
    const bytes = line.bytes.length + 1;
    try {
      const text = decodeUtf8(line.bytes);
      if (text.trim() === '') continue;
      any = true;
      // A record without id or url is known by its place in a file, or on stdin by its content.
      const fallback = positional
        ? where
        : `stdin:${createHash('sha256').update(line.bytes).digest('hex').slice(0, 16)}`;
      yield { article: fromJsonlLine(text, key, where, o, fallback), bytes };
    } catch (error) {
      any = true;
      yield { ...fail(where, error), bytes };
    }
  }
  if (!any) yield fail(origin, new ParleyError('empty file'));
}

function fromDocument(
  text: string,
  format: InputFormat,
  key: string,
  origin: string,
  o: ReadOptions,
): ReadResult[] {
  if (format === 'html') return [{ article: fromHtml(text, key, origin, o) }];
  if (format === 'xml') return fromXml(text, key, origin, o);
  if (format === 'jsonl') throw new ParleyError('internal: JSONL is streamed');
  return [{ article: fromText(text, key, origin, o) }];
}

/**
 * Standard input: the first bytes decide the format (unless --format says it); JSONL is
 * streamed line by line, a document is read whole up to --max-file-mb.
 */
async function* readStdin(o: ReadOptions): AsyncGenerator<ReadResult> {
  const origin = '-';
  const chunks = process.stdin[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const head: Buffer[] = [];
  let size = 0;
  let ended = false;
  while (size < 512) {
    const r = await chunks.next();
    if (r.done) {
      ended = true;
      break;
    }
    head.push(r.value);
    size += r.value.length;
  }
  const first = Buffer.concat(head);
  const all = async function* (): AsyncGenerator<Buffer> {
    yield first;
    while (!ended) {
      const r = await chunks.next();
      if (r.done) return;
      yield r.value;
    }
  };
  const format = o.format ?? sniffFormat(first.toString('utf8'));
  if (format === 'jsonl') {
    yield* readJsonl(all(), 'stdin', origin, o, false);
    return;
  }
  try {
    const parts: Buffer[] = [];
    let total = 0;
    for await (const chunk of all()) {
      total += chunk.length;
      if (total > o.maxFileBytes) {
        throw new ParleyError(`input larger than the ${o.maxFileBytes}-byte limit (--max-file-mb)`);
      }
      parts.push(chunk);
    }
    const bytes = Buffer.concat(parts);
    const key = `stdin:${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}`;
    yield* fromDocument(decodeText(bytes), format, key, origin, o);
  } catch (error) {
    yield fail(origin, error);
  }
}

/**
 * Reads one input into articles. Never throws: every problem becomes a failure naming
 * the input (and line, for JSONL and XML) and the reason, and reading goes on.
 */
export async function* readInput(item: InputItem, o: ReadOptions): AsyncGenerator<ReadResult> {
  if (item.kind === 'stdin') {
    yield* readStdin(o);
    return;
  }
  if (item.kind === 'lines') {
    // Records without id or url are known by their content, as on stdin.
    yield* readJsonl([item.lines.join('\n')], item.display, item.display, o, false);
    return;
  }
  const origin = item.display;
  try {
    const format = o.format ?? formatOfName(item.path);
    const info = await stat(item.path);
    if (!info.isFile()) throw new ParleyError('not a regular file');
    if (format === 'jsonl') {
      if (info.size === 0) throw new ParleyError('empty file');
      yield* readJsonl(createReadStream(item.path), item.path, origin, o);
      return;
    }
    if (info.size > o.maxFileBytes) {
      throw new ParleyError(
        `file is ${info.size} bytes, over the ${o.maxFileBytes}-byte limit (--max-file-mb)`,
      );
    }
    const bytes = await readFile(item.path);
    const declared = format === 'html' || format === null ? declaredCharset(bytes) : null;
    const text = decodeText(bytes, declared);
    const actual = format ?? sniffFormat(text);
    if (actual === 'jsonl') {
      yield* readJsonl([text], item.path, origin, o);
      return;
    }
    yield* fromDocument(text, actual, item.path, origin, o);
  } catch (error) {
    yield fail(origin, error);
  }
}
