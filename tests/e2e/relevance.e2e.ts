/**
 * Badges only on pages about the corpus (lib/relevance.ts): an unrelated article gets none by default,
 * and every badge once the reader sets "Badge every quotation" (storage key local:badgeEveryQuotation).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ContentWorld } from './content-world';
import { type Harness, launch } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(() => h?.close());

interface WorkerChrome {
  storage: { local: { set(items: object): Promise<void>; remove(key: string): Promise<void> } };
}

/** Opens a page and waits until its scan is over (the content script times it, badges or not). */
async function scannedPage(path: string): Promise<Page> {
  const page = await h.context.newPage();
  const world = await ContentWorld.attach(page, h.extensionId);
  await page.goto(`${h.baseUrl}${path}`);
  await world.when('scan');
  return page;
}

const statuses = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('verbatim-badge')].map((b) => b.dataset.status ?? ''),
  );

it('an unrelated article gets no badges by default', async () => {
  const page = await scannedPage('/unrelated-article.html');
  await page.waitForTimeout(300);
  expect(await statuses(page)).toEqual([]);
  await page.close();
});

it('the seed article, which is about the report, keeps its badges', async () => {
  const page = await scannedPage('/seed-article.html');
  expect((await statuses(page)).length).toBeGreaterThan(10);
  await page.close();
});

it('with “Badge every quotation” on, the unrelated article gets a badge on each of its quotations', async () => {
  await h.inWorker(() =>
    (globalThis as unknown as { chrome: WorkerChrome }).chrome.storage.local.set({
      badgeEveryQuotation: true,
    }),
  );
  try {
    const page = await scannedPage('/unrelated-article.html');
    // Four quotations of a sentence or more; the scare quotes ("long overdue") are in no source: no badge.
    await page.waitForFunction(() => document.querySelectorAll('verbatim-badge').length >= 4, null, {
      timeout: 10_000,
    });
    expect(await statuses(page)).toEqual(['not-found', 'not-found', 'not-found', 'not-found']);
    await page.close();
  } finally {
    await h.inWorker(() =>
      (globalThis as unknown as { chrome: WorkerChrome }).chrome.storage.local.remove('badgeEveryQuotation'),
    );
  }
});
