/**
 * Firefox treats MV3 host permissions as optional. In a profile that installs the add-on without them
 * (as a user who did not grant them), the seed page gets no badges and the popup says so plainly; its
 * button asks with `permissions.request` (refused outside a click, and the refusal is shown), and once
 * granted the page is badged after a reload.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { selectText } from '../e2e/seed-page';
import { type FirefoxHarness, launchFirefox } from './harness';
import { type BackgroundGlobals, expectedQuotes, expectedWith, openExtensionTab } from './seed';

let h: FirefoxHarness;
let article: Page;
let popupTab: number;
beforeAll(async () => {
  // The doorhanger is skipped, not the rule that only a user's click may ask.
  h = await launchFirefox({ withholdSiteAccess: true, autoGrantPermissionRequests: true });
});
afterAll(() => h?.close());

const hasAccess = () =>
  h.inBackground(() => {
    const { browser } = globalThis as unknown as BackgroundGlobals;
    return browser.permissions.contains({ origins: ['http://127.0.0.1/*'] });
  });

/** The popup's site-access notice and "This page" text, once the notice has settled. */
function popupNotice(): Promise<{ notice: string; thisPage: string; buttons: string[] }> {
  return h.inExtensionPage('popup.html', async (view) => {
    const doc = view.document;
    const settled = () =>
      doc.querySelector('.site-access') && !/Reading this page/.test(doc.body.textContent ?? '');
    for (let i = 0; i < 200 && !settled(); i++) await new Promise((ok) => setTimeout(ok, 50));
    const notice = doc.querySelector('.site-access');
    return {
      notice: notice?.textContent ?? '',
      thisPage: doc.querySelector('section')?.textContent ?? '',
      buttons: [...(notice?.querySelectorAll('button') ?? [])].map((b) => b.textContent ?? ''),
    };
  });
}

it('without site access: no badges, and the popup says why with a button that asks', async () => {
  expect(await hasAccess()).toBe(false);
  article = await h.newPage();
  await article.goto(`${h.baseUrl}/seed-article.html`);
  // Where the content script runs, the first badges come within a second (see the other Firefox tests).
  await new Promise((ok) => setTimeout(ok, 2000));
  expect(await article.evaluate(() => document.querySelectorAll('verbatim-badge').length)).toBe(0);

  // The toolbar button grants activeTab, so the popup knows the page's address.
  await article.bringToFront();
  await h.grantActiveTab(article);
  popupTab = await openExtensionTab(h, 'popup.html');
  const shown = await popupNotice();
  expect(shown.notice).toContain(
    'Verbatim has no access to 127.0.0.1, so it cannot badge the quotations on this page.',
  );
  expect(shown.buttons).toEqual(['Allow on all sites', 'Only on 127.0.0.1']);
  expect(shown.thisPage).toContain('This page has not been scanned');
});

it('without site access, a highlighted quote is still checked from the context menu (the click grants the tab)', async () => {
  const quote = expectedWith('verified');
  await article.bringToFront();
  const selectionText = await article.evaluate(selectText, quote.quote);
  await h.clickMenu(article, { menuItemId: 'verify-quote', selectionText });
  await article.waitForSelector(`verbatim-card[data-quote="${quote.quote}"]`, { timeout: 10_000 });
  expect(await article.$eval('verbatim-card', (c) => c.getAttribute('data-status'))).toBe(quote.expected);
  expect(await hasAccess()).toBe(false);
});

it('a request outside a click is refused by Firefox, and the popup says so', async () => {
  const message = await h.inExtensionPage('popup.html', async (view) => {
    const doc = view.document;
    // A script's click is not the user's: Firefox refuses permissions.request.
    [...doc.querySelectorAll<HTMLButtonElement>('.site-access button')][0]?.click();
    for (
      let i = 0;
      i < 200 && !/Could not ask/.test(doc.querySelector('.site-access')?.textContent ?? '');
      i++
    )
      await new Promise((ok) => setTimeout(ok, 50));
    return doc.querySelector('.site-access')?.textContent ?? '';
  });
  expect(message).toMatch(/^Could not ask for access: .*user input/);
  expect(await hasAccess()).toBe(false);
});

it('the button pressed by the user grants every site; after a reload the page is badged', async () => {
  // A fresh popup, as the next click on the toolbar button opens.
  await h.inBackground(async (id: number) => {
    const { browser } = globalThis as unknown as BackgroundGlobals;
    await browser.tabs.remove(id);
  }, popupTab);
  await openExtensionTab(h, 'popup.html');
  expect((await popupNotice()).buttons[0]).toBe('Allow on all sites');
  await h.selectTab(h.extensionUrl('popup.html'));
  await h.inExtensionPage('popup.html', (view) => {
    view.document.querySelector<HTMLButtonElement>('.site-access button')?.focus();
  });
  await h.pressKey('Enter');
  const after = await h.inExtensionPage('popup.html', async (view) => {
    const doc = view.document;
    for (
      let i = 0;
      i < 200 && !/Access granted/.test(doc.querySelector('.site-access')?.textContent ?? '');
      i++
    )
      await new Promise((ok) => setTimeout(ok, 50));
    return doc.querySelector('.site-access')?.textContent ?? '';
  });
  expect(after).toContain('Access granted. Reload the page to check its quotations.');
  expect(await hasAccess()).toBe(true);
  const all = await h.inBackground(async () => {
    const { browser } = globalThis as unknown as BackgroundGlobals;
    return (await browser.permissions.getAll()).origins;
  });
  expect(all).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*']));

  // "Reload the page" reloads the article, where the content script now runs.
  await h.inExtensionPage('popup.html', (view) => {
    [...view.document.querySelectorAll('button')].find((b) => b.textContent === 'Reload the page')?.click();
  });
  await article.waitForFunction(
    (n: number) => document.querySelectorAll('verbatim-badge').length >= n,
    { timeout: 20_000 },
    expectedQuotes.filter((q) => !q.soft).length,
  );
});
