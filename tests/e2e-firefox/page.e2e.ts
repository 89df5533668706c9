/**
 * Verbatim in real Firefox ESR: the seed article's badges and verdicts, a card opened by keyboard, a
 * highlighted quotation checked from the context menu, and the popup's "This page".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERDICT_LABEL } from '../../components/card/verdict-text';
import { VERDICTS } from '../../lib/types';
import { expectSeedVerdicts, selectText } from '../e2e/seed-page';
import { type FirefoxHarness, launchFirefox } from './harness';
import { badges, expectedWith, openExtensionTab, openSeed, readAll } from './seed';

let h: FirefoxHarness;
beforeAll(async () => {
  h = await launchFirefox();
});
afterAll(() => h?.close());

describe('seed article in Firefox', () => {
  it('badges every quotation with the expected verdict', async () => {
    const page = await openSeed(h);
    expectSeedVerdicts(await badges(page));
    await page.close();
  });

  it('opens a card by keyboard: a modal dialog with the passage and source takes focus; Esc gives it back', async () => {
    const target = 'We need to take away children,';
    const page = await openSeed(h);
    let reached = false;
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(
        (q: string) => (document.activeElement as HTMLElement | null)?.dataset?.quote === q,
        target,
      );
    }
    expect(reached).toBe(true);
    const label = await h.inShadowRoot(
      page,
      `verbatim-badge[data-quote="${target}"]`,
      (root) =>
        root.querySelector('button')?.getAttribute('aria-label') ?? root.querySelector('button')?.textContent,
    );
    expect(label).toMatch(/Verified/);
    await page.keyboard.press('Enter');
    await page.waitForSelector('verbatim-card', { timeout: 10_000 });
    const card = await h.inShadowRoot(page, 'verbatim-card', (root) => {
      const dialog = root.querySelector('[role="dialog"]');
      return {
        text: dialog?.textContent ?? '',
        modal: dialog?.getAttribute('aria-modal') ?? null,
        focused: root.activeElement?.getAttribute('role') ?? null,
      };
    });
    expect(card.modal).toBe('true');
    expect(card.focused).toBe('dialog');
    expect(card.text).toContain('we need to take away children; if care about kids');
    expect(card.text).toContain("Review of the Department of Justice's Planning and Implementation");
    expect(card.text).toContain('Jeff Sessions');
    await page.keyboard.press('Escape');
    await page.waitForSelector('verbatim-card', { hidden: true, timeout: 10_000 });
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset?.quote)).toBe(
      target,
    );
    await page.close();
  });
});

describe('checking a highlighted quote in Firefox', () => {
  it('the context menu item shows the card next to the selection and saves one verification', async () => {
    const quote = expectedWith('verified');
    const page = await openSeed(h);
    const selectionText = await page.evaluate(selectText, quote.quote);
    await h.clickMenu(page, { menuItemId: 'verify-quote', selectionText });
    await page.waitForSelector(`verbatim-card[data-quote="${quote.quote}"]`, { timeout: 10_000 });
    expect(await page.$eval('verbatim-card', (c) => c.getAttribute('data-status'))).toBe(quote.expected);
    const card = await h.inShadowRoot(page, 'verbatim-card', (root) => root.textContent ?? '');
    expect(card).toMatch(/Verified/);
    await expect
      .poll(async () =>
        (await readAll<{ quote: string }>(h, 'verifications')).filter((r) => r.quote === quote.quote),
      )
      .toHaveLength(1);
    const [row] = (await readAll<Record<string, unknown>>(h, 'verifications')).filter(
      (r) => r.quote === quote.quote,
    );
    expect(row).toMatchObject({
      status: quote.expected,
      passageIds: quote.passages,
      url: page.url(),
      origin: 'selection',
      pageTitle: await page.title(),
    });
    expect(String(row?.context)).toContain(quote.quote);
    await page.close();
  });
});

describe('the keyboard command in Firefox', () => {
  it('Alt+Shift+V, pressed by the user on a selection, shows its card and saves it', async () => {
    const quote = expectedWith('elsewhere');
    const page = await openSeed(h);
    await page.bringToFront();
    await h.selectTab(page.url());
    await page.evaluate(selectText, quote.quote);
    // Firefox's shortcut handling gets synthesized keys only from its own window, not back from the
    // page's process: press it with focus in the toolbar (the page keeps its selection).
    await h.focusToolbar();
    await h.pressKey('Alt+Shift+V');
    await page.waitForSelector(`verbatim-card[data-quote="${quote.quote}"]`, { timeout: 10_000 });
    expect(await page.$eval('verbatim-card', (c) => c.getAttribute('data-status'))).toBe(quote.expected);
    await expect
      .poll(async () =>
        (await readAll<{ quote: string; origin: string }>(h, 'verifications')).filter(
          (r) => r.quote === quote.quote && r.origin === 'selection',
        ),
      )
      .toHaveLength(1);
    await page.close();
  });
});

describe('the popup in Firefox', () => {
  it('“This page” lists the background’s scan of the active tab, saves it all, and focuses a quotation', async () => {
    const article = await openSeed(h);
    const found = await badges(article);
    const statuses = found.map((b) => b.status);
    // One record per quotation and page: the headline's “driving force” and the body's are one record.
    const distinct = new Set(found.map((b) => b.quote)).size;
    await article.bringToFront();
    await openExtensionTab(h, 'popup.html');
    const shown = await h.inExtensionPage('popup.html', async (view) => {
      const doc = view.document;
      for (let i = 0; i < 200 && !doc.querySelector('[aria-label="Quotations per verdict"]'); i++)
        await new Promise((ok) => setTimeout(ok, 50));
      const list = doc.querySelector('[aria-label="Quotations per verdict"]');
      return {
        counts: [...(list?.querySelectorAll('li') ?? [])].map((li) => li.textContent ?? ''),
        quotes: doc.querySelectorAll('[aria-label="Quotations on this page"] button').length,
        switchLabel: doc.querySelector('.site-switch label')?.textContent ?? null,
        switchOn: (doc.querySelector('.site-switch input') as HTMLInputElement | null)?.checked ?? null,
        siteAccess: doc.querySelector('.site-access')?.textContent ?? null,
      };
    });
    const expectedCounts = VERDICTS.map(
      (v) => [VERDICT_LABEL[v], statuses.filter((s) => s === v).length] as const,
    )
      .filter(([, n]) => n > 0)
      .map(([label, n]) => `${label}: ${n}`);
    expect(shown.counts.map((t) => t.replace(/^\S+\s/, ''))).toEqual(expectedCounts);
    expect(shown.quotes).toBe(statuses.length);
    expect(shown.switchLabel).toBe('Check quotations on 127.0.0.1');
    expect(shown.switchOn).toBe(true);
    // Access is granted in this profile: no notice.
    expect(shown.siteAccess).toBeNull();

    const saved = await h.inExtensionPage('popup.html', async (view) => {
      const doc = view.document;
      const save = [...doc.querySelectorAll('button')].find((b) => b.textContent === 'Save all on this page');
      save?.click();
      for (let i = 0; i < 200 && !/^Saved/.test(doc.querySelector('.status')?.textContent ?? ''); i++)
        await new Promise((ok) => setTimeout(ok, 50));
      return doc.querySelector('.status')?.textContent ?? '';
    });
    expect(saved).toBe(`Saved ${distinct} quotations to your library.`);
    expect((await readAll(h, 'verifications')).length).toBeGreaterThanOrEqual(distinct);

    // A quotation's button takes the page to it and opens its card.
    const second = await h.inExtensionPage('popup.html', (view) => {
      const button = view.document.querySelectorAll<HTMLButtonElement>(
        '[aria-label="Quotations on this page"] button',
      )[1];
      button?.click();
      return button?.querySelector('.quote-text')?.textContent ?? '';
    });
    await article.waitForSelector('verbatim-card', { timeout: 10_000 });
    expect(`“${await article.$eval('verbatim-card', (c) => c.getAttribute('data-quote'))}”`).toBe(second);
    await article.close();
  });
});
