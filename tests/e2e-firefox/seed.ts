/** The seed article in Firefox, and the extension's database read from the background page. */
import type { Page } from 'puppeteer-core';
import { type BadgeAttrs, type ExpectedQuote, expectedQuotes, readBadges, readStore } from '../e2e/seed-page';
import type { FirefoxHarness } from './harness';

export { expectedQuotes };

/** A firm row of the expected file with this verdict and more than six words. */
export function expectedWith(status: string): ExpectedQuote {
  const row = expectedQuotes.find((q) => q.expected === status && !q.soft && q.quote.split(' ').length > 6);
  if (!row) throw new Error(`no ${status} row in the expected file`);
  return row;
}

export function badges(page: Page): Promise<BadgeAttrs[]> {
  return page.evaluate(readBadges);
}

/** Opens the seed article and waits for a badge on every firm row. */
export async function openSeed(h: FirefoxHarness): Promise<Page> {
  const page = await h.newPage();
  await page.goto(`${h.baseUrl}/seed-article.html`);
  await page.waitForFunction(
    (n: number) => document.querySelectorAll('verbatim-badge').length >= n,
    { timeout: 20_000 },
    expectedQuotes.filter((q) => !q.soft).length,
  );
  return page;
}

/** Every row of a table of the `verbatim` database, read with raw IndexedDB in the background page. */
export function readAll<T = Record<string, unknown>>(h: FirefoxHarness, store: string): Promise<T[]> {
  return h.inBackground(readStore<T>, store);
}

/** The `browser.*` calls the tests make in the background page (the tests are typed for Node). */
export interface BackgroundGlobals {
  browser: {
    runtime: { getURL(path: string): string };
    tabs: {
      create(p: { url: string; active?: boolean }): Promise<{ id: number }>;
      remove(id: number): Promise<void>;
      query(q: object): Promise<Array<{ id: number; url?: string }>>;
    };
    permissions: {
      contains(p: { origins: string[] }): Promise<boolean>;
      getAll(): Promise<{ origins: string[] }>;
    };
  };
}

/** Opens an extension page in a background tab of the current window (the popup reads the active tab). */
export function openExtensionTab(h: FirefoxHarness, path: string, active = false): Promise<number> {
  return h.inBackground(
    async ({ path, active }: { path: string; active: boolean }) => {
      const { browser } = globalThis as unknown as BackgroundGlobals;
      return (await browser.tabs.create({ url: browser.runtime.getURL(path), active })).id;
    },
    { path, active },
  );
}
