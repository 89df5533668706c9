/**
 * Hostile pages against the content script's life: page events that used to stop or reset it, a page that
 * clears performance marks, and what the page and session storage can learn about the reader. Pages in
 * tests/fixtures/hostile/ (the extension id comes in `?id=`, as a published extension's id is public).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch } from '../harness';
import { ARTICLE, EXPECTED, hostileReport, hosts, openHostile, waitForHosts, waitForQuote } from './pages';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(() => h?.close());

const ARTICLE_QUOTES = Object.keys(EXPECTED).length;

/** Console errors and uncaught exceptions of pages whose URL contains `part`. */
function errorsOn(part: string): string[] {
  return h.consoleErrors.filter((e) => e.includes(part));
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
});
