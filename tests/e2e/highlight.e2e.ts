/**
 * Checking a highlighted quotation in real Chromium: the context-menu listener the worker registered,
 * the keyboard command's handler and the popup's "Check a quote" message, on the seed page.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch } from './harness';
import { selectText } from './seed-page';
import { extensionWithTabAccess } from './tab-access';
import { readAll } from './worker-db';

interface ExpectedQuote {
  quote: string;
  expected: string;
  passages: string[];
  soft: boolean;
}
const expected = JSON.parse(
  readFileSync(resolve(process.cwd(), 'tests/fixtures/seed-article.expected.json'), 'utf8'),
) as { quotes: ExpectedQuote[] };
const byStatus = (status: string) => {
  const row = expected.quotes.find((q) => q.expected === status && !q.soft && q.quote.split(' ').length > 6);
  if (!row) throw new Error(`no ${status} row in the expected file`);
  return row;
};
const VERIFIED = byStatus('verified');
const ELSEWHERE = byStatus('elsewhere');
const MESSAGE = 'Select the words of a quotation (up to 2,000 characters).';

interface Verification {
  id: number;
  quote: string;
  status: string;
  passageIds: string[];
  url: string;
  pageTitle: string;
  context?: string;
  origin: string;
  createdAt: number;
  updatedAt: number;
}

interface TabInfo {
  id: number;
  windowId?: number;
  index?: number;
  url?: string;
  title?: string;
}

let h: Harness;
let page: Page;
let pageUrl: string;
let tab: TabInfo;
let extension: ReturnType<typeof extensionWithTabAccess>;

beforeAll(async () => {
  extension = extensionWithTabAccess();
  h = await launch({ extensionDir: extension.dir });
  pageUrl = `${h.baseUrl}/seed-article.html`;
  page = await h.context.newPage();
  await page.goto(pageUrl);
  await page.bringToFront();
  // A click on the menu hands the listener the tab with its URL and title (the click grants activeTab).
  tab = { ...(await activeTab()), url: pageUrl, title: await page.title() };
});
afterAll(async () => {
  await h?.close();
  extension?.remove();
});

/** The active tab as the worker sees it (id only: without the "tabs" permission URLs stay hidden). */
function activeTab(): Promise<TabInfo> {
  return h.inWorker(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { tabs: { query(q: object): Promise<Array<{ id: number; windowId: number; index: number }>> } };
    };
    const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (!active) throw new Error('no active tab');
    return { id: active.id, windowId: active.windowId, index: active.index };
  });
}

/** Selects `text` in the page the way a reader would (a Range over the text nodes); returns what the browser reports. */
function select(text: string, frame: Page | Frame = page): Promise<string> {
  return frame.evaluate(selectText, text);
}

/** Clicks "Verify quote with Verbatim": fires the listener the worker registered for the menu. */
function clickMenu(
  selectionText: string,
  on: { tab: TabInfo; pageUrl: string; frameId: number } = { tab, pageUrl, frameId: 0 },
): Promise<void> {
  return h.inWorker(
    ({
      selectionText,
      pageUrl,
      tab,
      frameId,
    }: {
      selectionText: string;
      pageUrl: string;
      tab: TabInfo;
      frameId: number;
    }) => {
      type Dispatchable = { dispatch(info: object, tab: object): void };
      const { chrome } = globalThis as unknown as { chrome: { contextMenus: { onClicked: Dispatchable } } };
      chrome.contextMenus.onClicked.dispatch(
        { menuItemId: 'verify-quote', selectionText, pageUrl, frameId, editable: false },
        tab,
      );
    },
    { selectionText, ...on },
  );
}

/** Presses the keyboard command: fires the worker's `commands.onCommand` listener. */
function pressCommand(): Promise<void> {
  return h.inWorker(
    ({ tab }: { tab: TabInfo }) => {
      type Dispatchable = { dispatch(command: string, tab: object): void };
      const { chrome } = globalThis as unknown as { chrome: { commands: { onCommand: Dispatchable } } };
      chrome.commands.onCommand.dispatch('verify-selection', tab);
    },
    { tab },
  );
}

/** Sends `checkText` from the popup page, as its "Check a quote" box does. */
async function checkFromPopup(text: string, url: string, title: string) {
  const popup = await h.openExtensionPage('popup.html');
  try {
    return await popup.evaluate(
      async (data) => {
        const { chrome } = globalThis as unknown as {
          chrome: { runtime: { sendMessage(m: object): Promise<{ res?: unknown; err?: unknown }> } };
        };
        const reply = await chrome.runtime.sendMessage({
          id: 1,
          type: 'checkText',
          data,
          timestamp: Date.now(),
        });
        if (reply.err) throw new Error(JSON.stringify(reply.err));
        return reply.res as {
          ok: boolean;
          message?: string;
          quote?: string;
          result?: { status: string; passageIds: string[] };
        };
      },
      { text, url, title, origin: 'popup' as const },
    );
  } finally {
    await popup.close();
  }
}

const card = () => page.locator('verbatim-card');
const rows = () => readAll<Verification>(h, 'verifications');
const rowsFor = async (quote: string) => (await rows()).filter((r) => r.quote === quote);

describe('checking a highlighted quote', () => {
  it('context menu: the card appears next to the selection with the verdict, and one verification is saved', async () => {
    const selectionText = await select(VERIFIED.quote);
    await clickMenu(selectionText);
    await expect.poll(() => card().getAttribute('data-status'), { timeout: 10_000 }).toBe(VERIFIED.expected);
    await expect(card().getAttribute('data-quote')).resolves.toBe(VERIFIED.quote);

    await expect.poll(() => rows().then((r) => r.length), { timeout: 10_000 }).toBe(1);
    const [row] = await rows();
    expect(row).toMatchObject({
      quote: VERIFIED.quote,
      status: VERIFIED.expected,
      passageIds: VERIFIED.passages,
      url: pageUrl,
      origin: 'selection',
    });
    expect(row?.pageTitle).toBe(await page.title());
    expect(row?.context).toContain(VERIFIED.quote);
    expect(row?.createdAt).toBe(row?.updatedAt);
  });

  it('the same check twice keeps one row and updates its time', async () => {
    const [before] = await rowsFor(VERIFIED.quote);
    await new Promise((ok) => setTimeout(ok, 20));
    await clickMenu(await select(VERIFIED.quote));
    await expect
      .poll(async () => (await rowsFor(VERIFIED.quote))[0]?.updatedAt, { timeout: 10_000 })
      .toBeGreaterThan(before!.updatedAt);
    const after = await rowsFor(VERIFIED.quote);
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ id: before!.id, createdAt: before!.createdAt, status: before!.status });
    expect(await rows()).toHaveLength(1);
  });

  it('the keyboard command and the popup box give the same verdict for the same text', async () => {
    await select(ELSEWHERE.quote);
    await pressCommand();
    await expect.poll(() => card().getAttribute('data-quote'), { timeout: 10_000 }).toBe(ELSEWHERE.quote);
    const fromCommand = await card().getAttribute('data-status');
    await expect.poll(() => rowsFor(ELSEWHERE.quote).then((r) => r.length), { timeout: 10_000 }).toBe(1);

    const fromPopup = await checkFromPopup(`“${ELSEWHERE.quote}”`, pageUrl, await page.title());
    expect(fromPopup).toMatchObject({ ok: true, quote: ELSEWHERE.quote });
    expect(fromCommand).toBe(ELSEWHERE.expected);
    expect(fromPopup.result?.status).toBe(fromCommand);
    expect(fromPopup.result?.passageIds).toEqual((await rowsFor(ELSEWHERE.quote))[0]?.passageIds);
    // Same words, same page: the popup's check refreshed the command's row.
    expect(await rowsFor(ELSEWHERE.quote)).toHaveLength(1);
  });

  it('an over-long selection gets the message and adds no row', async () => {
    const before = await rows();
    const longText = `${'The Department of Justice did not prepare. '.repeat(240)}`;
    expect(longText.length).toBeGreaterThan(10_000);
    await clickMenu(longText);
    await expect.poll(() => card().getAttribute('data-status'), { timeout: 10_000 }).toBe('message');
    expect(await checkFromPopup(longText, pageUrl, 't')).toEqual({ ok: false, message: MESSAGE });
    expect(await checkFromPopup(' “ ” ', pageUrl, 't')).toEqual({ ok: false, message: MESSAGE });
    expect(await rows()).toEqual(before);
  });

  it('where our content script is not running (a sub-frame), injects it and shows the card there', async () => {
    h.routes.set(
      '/framed.html',
      '<!doctype html><title>Framed</title><iframe src="/seed-article.html" width="900" height="600"></iframe>',
    );
    const framed = await h.context.newPage();
    await framed.goto(`${h.baseUrl}/framed.html`);
    await framed.bringToFront();
    const inner = framed.frames().find((f) => f !== framed.mainFrame());
    await inner!.waitForLoadState();
    // Content scripts run in top frames only: nothing answers in the iframe until one is injected.
    expect(await inner!.locator('verbatim-badge').count()).toBe(0);
    const framedTab: TabInfo = { ...(await activeTab()), url: framed.url(), title: 'Framed' };
    const frameId = await h.inWorker(async (tabId: number) => {
      const { chrome } = globalThis as unknown as {
        chrome: {
          scripting: { executeScript(i: object): Promise<Array<{ frameId: number; result: string }>> };
        };
      };
      const frames = await chrome.scripting.executeScript({
        target: { tabId, allFrames: true },
        func: () => location.pathname,
      });
      return frames.find((f) => f.result === '/seed-article.html')?.frameId;
    }, framedTab.id);
    expect(frameId).toBeGreaterThan(0);

    const selectionText = await select(VERIFIED.quote, inner!);
    await clickMenu(selectionText, { tab: framedTab, pageUrl: framed.url(), frameId: frameId! });
    const frameCard = inner!.locator('verbatim-card');
    await expect
      .poll(() => frameCard.getAttribute('data-status'), { timeout: 10_000 })
      .toBe(VERIFIED.expected);
    expect(await framed.locator('verbatim-card').count()).toBe(0);
    await framed.close();
    await page.bringToFront();
  });

  it('where nothing can be injected, the verdict goes to the toolbar and the popup’s latest check', async () => {
    const browserPage = await h.context.newPage();
    await browserPage.goto('chrome://version/');
    await browserPage.bringToFront();
    const versionTab: TabInfo = { ...(await activeTab()), url: 'chrome://version/', title: 'About Version' };
    expect(versionTab).toBeDefined();
    await h.inWorker(
      ({ tab, text }: { tab: TabInfo; text: string }) => {
        type Dispatchable = { dispatch(info: object, tab: object): void };
        const { chrome } = globalThis as unknown as { chrome: { contextMenus: { onClicked: Dispatchable } } };
        chrome.contextMenus.onClicked.dispatch(
          { menuItemId: 'verify-quote', selectionText: text, pageUrl: tab.url, frameId: 0, editable: false },
          tab,
        );
      },
      { tab: versionTab!, text: VERIFIED.quote },
    );
    const badge = () =>
      h.inWorker(async (tabId: number) => {
        const { chrome } = globalThis as unknown as {
          chrome: {
            action: { getBadgeText(d: object): Promise<string>; getTitle(d: object): Promise<string> };
          };
        };
        return {
          text: await chrome.action.getBadgeText({ tabId }),
          title: await chrome.action.getTitle({ tabId }),
        };
      }, versionTab!.id);
    await expect.poll(async () => (await badge()).text, { timeout: 10_000 }).toBe('✓');
    expect((await badge()).title).toMatch(/Verified/);
    const latest = await h.inWorker(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } };
      };
      return (await chrome.storage.session.get('latestCheck')).latestCheck as {
        ok: boolean;
        quote: string;
        url: string;
      };
    });
    expect(latest).toMatchObject({ ok: true, quote: VERIFIED.quote, url: 'chrome://version/' });
    await browserPage.close();
  });
});
