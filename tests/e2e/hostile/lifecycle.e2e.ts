/**
 * Hostile pages against the content script's life: page events that used to stop or reset it, a page that
 * clears performance marks, and what the page and session storage can learn about the reader. Pages in
 * tests/fixtures/hostile/ (the extension id comes in `?id=`, as a published extension's id is public).
 */

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, type Harness, launch } from '../harness';
import {
  ARTICLE,
  cardStatus,
  EXPECTED,
  hostileReport,
  hosts,
  openCardOf,
  openHostile,
  waitForHosts,
  waitForQuote,
} from './pages';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(() => h?.close());

const ARTICLE_QUOTES = Object.keys(EXPECTED).length;

/** Console errors of pages whose URL contains `part` (a missing favicon is the test server's, not ours). */
function errorsOn(part: string): string[] {
  return h.consoleErrors.filter((e) => e.includes(part) && !e.includes('Failed to load resource'));
}

describe('page events cannot stop or reset the content script', () => {
  it('a replayed content-script-started event leaves the badges, and later content is still badged', async () => {
    const page = await openHostile(h, `/hostile/started-event.html?id=${h.extensionId}`, ARTICLE_QUOTES);
    await waitForQuote(page, ARTICLE.late);
    const report = await hostileReport<{ leaked: string[]; replayed: number }>(page);
    expect(report.replayed).toBe(2);
    // Nothing posted to the page names the extension.
    expect(report.leaked).toEqual([]);
    expect((await hosts(page)).length).toBe(ARTICLE_QUOTES + 1);
    await page.close();
  });

  it('forged location-change events and a fragment-only change are not a new page: no badge is taken out', async () => {
    const page = await openHostile(h, `/hostile/location-event.html?id=${h.extensionId}`, ARTICLE_QUOTES);
    await page.waitForTimeout(2500);
    const report = await hostileReport(page);
    expect(report.forged).toBeGreaterThan(4);
    expect(report.removed).toBe(0);
    expect((await hosts(page)).length).toBe(ARTICLE_QUOTES);
    await page.close();
  });

  it('a page that clears performance marks breaks nothing: later content is badged, no error is logged', async () => {
    const errors: string[] = [];
    const page = await h.context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${h.baseUrl}/hostile/clear-marks.html`);
    await waitForHosts(page, ARTICLE_QUOTES);
    await waitForQuote(page, ARTICLE.late);
    expect(errors).toEqual([]);
    expect(errorsOn('/hostile/clear-marks.html')).toEqual([]);
    await page.close();
  });
});

describe('what the page and storage learn', () => {
  it('the content script defines no session-storage item (content scripts may not access that area)', () => {
    const bundle = readFileSync(resolve(EXTENSION_DIR, 'content-scripts/content.js'), 'utf8');
    expect(bundle).not.toMatch(/["'`]session:[A-Za-z]/);
  });

  it('logs no error on an article, leaves no verbatim:* performance entry, and keeps no query or fragment in session storage', async () => {
    const path = '/seed-article.html?session=SECRET-TOKEN#top';
    const page = await h.context.newPage();
    await page.goto(`${h.baseUrl}${path}`);
    await waitForHosts(page, 12);
    await page.waitForTimeout(500);
    const entries = await page.evaluate(() =>
      performance
        .getEntries()
        .map((e) => e.name)
        .filter((n) => n.startsWith('verbatim')),
    );
    expect(entries).toEqual([]);
    expect(errorsOn('/seed-article.html?session')).toEqual([]);
    const stored = await h.inWorker(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: { storage: { session: { get(k: null): Promise<Record<string, unknown>> } } };
      };
      return JSON.stringify(await chrome.storage.session.get(null));
    });
    expect(stored).toContain('/seed-article.html');
    expect(stored).not.toContain('SECRET-TOKEN');
    expect(stored).not.toContain('#top');
    await page.close();
  });

  it('a badge still saves its verification after the service worker restarts (only the compact scan is left)', async () => {
    const page = await openHostile(h, '/hostile/takeover.html?from=restart', ARTICLE_QUOTES);
    const cdp = await h.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.waitForTimeout(300);
    const roots = await openCardOf(page, ARTICLE.days);
    await roots.inRoot(
      'verbatim-card',
      {},
      `function () {
      [...this.querySelectorAll('button')].find((b) => b.textContent === 'Save').focus();
    }`,
    );
    await page.keyboard.press('Enter');
    const status = await cardStatus(page, roots, /Saved|Could not/);
    expect(status).toBe('Saved to your library.');
    // Read from an extension page: the harness's handle on the stopped worker is gone.
    const library = await h.openExtensionPage('library.html');
    const rows = await library.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((ok, ko) => {
        const req = indexedDB.open('verbatim');
        req.onsuccess = () => ok(req.result);
        req.onerror = () => ko(req.error);
      });
      return new Promise<Array<{ quote: string; status: string; url: string }>>((ok, ko) => {
        const req = db.transaction('verifications').objectStore('verifications').getAll();
        req.onsuccess = () => ok(req.result);
        req.onerror = () => ko(req.error);
      });
    });
    const row = rows.find((r) => r.quote === ARTICLE.days);
    expect(row?.status).toBe('verified');
    expect(row?.url).toContain('/hostile/takeover.html');
    await library.close();
    await page.close();
  });
});
