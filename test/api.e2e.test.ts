/**
 * The HTTP API in-process (app.request, no port) over a store of the sample corpus: every
 * route's answer checked against its response schema (strict: the OpenAPI document cannot
 * drift from what is sent), the filters, pagination, and the bad requests.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Pipeline } from '../src/pipeline.js';
import { createApp, responses, SECURITY_HEADERS } from '../src/serve/index.js';
import { openDatabase } from '../src/store/index.js';
import type { ClusterRecord } from '../src/store/index.js';
import { sampleStore } from './sample-store.js';

const TOKEN = 'a-test-token-of-some-length';
let dir: string;
let db: Database.Database;
let app: OpenAPIHono;
let ingestApp: OpenAPIHono;
const logged: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'parley-api-'));
  const { config, pipeline } = await sampleStore(join(dir, 'samples.db'));
  db = openDatabase(config.db);
  const options = {
    db,
    config,
    pipeline: (): Pipeline => pipeline,
    webRoot: join(dir, 'web'),
    log: (m: string) => logged.push(m),
  };
  app = createApp({ ...options, ingestToken: null });
  ingestApp = createApp({ ...options, ingestToken: TOKEN });
}, 120_000);

afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

async function get(path: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await app.request(path);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function post(
  target: OpenAPIHono,
  path: string,
  body: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await target.request(path, {
    method: 'POST',
    body,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const items = (body: Record<string, unknown>): ClusterRecord[] => body.items as ClusterRecord[];

describe('routes answer in their documented shape', () => {
  it.each([
    ['/api/health', responses.Health],
    ['/api/events', responses.EventPage],
    ['/api/events?sort=-mentions&limit=5', responses.EventPage],
    ['/api/timeline?by=month', responses.Timeline],
    ['/api/dyad?a=USA&b=RUS&by=month', responses.Dyad],
    ['/api/network?min=1&level=code', responses.NetworkBody],
    ['/api/actors/top?limit=5', responses.TopActors],
    ['/api/actors?q=russ', responses.Actors],
    ['/api/map', responses.MapBody],
    ['/api/articles?limit=3', responses.Articles],
    ['/api/types', responses.Types],
  ])('%s', async (path, schema) => {
    const { status, body } = await get(path);
    expect(status).toBe(200);
    expect(() => schema.parse(body)).not.toThrow();
  });

  it('an event with its reports, and an article with its spans', async () => {
    const first = items((await get('/api/events?sort=-mentions&limit=1')).body)[0];
    if (!first) throw new Error('no events in the sample store');
    const detail = await get(`/api/events/${first.id}`);
    expect(detail.status).toBe(200);
    responses.EventDetail.parse(detail.body);
    const reports = detail.body.reports as { articleId: string; rule: string }[];
    expect(reports).toHaveLength(first.mentions);
    const article = await get(`/api/articles/${first.articleId.slice(0, 8)}`);
    expect(article.status).toBe(200);
    const view = responses.ArticleBody.parse(article.body);
    const kinds = new Set(view.spans.map((s) => s.kind));
    expect([...kinds].sort()).toEqual(['actor', 'date', 'place', 'trigger']);
    for (const s of view.spans) expect(view.article.text.slice(s.start, s.end)).toBe(s.text);
  });

  it('serves its OpenAPI document with every route', async () => {
    const { body } = await get('/api/openapi.json');
    expect(Object.keys(body.paths as object)).toEqual(
      expect.arrayContaining(['/api/events', '/api/events/{id}', '/api/timeline', '/api/code']),
    );
  });
});

describe('filters', () => {
  const everyEvent = async (query: string): Promise<ClusterRecord[]> =>
    items((await get(`/api/events?limit=500&${query}`)).body);

  it.each<[string, (e: ClusterRecord) => boolean]>([
    ['actor=RUS', (e) => e.source.code.startsWith('RUS') || !!e.target?.code.startsWith('RUS')],
    ['type=ASSAULT', (e) => e.plover === 'ASSAULT'],
    ['type=04', (e) => e.cameo.startsWith('04')],
    ['from=2016-01-01&to=2016-12-31', (e) => !!e.date && e.date >= '2016' && e.date < '2017'],
    ['country=UKR', (e) => e.location?.country === 'UKR'],
    ['minMentions=2', (e) => e.mentions >= 2],
    [
      'dyad=USA,RUS',
      (e) => [e.source.code.slice(0, 3), e.target?.code.slice(0, 3)].sort().join() === 'RUS,USA',
    ],
  ])('%s keeps only the events it names, and some', async (query, holds) => {
    const all = await everyEvent('');
    const kept = await everyEvent(query);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.every(holds)).toBe(true);
    expect(kept.length).toBe(all.filter(holds).length);
  });

  it.each([
    ['q=100%25', 0],
    ['q=ceasefire%20zzzunknownword', 0],
  ])('%s matches nothing', async (query, n) => {
    const { body } = await get(`/api/events?${query}`);
    expect(body.total).toBe(n);
  });

  it('q finds events by the words of their reports', async () => {
    const kept = await everyEvent('q=ceasefire');
    expect(kept.length).toBeGreaterThan(0);
    for (const e of kept) {
      const { body } = await get(`/api/events/${e.id}`);
      const sentences = (body.reports as { sentence: string }[]).map((r) => r.sentence);
      expect(sentences.some((s) => /ceasefire/i.test(s))).toBe(true);
    }
  });
});

describe('pagination', () => {
  it.each(['date', '-date', 'mentions', '-mentions'])(
    'sort=%s: the cursor walks every event once, in order',
    async (sort) => {
      const all = items((await get(`/api/events?limit=500&sort=${sort}`)).body);
      const walked: ClusterRecord[] = [];
      let cursor: string | null = null;
      do {
        const suffix: string = cursor ? `&cursor=${cursor}` : '';
        const { body } = await get(`/api/events?limit=7&sort=${sort}${suffix}`);
        walked.push(...items(body));
        expect(body.total).toBe(all.length);
        cursor = body.next as string | null;
      } while (cursor);
      expect(walked.map((e) => e.id)).toEqual(all.map((e) => e.id));
    },
  );

  it('articles page by cursor too', async () => {
    const first = await get('/api/articles?limit=10');
    const next = await get(`/api/articles?limit=10&cursor=${first.body.next as string}`);
    const ids = [
      ...(first.body.items as { id: string }[]),
      ...(next.body.items as { id: string }[]),
    ];
    expect(new Set(ids.map((a) => a.id)).size).toBe(ids.length);
  });
});

describe('bad requests', () => {
  it.each([
    ['/api/events?limit=0', 400, 'limit'],
    ['/api/events?limit=abc', 400, 'limit'],
    ['/api/events?from=2016-13-01', 400, 'from'],
    ['/api/events?to=yesterday', 400, 'to'],
    ['/api/events?type=assault!', 400, 'type'],
    ['/api/events?country=Syria', 400, 'country'],
    ['/api/events?dyad=USA', 400, 'dyad'],
    ['/api/events?sort=size', 400, 'sort'],
    ['/api/events?cursor=not-a-cursor', 400, 'cursor'],
    ['/api/events?q=' + 'x'.repeat(201), 400, 'q'],
    ['/api/timeline?by=year', 400, 'by'],
    ['/api/dyad?a=USA', 400, 'b'],
    ['/api/articles/zz', 400, 'id'],
    ['/api/events/no-such-event', 404, undefined],
    ['/api/articles/ffffffff', 404, undefined],
    ['/api/nothing-here', 404, undefined],
  ])('%s → %i naming %s', async (path, status, field) => {
    const res = await get(path);
    expect(res.status).toBe(status);
    const error = res.body.error as { status: number; message: string; field?: string };
    expect(error.status).toBe(status);
    expect(error.message).not.toBe('');
    expect(error.field).toBe(field);
  });

  it.each([
    ['{"text": ""}', 400, 'text'],
    ['{"text": "Turkey accused Russia.", "published": "11 Feb"}', 400, 'published'],
    ['{not json', 400, undefined],
  ])('POST /api/code %s → %i', async (body, status, field) => {
    const res = await post(app, '/api/code', body);
    expect(res.status).toBe(status);
    expect((res.body.error as { field?: string }).field).toBe(field);
  });

  it('a body over the limit is a 413', async () => {
    const body = JSON.stringify({ text: 'x'.repeat(1024 * 1024 + 10) });
    const res = await post(app, '/api/code', body);
    expect(res.status).toBe(413);
  });

  it('every response carries the security headers', async () => {
    for (const path of ['/api/health', '/api/nothing', '/timeline']) {
      const res = await app.request(path);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
        expect(res.headers.get(name)).toBe(value);
      }
    }
  });
});

describe('POST /api/code', () => {
  it('codes text and says why', async () => {
    const res = await post(
      app,
      '/api/code',
      JSON.stringify({
        text: 'Turkey accused Russia of bombing hospitals.',
        published: '2016-02-11',
      }),
    );
    expect(res.status).toBe(200);
    const coded = responses.Coded.parse(res.body);
    const e = coded.events[0] as {
      source: { code: string };
      target: { code: string };
      plover: string;
    };
    expect([e.source.code, e.target.code, e.plover]).toEqual(['TUR', 'RUS', 'ACCUSE']);
  });
});

describe('POST /api/ingest', () => {
  const article = {
    url: 'https://news.example.org/api-1',
    outlet: 'API Wire',
    published: '2016-02-20',
    text: 'Turkish artillery shelled Kurdish fighters near Azaz on Saturday.',
  };
  const body = JSON.stringify({ articles: [article, { url: 'https://x.example/2', text: ' ' }] });

  it.each([
    ['off', { Authorization: `Bearer ${TOKEN}` }, 'ingest is off'],
    ['on', {}, 'bearer token'],
    ['on', { Authorization: 'Bearer wrong-token-wrong-token' }, 'bearer token'],
  ])('refuses without the token (ingest %s, %o)', async (on, headers, message) => {
    const res = await post(on === 'on' ? ingestApp : app, '/api/ingest', body, headers);
    expect(res.status).toBe(403);
    expect((res.body.error as { message: string }).message).toContain(message);
  });

  it('stores with the token, reports bad articles by index, and is idempotent', async () => {
    const auth = { Authorization: `Bearer ${TOKEN}` };
    const first = await post(ingestApp, '/api/ingest', body, auth);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ added: 1, unchanged: 0 });
    expect(first.body.failed).toEqual([{ index: 1, error: expect.stringContaining('empty') }]);
    const again = await post(ingestApp, '/api/ingest', body, auth);
    expect(again.body).toMatchObject({ added: 0, unchanged: 1 });
    const stored = await get('/api/events?q=Azaz');
    expect(items(stored.body).length).toBeGreaterThan(0);
  });

  it('a changed article replaces the old one in the text search too', async () => {
    const auth = { Authorization: `Bearer ${TOKEN}` };
    const changed = { ...article, text: article.text.replace('Azaz', 'Manbij') };
    const res = await post(ingestApp, '/api/ingest', JSON.stringify({ articles: [changed] }), auth);
    expect(res.body).toMatchObject({ replaced: 1 });
    expect(items((await get('/api/events?q=Azaz')).body)).toEqual([]);
    expect(items((await get('/api/events?q=manbij')).body).length).toBeGreaterThan(0);
  });
});
