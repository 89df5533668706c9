/**
 * Shared by the hostile-page tests: badge hosts as checks outside the repo select them, opening a hostile
 * page, and reaching a badge by keyboard (its button lives in a closed shadow root).
 */
import type { Page } from 'playwright-core';
import { ClosedRoots } from '../closed-root';
import type { Harness } from '../harness';

export const BADGE_HOSTS = 'verbatim-badge, [data-verbatim="badge"]';
export const CARD_HOSTS = 'verbatim-card, [data-verbatim="card"]';

/** The quotations of the hostile pages' common article, and what a scan of the untouched article says. */
export const ARTICLE = {
  driving: 'driving force',
  failed: 'failed to effectively prepare for, or manage, the implementation of the zero tolerance policy.',
  children: 'We need to take away children,',
  invented: 'Every family was kept together and each child was home within a single afternoon,',
  days: '3 to 7 days and a significantly longer period in some districts,',
  late: 'a Fiscal Year 2019 funding shortfall of $227 million, and a shortage of 3,000 beds,',
} as const;

export const EXPECTED: Record<string, string> = {
  [ARTICLE.driving]: 'phrase',
  [ARTICLE.failed]: 'verified',
  [ARTICLE.children]: 'verified',
  [ARTICLE.invented]: 'not-found',
  [ARTICLE.days]: 'verified',
};

export interface HostAttrs {
  tag: string;
  status: string;
  quote: string;
  passages: string;
  attribution: string;
  fake: string | null;
}

export function hosts(page: Page): Promise<HostAttrs[]> {
  return page.evaluate(
    (selector) =>
      [...document.querySelectorAll<HTMLElement>(selector)].map((b) => ({
        tag: b.localName,
        status: b.dataset.status ?? '',
        quote: b.dataset.quote ?? '',
        passages: b.dataset.passages ?? '',
        attribution: b.dataset.attribution ?? '',
        fake: b.dataset.fake ?? null,
      })),
    BADGE_HOSTS,
  );
}

/** Opens `path` and waits until at least `min` badge hosts are in it. */
export async function openHostile(h: Harness, path: string, min: number): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(`${h.baseUrl}${path}`);
  await waitForHosts(page, min);
  return page;
}

export function waitForHosts(page: Page, min: number, timeout = 20_000) {
  return page.waitForFunction(
    ([selector, n]) => document.querySelectorAll(selector as string).length >= (n as number),
    [BADGE_HOSTS, min] as const,
    { timeout },
  );
}

export function waitForQuote(page: Page, quote: string, timeout = 15_000) {
  return page.waitForFunction(
    ([selector, q]) =>
      [...document.querySelectorAll<HTMLElement>(selector as string)].some((b) => b.dataset.quote === q),
    [BADGE_HOSTS, quote] as const,
    { timeout },
  );
}

/** Tabs to the badge of `quote`; true when focus reached it. */
export async function focusBadge(page: Page, quote: string): Promise<boolean> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const reached = await page.evaluate(
      (q) => (document.activeElement as HTMLElement | null)?.dataset?.quote === q,
      quote,
    );
    if (reached) return true;
  }
  return false;
}

/** The hostile page's own record of what its script managed to do. */
export function hostileReport<T = Record<string, number>>(page: Page): Promise<T> {
  return page.evaluate(() => (window as unknown as { hostileReport: unknown }).hostileReport) as Promise<T>;
}

/** Opens the card of `quote` the way a reader does (Tab to its badge, Enter); the card's closed root. */
export async function openCardOf(page: Page, quote: string): Promise<ClosedRoots> {
  if (!(await focusBadge(page, quote))) throw new Error(`no badge of “${quote}” took focus`);
  await page.keyboard.press('Enter');
  await page.waitForFunction((s) => document.querySelector(s) !== null, CARD_HOSTS, { timeout: 5000 });
  return ClosedRoots.attach(page);
}

/** Text inside the open card: `selector` within its root, or the whole root. */
export function cardText(roots: ClosedRoots, selector?: string): Promise<string> {
  const target = selector ? `this.querySelector(${JSON.stringify(selector)})` : 'this';
  return roots.inRoot('verbatim-card', {}, `function () { return ${target}?.textContent ?? ''; }`);
}

/** The card's status line once it says something matching `done` (or after about 8 s). */
export async function cardStatus(page: Page, roots: ClosedRoots, done: RegExp): Promise<string> {
  let status = '';
  for (let i = 0; i < 80 && !done.test(status); i++) {
    await page.waitForTimeout(100);
    status = await cardText(roots, '[role="status"]');
  }
  return status;
}
