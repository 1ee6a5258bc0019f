/**
 * The dashboard in a real headless Chromium over a store of the sample corpus, served by
 * `listen` on a free port: each view loads, draws its data and answers clicks. A
 * screenshot of each view is saved under test-output/screenshots/.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEB_ROOT } from '../../src/cli/commands/serve.js';
import { PROJECT_ROOT } from '../../src/data/index.js';
import type { Pipeline } from '../../src/pipeline.js';
import { listen } from '../../src/serve/index.js';
import type { Listening } from '../../src/serve/index.js';
import { openDatabase } from '../../src/store/index.js';
import { sampleStore } from '../sample-store.js';
import { HAS_CHROMIUM, launch, NO_CHROMIUM } from '../../bench/browser.js';

const SHOTS = join(PROJECT_ROOT, 'test-output', 'screenshots');
let dir: string;
let db: Database.Database;
let server: Listening;
let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];

describe.skipIf(!HAS_CHROMIUM)(
  `dashboard in Chromium${HAS_CHROMIUM ? '' : ` (skipped: ${NO_CHROMIUM})`}`,
  () => {
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'parley-web-'));
      mkdirSync(SHOTS, { recursive: true });
      const { config, pipeline } = await sampleStore(join(dir, 'samples.db'));
      db = openDatabase(config.db, { readonly: true });
      server = await listen({
        db,
        config,
        pipeline: (): Pipeline => pipeline,
        ingestToken: null,
        webRoot: WEB_ROOT,
        log: (m) => consoleErrors.push(m),
        host: '127.0.0.1',
        port: 0,
      });
      browser = await launch();
      page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      page.on('console', (m) => {
        if (m.type() === 'error') consoleErrors.push(m.text());
      });
      page.on('pageerror', (e) => consoleErrors.push(e.message));
    }, 180_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
      db?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    async function open(path: string, view: string): Promise<void> {
      await page.goto(new URL(path, server.url).toString());
      await page.waitForSelector(`main[data-ready="${view}"]`, { timeout: 20_000 });
    }

    const shot = (name: string) =>
      page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

    it('timeline: chart bars and event rows; a filter narrows them; an event opens its reports and article', async () => {
      await open('/', 'timeline');
      const bars = await page.locator('svg.chart rect').count();
      expect(bars).toBeGreaterThan(3);
      const rows = await page.locator('li.event').count();
      expect(rows).toBeGreaterThan(10);
      await shot('timeline');

      await page.getByLabel('Type').selectOption('ASSAULT');
      await page.getByRole('button', { name: 'Apply' }).click();
      await page.waitForSelector('main[data-ready="timeline"]');
      expect(page.url()).toContain('type=ASSAULT');
      const types = await page.locator('li.event .type').allTextContents();
      expect(types.length).toBeGreaterThan(0);
      expect(types.length).toBeLessThan(rows);
      expect(new Set(types)).toEqual(new Set(['ASSAULT']));

      await page.locator('li.event button.expand').first().click();
      await page.waitForSelector('li.event .reports li.report');
      expect(await page.locator('li.event .reports .why').first().textContent()).toContain('Rule');
      await shot('timeline-reports');
      await page.locator('li.event .reports a').first().click();
      await page.waitForSelector('main[data-ready="reader"]');
      expect(page.url()).toContain('/reader/');
    });

    it('reader: highlighted actors with codes, triggers, dates, places; removed lines toggle', async () => {
      await open('/reader', 'reader');
      await page
        .getByRole('link', { name: /Minsk talks/ })
        .first()
        .click();
      await page.waitForSelector('main[data-ready="reader"] article.text');
      for (const kind of ['actor', 'trigger', 'place']) {
        expect(
          await page.locator(`mark.span.${kind}, mark.span.also-${kind}`).count(),
          kind,
        ).toBeGreaterThan(0);
      }
      const title = await page
        .locator('mark.span.actor:not(.unresolved)')
        .first()
        .getAttribute('title');
      expect(title).toMatch(/^actor: [A-Z]{3}/);
      const removed = page.locator('section.removed');
      expect(await removed.isHidden()).toBe(true);
      await page.getByRole('button', { name: 'Show removed lines' }).click();
      expect(await removed.isVisible()).toBe(true);
      await shot('reader');
    });

    it('dyad: both directions drawn for USA and RUS', async () => {
      await open('/dyad?a=USA&b=RUS&by=month', 'dyad');
      expect(await page.locator('svg.chart polyline').count()).toBe(2);
      expect(await page.locator('table.numbers tbody tr').count()).toBeGreaterThan(0);
      await shot('dyad');
    });

    it('network: nodes and edges; an edge opens its dyad', async () => {
      await open('/network', 'network');
      expect(await page.locator('svg.network .node').count()).toBeGreaterThan(3);
      const edges = page.locator('svg.network line.edge');
      expect(await edges.count()).toBeGreaterThan(2);
      await shot('network');
      await edges.first().focus();
      await page.keyboard.press('Enter');
      await page.waitForSelector('main[data-ready="dyad"]');
      expect(page.url()).toMatch(/\/dyad\?a=[A-Z]+&b=[A-Z]+/);
    });

    it('map: countries drawn, event points placed, a point lists its places', async () => {
      await open('/map', 'map');
      expect(await page.locator('svg.map .land path').count()).toBeGreaterThan(100);
      const points = page.locator('svg.map g.point');
      expect(await points.count()).toBeGreaterThan(0);
      await points.first().click();
      expect(await page.locator('section.panel ul.places li').count()).toBeGreaterThan(0);
      await shot('map');
    });

    it('try it: codes a pasted sentence and says why', async () => {
      await open('/try', 'try');
      await page.getByLabel('Text').fill('Turkey accused Russia of bombing hospitals.');
      await page.getByRole('button', { name: 'Code' }).click();
      await page.waitForSelector('main[data-coded]');
      const row = await page.locator('li.coded').first().textContent();
      expect(row).toContain('TUR');
      expect(row).toContain('ACCUSE');
      expect(row).toContain('Rule');
      await shot('try');
    });

    it('is usable on a narrow screen, and keyboard-navigable', async () => {
      await page.setViewportSize({ width: 390, height: 844 });
      await open('/', 'timeline');
      const width = Number(await page.evaluate('document.documentElement.scrollWidth'));
      expect(width).toBeLessThanOrEqual(390);
      await shot('timeline-narrow');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      const focused = await page.evaluate('document.activeElement?.textContent');
      expect(focused).toBeTruthy();
      await page.setViewportSize({ width: 1280, height: 800 });
    });

    it('logged no browser or server errors', () => {
      expect(consoleErrors).toEqual([]);
    });
  },
);
