import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClosedRoots } from './closed-root';
import { ContentWorld } from './content-world';
import { type Harness, launch } from './harness';
import { expectSeedVerdicts } from './seed-page';
import { readAll } from './worker-db';

interface Row {
  quote: string;
  expected: string;
  passages: string[];
  soft: boolean;
}
const rows = (
  JSON.parse(readFileSync(resolve(process.cwd(), 'tests/fixtures/seed-article.expected.json'), 'utf8')) as {
    quotes: Row[];
  }
).quotes;
const hardRows = rows.filter((r) => !r.soft);

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(() => h?.close());

/** The chrome.* calls made in the service worker (tests are typed for Node). */
interface WorkerChrome {
  tabs: {
    query(q: object): Promise<Array<{ id?: number }>>;
    sendMessage(tabId: number, message: object): Promise<unknown>;
  };
  storage: { session: { get(key: string): Promise<Record<string, unknown>> } };
}

type BadgeAttrs = { status: string; quote: string; passages: string; headline: boolean };

function badges(page: Page): Promise<BadgeAttrs[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('verbatim-badge')].map((b) => ({
      status: b.dataset.status ?? '',
      quote: b.dataset.quote ?? '',
      passages: b.dataset.passages ?? '',
      headline: b.closest('h1') !== null,
    })),
  );
}

async function openSeed(path = '/seed-article.html'): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(`${h.baseUrl}${path}`);
  await page.waitForFunction(
    (n) => document.querySelectorAll('verbatim-badge').length >= n,
    hardRows.length,
    {
      timeout: 20_000,
    },
  );
  return page;
}

/** Waits until a badge carries `quote` (scans of late or re-rendered content take a debounce or two). */
function waitForBadge(page: Page, quote: string) {
  return page.waitForFunction(
    (q) => [...document.querySelectorAll<HTMLElement>('verbatim-badge')].some((b) => b.dataset.quote === q),
    quote,
    { timeout: 15_000 },
  );
}

async function verificationsFor(quote: string): Promise<number> {
  return (await readAll<{ quote: string }>(h, 'verifications')).filter((r) => r.quote === quote).length;
}

describe('seed article', () => {
  it('badges every quotation with the expected verdict, nothing from the sidebar, and records the scan', async () => {
    const page = await h.context.newPage();
    const world = await ContentWorld.attach(page, h.extensionId);
    await page.goto(`${h.baseUrl}/seed-article.html`);
    await world.when('scan');
    const found = await badges(page);
    expectSeedVerdicts(found);
    expect(found.some((b) => b.quote.includes('We are not done yet'))).toBe(false);
    // Each badge sits right after its closing mark.
    const before = await page.evaluate(() =>
      [...document.querySelectorAll('verbatim-badge')].map(
        (b) => b.previousSibling?.textContent?.trim().slice(-1) ?? '',
      ),
    );
    for (const ch of before) expect(ch).toMatch(/[”"’']/);
    const timings = await world.timings();
    expect(timings?.count.scan).toBe(1);
    expect(timings?.count.extract).toBeGreaterThan(0);
    await page.close();
  });

  it('opens a card by keyboard; it shows passage, source, speaker and evidence; Save stores exactly one row; Esc returns focus', async () => {
    const target = 'We need to take away children,';
    const page = await openSeed();
    const roots = await ClosedRoots.attach(page);
    // The buttons live in closed roots: Playwright locators cannot reach them, the keyboard can.
    let reached = false;
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(
        (q) => (document.activeElement as HTMLElement | null)?.dataset?.quote === q,
        target,
      );
    }
    expect(reached).toBe(true);
    const badgeName = (await roots.axNodes()).find(
      (n) => n.role === 'button' && n.name.startsWith('Verbatim: Verified'),
    );
    expect(badgeName?.name).toMatch(/^Verbatim: Verified.* — show why$/);
    await page.keyboard.press('Enter');
    await page.waitForSelector('verbatim-card', { state: 'attached' });
    // The card is drawn where the reader is looking: fully inside the viewport, not at the page's end.
    // Measured on the dialog itself: the host is a zero-size fixed box the card is placed from.
    const box = await roots.inRoot<{
      top: number;
      bottom: number;
      left: number;
      right: number;
      vw: number;
      vh: number;
    }>(
      'verbatim-card',
      {},
      `function () { const r = this.querySelector('[role="dialog"]').getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, vw: innerWidth, vh: innerHeight }; }`,
    );
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(box.vh);
    expect(box.right).toBeLessThanOrEqual(box.vw);
    const card = await roots.inRoot<{
      text: string;
      focused: string | null;
      role: string | null;
      modal: string | null;
    }>(
      'verbatim-card',
      {},
      `function () {
        const dialog = this.querySelector('[role="dialog"]');
        return { text: dialog.textContent, focused: this.activeElement && this.activeElement.getAttribute('role'),
          role: dialog.getAttribute('role'), modal: dialog.getAttribute('aria-modal') };
      }`,
    );
    expect(card.role).toBe('dialog');
    expect(card.modal).toBe('true');
    expect(card.focused).toBe('dialog');
    expect(card.text).toContain('we need to take away children; if care about kids');
    expect(card.text).toContain("Review of the Department of Justice's Planning and Implementation");
    expect(card.text).toContain('Jeff Sessions');
    expect(card.text).toMatch(/Evidence: /);
    const ax = await roots.axNodes();
    expect(ax.some((n) => n.role === 'dialog' && n.name.includes('Verified'))).toBe(true);

    expect(await verificationsFor(target)).toBe(0);
    await roots.inRoot(
      'verbatim-card',
      {},
      `function () {
      [...this.querySelectorAll('button')].find((b) => b.textContent === 'Save').focus();
    }`,
    );
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => true);
    let status = '';
    for (let i = 0; i < 50 && !status; i++) {
      status = await roots.inRoot<string>(
        'verbatim-card',
        {},
        'function () { return this.querySelector(".vb-status").textContent; }',
      );
      if (!status) await page.waitForTimeout(100);
    }
    expect(status).toBe('Saved to your library.');
    expect(await verificationsFor(target)).toBe(1);

    await page.keyboard.press('Escape');
    await page.waitForSelector('verbatim-card', { state: 'detached' });
    const focused = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset?.quote);
    expect(focused).toBe(target);
    expect(await verificationsFor(target)).toBe(1);
    await page.close();
  });
});

it('focusQuote (sent by the popup) scrolls to the quotation and opens its card; an unknown index answers false', async () => {
  for (const p of h.context.pages()) await p.close();
  const page = await openSeed();
  // What the popup does: list the background's scan of the tab and send focusQuote with an index into it.
  const scan = await h.inWorker(async () => {
    const { chrome } = globalThis as unknown as { chrome: WorkerChrome };
    const [tab] = await chrome.tabs.query({});
    const key = `tabScan:${tab?.id}`;
    // Stored compactly: [start, end, verdict, words, attributed to] per quotation.
    const stored = (await chrome.storage.session.get(key))[key] as {
      quotes: Array<[number, number, string, string]>;
    };
    return { tabId: tab?.id as number, quotes: stored.quotes.map((q) => q[3]) };
  });
  const focus = (index: number) =>
    h.inWorker(
      ({ tabId, index }) =>
        (globalThis as unknown as { chrome: WorkerChrome }).chrome.tabs.sendMessage(tabId, {
          id: 1,
          type: 'focusQuote',
          data: { index },
          timestamp: Date.now(),
        }),
      { tabId: scan.tabId, index },
    );
  const target = (await badges(page)).at(-1)?.quote as string;
  const index = scan.quotes.lastIndexOf(target);
  expect(index).toBeGreaterThan(0);
  expect(await focus(scan.quotes.length + 5)).toEqual({ res: false });
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  expect(await focus(index)).toEqual({ res: true });
  const card = await page.waitForSelector('verbatim-card', { state: 'attached' });
  expect(await card.getAttribute('data-quote')).toBe(target);
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  await page.close();
});

it('badges article paragraphs that arrive after load, and a later "read more" paragraph, without duplicates', async () => {
  const page = await h.context.newPage();
  await page.goto(`${h.baseUrl}/late-article.html`);
  const late = 'a Fiscal Year 2019 funding shortfall of $227 million, and a shortage of 3,000 beds,';
  await waitForBadge(page, late);
  await page.waitForTimeout(800);
  const found = await badges(page);
  expect(found.find((b) => b.quote === 'We need to take away children,')?.status).toBe('verified');
  expect(found.find((b) => b.quote === 'driving force')?.status).toBe('phrase');
  expect(found.find((b) => b.quote === late)?.status).toBe('verified');
  expect(new Set(found.map((b) => b.quote)).size).toBe(found.length);
  await page.close();
});

it('a single-page-app navigation clears the old badges and badges the new story', async () => {
  const page = await h.context.newPage();
  await page.goto(`${h.baseUrl}/spa-article.html`);
  await page.waitForFunction(() =>
    [...document.querySelectorAll<HTMLElement>('verbatim-badge')].some(
      (b) => b.dataset.quote === 'We need to take away children,',
    ),
  );
  await page.evaluate(() => (window as unknown as { showStoryTwo(): void }).showStoryTwo());
  const late = 'a Fiscal Year 2019 funding shortfall of $227 million, and a shortage of 3,000 beds,';
  await waitForBadge(page, late);
  await page.waitForTimeout(800);
  const found = await badges(page);
  expect(found.map((b) => b.quote).sort()).toEqual(
    [late, '3 to 7 days and a significantly longer period in some districts,'].sort(),
  );
  await page.close();
});

it('a hostile page can neither read nor restyle the inside of a badge', async () => {
  const styleOf = `function () {
    const cs = getComputedStyle(this.querySelector('button'));
    return { color: cs.color, background: cs.backgroundColor, fontSize: cs.fontSize, display: cs.display };
  }`;
  const match = { 'data-quote': 'driving force' };
  const seed = await openSeed();
  const normal = await (await ClosedRoots.attach(seed)).inRoot(`verbatim-badge`, match, styleOf);
  await seed.close();

  const page = await openSeed('/hostile.html');
  const report = await page.evaluate(
    () => (window as unknown as { hostileReport: Record<string, unknown> }).hostileReport,
  );
  expect(report.seen).toBeGreaterThanOrEqual(hardRows.length);
  expect(new Set(report.shadowRoots as string[])).toEqual(new Set(['null']));
  expect(report.attachErrors).toBe(report.seen);
  expect(report.innerButtons).toBe(0);
  const hostile = await (await ClosedRoots.attach(page)).inRoot(`verbatim-badge`, match, styleOf);
  expect(hostile).toEqual(normal);
  const host = await page.evaluate(() => {
    const cs = getComputedStyle(document.querySelector('verbatim-badge') as Element);
    return { display: cs.display, color: cs.color };
  });
  expect(host.display).not.toBe('none');
  expect(host.color).not.toBe('rgb(255, 0, 0)');
  await page.close();
});

it('runs no extraction on a page that is not an article', async () => {
  const page = await h.context.newPage();
  const world = await ContentWorld.attach(page, h.extensionId);
  await page.goto(`${h.baseUrl}/non-article.html`);
  await world.when('start', 10_000);
  await page.waitForTimeout(1500);
  const state = {
    extract: (await world.timings())?.count.extract ?? 0,
    badges: await page.evaluate(() => document.querySelectorAll('verbatim-badge').length),
  };
  expect(state).toEqual({ extract: 0, badges: 0 });
  await page.close();
});

it('a site switched off gets no badges and no scan; switching it back on badges the open page, off again removes them', async () => {
  for (const p of h.context.pages()) await p.close();
  const setDisabled = (sites: string[]) =>
    h.inWorker(
      (disabledSites) =>
        (
          globalThis as unknown as {
            chrome: { storage: { local: { set(items: object): Promise<void> } } };
          }
        ).chrome.storage.local.set({ disabledSites }),
      sites,
    );
  const storedScan = () =>
    h.inWorker(async () => {
      const { chrome } = globalThis as unknown as { chrome: WorkerChrome };
      const [tab] = await chrome.tabs.query({});
      const key = `tabScan:${tab?.id}`;
      return ((await chrome.storage.session.get(key))[key] ?? null) as {
        enabled: boolean;
        quotes: unknown[];
      } | null;
    });
  const host = new URL(h.baseUrl).hostname;
  await setDisabled([host]);
  try {
    const page = await h.context.newPage();
    const world = await ContentWorld.attach(page, h.extensionId);
    await page.goto(`${h.baseUrl}/seed-article.html`);
    await world.when('start', 10_000);
    await page.waitForTimeout(1500);
    expect(await badges(page)).toEqual([]);
    // Switched off means no work at all: not even Readability runs.
    expect((await world.timings())?.count.extract ?? 0).toBe(0);
    const off = await storedScan();
    expect(off?.quotes ?? []).toEqual([]);
    expect(off?.enabled).not.toBe(true);

    await setDisabled([]);
    await page.waitForFunction(
      (n) => document.querySelectorAll('verbatim-badge').length >= n,
      hardRows.length,
      {
        timeout: 10_000,
      },
    );
    expect((await storedScan())?.quotes.length).toBeGreaterThanOrEqual(hardRows.length);

    await setDisabled([host]);
    await page.waitForFunction(() => document.querySelectorAll('verbatim-badge').length === 0, null, {
      timeout: 10_000,
    });
    await page.close();
  } finally {
    await setDisabled([]);
  }
});
