/** The extension's own pages and its toolbar button: welcome on install, settings, the attention count. */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContentWorld } from './content-world';
import { type Harness, launch } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launch({ keepWelcome: true });
});
afterAll(() => h?.close());

interface WorkerChrome {
  tabs: { query(q: object): Promise<Array<{ id: number }>> };
  action: { getBadgeText(d: object): Promise<string>; getTitle(d: object): Promise<string> };
}

/** The toolbar badge of the active tab. */
function toolbar(): Promise<{ text: string; title: string }> {
  return h.inWorker(async () => {
    const { chrome } = globalThis as unknown as { chrome: WorkerChrome };
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (!tab) throw new Error('no active tab');
    return {
      text: await chrome.action.getBadgeText({ tabId: tab.id }),
      title: await chrome.action.getTitle({ tabId: tab.id }),
    };
  });
}

async function openArticle(path: string, badges: number): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(`${h.baseUrl}${path}`);
  await page.bringToFront();
  await page.waitForFunction((n) => document.querySelectorAll('verbatim-badge').length >= n, badges, {
    timeout: 20_000,
  });
  return page;
}

describe('welcome page', () => {
  it('opens on install and says what the badges mean, what the corpus covers and where the settings are', async () => {
    const welcome = h.welcome;
    expect(welcome?.url()).toBe(`chrome-extension://${h.extensionId}/welcome.html`);
    if (!welcome) return;
    await welcome.getByRole('heading', { name: 'What the badges mean' }).waitFor();
    const legend = welcome.getByRole('list', { name: 'What the badges mean' });
    expect(await legend.getByRole('listitem').count()).toBeGreaterThanOrEqual(7);
    await welcome.getByText(/Verbatim holds \d+ passages/).waitFor();
    expect(await welcome.getByRole('link', { name: 'Settings' }).getAttribute('href')).toBe('/options.html');
    // Chromium grants the content scripts' sites at install: nothing to ask for.
    expect(await welcome.getByRole('button', { name: 'Grant access to all sites' }).count()).toBe(0);
    await welcome.close();
  });
});

describe('settings page', () => {
  it('switches a site off (no badges there) and back on (badges come back), with undo', async () => {
    const host = new URL(h.baseUrl).hostname;
    const options = await h.openExtensionPage('options.html');
    await options.getByLabel('Switch Verbatim off on a site').fill(host);
    await options.getByRole('button', { name: 'Switch off' }).click();
    await options.getByRole('button', { name: `Switch Verbatim back on for ${host}` }).waitFor();

    const page = await h.context.newPage();
    const world = await ContentWorld.attach(page, h.extensionId);
    await page.goto(`${h.baseUrl}/seed-article.html`);
    await world.when('start', 10_000);
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => document.querySelectorAll('verbatim-badge').length)).toBe(0);

    await options.bringToFront();
    await options.getByRole('button', { name: `Switch Verbatim back on for ${host}` }).click();
    // Back to the article, as a reader would.
    await page.bringToFront();
    await page.waitForFunction(() => document.querySelectorAll('verbatim-badge').length > 0, null, {
      timeout: 10_000,
    });
    // Undo switches it off again, and the page's badges go.
    await options.bringToFront();
    await options.getByRole('button', { name: 'Undo' }).click();
    await page.bringToFront();
    await page.waitForFunction(() => document.querySelectorAll('verbatim-badge').length === 0, null, {
      timeout: 10_000,
    });
    await options.bringToFront();
    await options.getByRole('button', { name: `Switch Verbatim back on for ${host}` }).click();
    await options.getByText('None: Verbatim checks quotations on every site.').waitFor();
    expect(await options.getByRole('checkbox', { name: 'Badge every quotation' }).isChecked()).toBe(false);
    await page.close();
    await options.close();
  });
});

describe('toolbar button', () => {
  it('counts the quotations that need attention: none on the seed page (no badge), one wrong speaker on another', async () => {
    const seed = await openArticle('/seed-article.html', 14);
    await expect
      .poll(async () => (await toolbar()).title, { timeout: 10_000 })
      .toMatch(/checked, none needs attention/);
    expect((await toolbar()).text).toBe('');
    await seed.close();

    const other = await openArticle('/wrong-speaker.html', 2);
    await expect.poll(async () => (await toolbar()).text, { timeout: 10_000 }).toBe('1');
    expect((await toolbar()).title).toMatch(/1 quotation on this page needs attention/);
    await other.close();
  });
});
