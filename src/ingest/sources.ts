import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { errorMessage } from '../errors.js';
import type { InputFormat } from './types.js';

/** One input to read: a file (with the name to show in messages) or standard input. */
export type InputItem =
  | { readonly kind: 'file'; readonly path: string; readonly display: string }
  | { readonly kind: 'stdin' }
  /** JSON lines handed over in memory (the HTTP API's ingest), known by `display`. */
  | { readonly kind: 'lines'; readonly lines: readonly string[]; readonly display: string };

const EXTENSIONS: Readonly<Record<string, InputFormat>> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.xml': 'xml',
};

/** The format a file name says it has, or null. */
export function formatOfName(name: string): InputFormat | null {
  const m = /\.[^./\\]+$/.exec(name.toLowerCase());
  return m ? (EXTENSIONS[m[0]] ?? null) : null;
}

/** The format of content whose name says nothing: markup, JSON lines or plain text. */
export function sniffFormat(text: string): InputFormat {
  const head = text.trimStart().slice(0, 512).toLowerCase();
  if (head.startsWith('{')) return 'jsonl';
  if (head.startsWith('<?xml') || head.startsWith('<sentences') || head.startsWith('<validation')) {
    return 'xml';
  }
  if (head.startsWith('<')) return 'html';
  return 'txt';
}

function globToRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] ?? '';
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        re += '.*';
        i++;
        if (pattern[i + 1] === '/') i++;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

function walk(dir: string, out: string[]): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  );
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) walk(path, out);
    else if (e.isFile()) out.push(path);
  }
}

export interface Expansion {
  readonly items: InputItem[];
  /** Arguments that matched nothing, with the reason. */
  readonly missing: { readonly origin: string; readonly reason: string }[];
  /** Files inside directories or globs skipped for an unsupported extension. */
  readonly skipped: string[];
}

/**
 * Expands command-line inputs: files as given (any extension; the content decides),
 * directories recursively (supported extensions only), globs (`*`, `?`, `**`) and `-`.
 */
export function expandInputs(args: readonly string[], cwd: string = process.cwd()): Expansion {
  const items: InputItem[] = [];
  const missing: Expansion['missing'] = [];
  const skipped: string[] = [];
  const seen = new Set<string>();
  const display = (p: string): string => {
    const r = relative(cwd, p);
    return r.startsWith('..') ? p : r;
  };
  const addFile = (path: string): void => {
    const abs = resolve(cwd, path);
    if (seen.has(abs)) return;
    seen.add(abs);
    items.push({ kind: 'file', path: abs, display: display(abs) });
  };
  const addTree = (files: readonly string[]): void => {
    for (const f of files) {
      if (formatOfName(f)) addFile(f);
      else skipped.push(display(f));
    }
  };
  for (const arg of args) {
    if (arg === '-') {
      items.push({ kind: 'stdin' });
      continue;
    }
    if (/[*?]/.test(arg)) {
      const firstWild = arg.search(/[*?]/);
      const base = arg.slice(0, arg.lastIndexOf('/', firstWild) + 1) || '.';
      const baseAbs = resolve(cwd, base);
      const re = globToRegExp(resolve(cwd, arg).split(sep).join('/'));
      const files: string[] = [];
      try {
        walk(baseAbs, files);
      } catch (error) {
        missing.push({ origin: arg, reason: `cannot list "${base}": ${errorMessage(error)}` });
        continue;
      }
      const matched = files.filter((f) => re.test(f.split(sep).join('/')));
      if (matched.length === 0)
        missing.push({ origin: arg, reason: 'no file matches this pattern' });
      addTree(matched);
      continue;
    }
    let isDir: boolean;
    try {
      isDir = statSync(resolve(cwd, arg)).isDirectory();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      missing.push({
        origin: arg,
        reason: code === 'ENOENT' ? 'no such file or directory' : errorMessage(error),
      });
      continue;
    }
    if (isDir) {
      const files: string[] = [];
      walk(resolve(cwd, arg), files);
      addTree(files);
    } else addFile(arg);
  }
  return { items, missing, skipped };
}
