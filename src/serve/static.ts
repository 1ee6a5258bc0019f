import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { Context } from 'hono';
import { apiError } from './errors.js';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    // Missing or unreadable: not a file to serve.
    return false;
  }
}

/**
 * The dashboard's files from `root`. A path without an extension is a client-side route
 * (`/timeline`) and gets `index.html`; a missing file is a 404. Paths cannot leave `root`.
 */
export function serveWeb(root: string) {
  return async (c: Context): Promise<Response> => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(c.req.url).pathname);
    } catch {
      return apiError(c, 400, 'malformed URL path');
    }
    const file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) return apiError(c, 404, `no file ${path}`);
    let target = file;
    if (!(await isFile(target))) {
      if (extname(path) !== '') return apiError(c, 404, `no file ${path}`);
      target = join(root, 'index.html');
      if (!(await isFile(target))) {
        return apiError(c, 404, `the dashboard is not built (no ${target}): run npm run build`);
      }
    }
    const type = TYPES[extname(target)] ?? 'application/octet-stream';
    const cache = target.endsWith('.html') ? 'no-cache' : 'public, max-age=300';
    return c.body(await readFile(target), 200, { 'Content-Type': type, 'Cache-Control': cache });
  };
}
