/**
 * The dashboard's server on a large store: a synthetic store (export-store.ts) of about
 * 100,000 events is clustered, then the HTTP API answers in-process requests
 * (app.request: the routing, validation, SQL and JSON, without a socket) and prints
 * p50/p95 latency per request kind; then, when Debian's chromium is there, each dashboard
 * view is loaded over a real socket and timed from navigation to its data drawn
 * (`main[data-ready]`), median of 5. Results go to bench/out/serve.json.
 *
 *   npm run bench:serve                       # 145,000 mentions ≈ 100,000 events
 *   npm run bench:serve -- --mentions 20000 --requests 50
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { countryCodes, loadActorEntries } from '../src/actors/index.js';
import { WEB_ROOT } from '../src/cli/commands/serve.js';
import { resolveConfig } from '../src/config.js';
import { DEFAULT_DATA_DIR } from '../src/data/index.js';
import { ParleyError } from '../src/errors.js';
import { createApp, listen } from '../src/serve/index.js';
import { createWriter, openDatabase } from '../src/store/index.js';
import { HAS_CHROMIUM, launch, NO_CHROMIUM } from './browser.js';
import { fillStore } from './export-store.js';

const { values } = parseArgs({
  options: {
    mentions: { type: 'string', default: '145000' },
    requests: { type: 'string', default: '200' },
  },
});
const mentions = Number(values.mentions);
const requests = Number(values.requests);

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

const dir = mkdtempSync(join(tmpdir(), 'parley-serve-'));
const out: Record<string, unknown> = { mentions };
try {
  const path = join(dir, 'bench.db');
  const build = openDatabase(path);
  fillStore(build, DEFAULT_DATA_DIR, mentions);
  build.exec('BEGIN');
  createWriter(build, countryCodes(loadActorEntries(DEFAULT_DATA_DIR))).flush();
  build.exec('COMMIT');
  build.close();
  const db = openDatabase(path, { readonly: true });
  const events = (db.prepare('SELECT COUNT(*) AS n FROM clusters').get() as { n: number }).n;
  out.events = events;
  console.log(
    `store: ${mentions.toLocaleString('en-US')} mentions → ${events.toLocaleString('en-US')} events`,
  );
  const options = {
    db,
    config: resolveConfig({ db: path }),
    pipeline: () => {
      throw new ParleyError('the benchmark does not code text');
    },
    ingestToken: null,
    webRoot: WEB_ROOT,
    log: (m: string) => console.error(m),
  };
  const app = createApp(options);

  // A cursor 100 pages (5,000 events) into the list.
  let deep = '';
  for (let i = 0; i < 100; i++) {
    const res = (await (
      await app.request(`/api/events?limit=50${deep ? `&cursor=${deep}` : ''}`)
    ).json()) as { next: string };
    deep = res.next;
  }
  const actors = ['USA', 'RUS', 'CHN', 'SYR', 'TUR', 'IRN', 'ISR', 'UKR'];
  const kinds: [string, (i: number) => string][] = [
    ['/api/events (first page)', () => '/api/events'],
    [
      '/api/events?actor=X&from&to',
      (i) => `/api/events?actor=${actors[i % actors.length]}&from=2015-01-01&to=2016-12-31`,
    ],
    ['/api/events?type=ASSAULT&sort=-mentions', () => '/api/events?type=ASSAULT&sort=-mentions'],
    ['/api/events (page 101, cursor)', () => `/api/events?cursor=${deep}`],
    ['/api/events?q=<rare words>', (i) => `/api/events?q=article%20${4000 + i}:`],
    ['/api/timeline?by=week', () => '/api/timeline?by=week'],
    ['/api/timeline?by=month', () => '/api/timeline?by=month'],
    [
      '/api/timeline?actor=X&by=month',
      (i) => `/api/timeline?actor=${actors[i % actors.length]}&by=month`,
    ],
  ];
  const latency: Record<string, { p50: number; p95: number; n: number }> = {};
  for (const [name, url] of kinds) {
    const times: number[] = [];
    for (let i = 0; i < requests; i++) {
      const started = performance.now();
      const res = await app.request(url(i));
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${url(i)}: ${res.status}`);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    latency[name] = { p50: quantile(times, 0.5), p95: quantile(times, 0.95), n: times.length };
    console.log(
      `${name.padEnd(42)} p50 ${latency[name].p50.toFixed(1).padStart(7)} ms   p95 ${latency[name].p95.toFixed(1).padStart(7)} ms`,
    );
  }
  out.latency = latency;

  if (!HAS_CHROMIUM) {
    console.log(`page loads skipped: ${NO_CHROMIUM}`);
  } else {
    const server = await listen({ ...options, host: '127.0.0.1', port: 0 });
    const browser = await launch();
    const loads: Record<string, number> = {};
    for (const [view, path] of [
      ['timeline', '/timeline'],
      ['dyad', '/dyad?a=USA&b=RUS&by=month'],
      ['network', '/network?min=20'],
      ['map', '/map'],
      ['reader', '/reader'],
      ['try', '/try'],
    ] as const) {
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        const started = performance.now();
        await page.goto(new URL(path, server.url).toString());
        await page.waitForSelector(`main[data-ready="${view}"]`, { timeout: 60_000 });
        times.push(performance.now() - started);
        await page.close();
      }
      times.sort((a, b) => a - b);
      loads[view] = quantile(times, 0.5);
      console.log(
        `page ${view.padEnd(10)} loaded and drawn in ${loads[view].toFixed(0)} ms (median of 5)`,
      );
    }
    out.pageLoadMs = loads;
    await browser.close();
    await server.close();
  }
  db.close();
  out.rssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  mkdirSync('bench/out', { recursive: true });
  writeFileSync('bench/out/serve.json', `${JSON.stringify(out, null, 2)}\n`);
  console.log(`peak RSS ${String(out.rssMb)} MB; written to bench/out/serve.json`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
