/**
 * Hostile pages against Verbatim's hosts: pages that own the hosts' element names, draw look-alikes, move
 * genuine badges, hide words of a quotation, hide the whole page, or rewrite what is copied. Each page is
 * in tests/fixtures/hostile/ and can be opened by hand with the extension loaded.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClosedRoots } from '../closed-root';
import { FIXTURES_DIR, type Harness, launch } from '../harness';
import {
  ARTICLE,
  BADGE_HOSTS,
  cardStatus,
  cardText,
  EXPECTED,
  hostileReport,
  hosts,
  openCardOf,
  openHostile,
  waitForHosts,
} from './pages';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(() => h?.close());

const ARTICLE_QUOTES = Object.keys(EXPECTED).length;

/** The accessible name of the badge of `quote`, read inside its closed root. */
function badgeName(roots: ClosedRoots, quote: string): Promise<string> {
  return roots.inRoot(
    'verbatim-badge',
    { 'data-quote': quote },
    `function () {
    return this.querySelector('button')?.getAttribute('aria-label') ?? '';
  }`,
  );
}

describe('hosts the page cannot own', () => {
  it('a page that defines verbatim-badge and verbatim-card first reaches no shadow root, and cards still open', async () => {
    const page = await openHostile(h, '/hostile/takeover.html', ARTICLE_QUOTES);
    const found = await hosts(page);
    for (const [quote, status] of Object.entries(EXPECTED)) {
      const host = found.find((b) => b.quote === quote);
      expect(host?.status, quote).toBe(status);
      // The contract for hosts that are not <verbatim-badge>.
      if (host?.tag !== 'verbatim-badge') expect(host?.tag).not.toBe('');
    }
    const roots = await ClosedRoots.attach(page);
    expect(await badgeName(roots, ARTICLE.invented)).toMatch(/Not found/);

    const dialog = await cardText(await openCardOf(page, ARTICLE.children), '[role="dialog"]');
    expect(dialog).toContain('Verified');
    await page.waitForTimeout(500);
    const report = await hostileReport(page);
    expect(report).toMatchObject({ rootsRead: 0, rewritten: 0, cardRoots: 0 });
    await page.close();
  });

  it('a page whose verbatim-badge attaches its own shadow root still gets every badge', async () => {
    const page = await openHostile(h, '/hostile/own-root.html', ARTICLE_QUOTES);
    const found = await hosts(page);
    for (const [quote, status] of Object.entries(EXPECTED)) {
      const host = found.find((b) => b.quote === quote);
      expect(host?.status, quote).toBe(status);
    }
    // Only Verbatim's hosts carry its data attributes; the page's element is not one of them.
    expect(found.every((b) => b.tag !== 'verbatim-badge' || b.status !== '')).toBe(true);
    expect(await badgeName(await ClosedRoots.attach(page), ARTICLE.invented)).toMatch(/Not found/);
    await page.close();
  });

  it('a page that defines verbatim-badge after the badges are in upgrades them, but reaches no shadow root', async () => {
    const page = await openHostile(h, '/hostile/late-define.html', ARTICLE_QUOTES);
    await page.waitForFunction(
      () => (window as unknown as { hostileReport: { upgraded: number } }).hostileReport.upgraded > 0,
    );
    expect(await hostileReport(page)).toMatchObject({ rootsRead: 0 });
    expect(await badgeName(await ClosedRoots.attach(page), ARTICLE.invented)).toMatch(/Not found/);
    await page.close();
  });

  it('look-alikes are removed, and a moved, relabelled or removed genuine badge is put back', async () => {
    const page = await openHostile(h, '/hostile/lookalike.html', ARTICLE_QUOTES);
    await page.waitForTimeout(1500);
    const found = await hosts(page);
    expect(found.filter((b) => b.fake !== null)).toEqual([]);
    expect(found.map((b) => b.quote).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const b of found) expect(b.status, b.quote).toBe(EXPECTED[b.quote]);
    const byParagraph = await page.evaluate(
      (selector) =>
        [...document.querySelectorAll('#story p')].map((p) =>
          [...p.querySelectorAll<HTMLElement>(selector)].map((b) => b.dataset.status),
        ),
      BADGE_HOSTS,
    );
    // Paragraph 3 holds the verified quotation, paragraph 4 the invented one.
    expect(byParagraph[2]).toEqual(['verified']);
    expect(byParagraph[3]).toEqual(['not-found']);
    await page.close();
  });
});

describe('verdicts only for the words the reader sees', () => {
  const hidden = [
    'driving force',
    'failed to effectively prepare for, or manage, the implementation of the zero tolerance policy.',
    'We need to take away children,',
    '3 to 7 days and a significantly longer period in some districts,',
    'a Fiscal Year 2019 funding shortfall of $227 million, and a shortage of 3,000 beds,',
    'found no evidence that DOJ leadership engaged in discussions with the U.S. Attorneys, the USMS, or DHS, prior to the implementation of the zero tolerance policy, about a process for expediting prosecutions of family unit adults so that child separations would not occur.',
    'The Western District of Texas employed a pilot program [the El Paso Initiative] that involved the prosecution of adults in family units last fall-and it worked.',
  ];
  const control =
    'The Department’s single-minded focus on increasing prosecutions came at the expense of careful and appropriate consideration of the impact that prosecution of family unit adults and family separations would have on children traveling with them and the government’s ability to later reunite the children with their parents,';

  it('words hidden by display, visibility, zero size, clipping or transparent text, or added by ::before/::after, are never verified', async () => {
    const page = await openHostile(h, '/hostile/hidden-text.html', hidden.length + 1);
    await page.waitForTimeout(300);
    const found = await hosts(page);
    for (const quote of hidden) expect(found.find((b) => b.quote === quote)?.status, quote).toBe('hidden');
    expect(found.find((b) => b.quote === control)?.status).toBe('verified');

    const roots = await ClosedRoots.attach(page);
    expect(await badgeName(roots, ARTICLE.children)).toMatch(/hides/i);
    const card = await cardText(await openCardOf(page, ARTICLE.children));
    expect(card).toMatch(/hides part of the quoted text/);
    expect(card).not.toMatch(/✓/);
    await page.close();
  });

  it('badges inside a hidden container are hidden with it, and keep their verdicts', async () => {
    const page = await openHostile(h, '/hostile/hidden-container.html', ARTICLE_QUOTES);
    const state = await page.evaluate(
      (selector) =>
        [...document.querySelectorAll<HTMLElement>(selector)].map((b) => ({
          quote: b.dataset.quote ?? '',
          status: b.dataset.status ?? '',
          visible: b.checkVisibility({ visibilityProperty: true, opacityProperty: true }),
        })),
      BADGE_HOSTS,
    );
    expect(state.length).toBe(ARTICLE_QUOTES);
    for (const b of state) {
      expect(b.visible, b.quote).toBe(false);
      expect(b.status, b.quote).toBe(EXPECTED[b.quote]);
    }
    await page.close();
  });
});

describe('copy citation', () => {
  it('never goes through the page’s copy event, and says so when it cannot copy', async () => {
    // Not a secure context (unlike 127.0.0.1): the page gives no clipboard API, the case that used to
    // fall back to a copy event the page could rewrite.
    const origin = 'http://hostile.verbatim.test';
    const page = await h.context.newPage();
    await page.route(`${origin}/**`, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: readFileSync(resolve(FIXTURES_DIR, 'hostile/copy.html')),
      }),
    );
    await page.goto(`${origin}/copy.html`);
    await waitForHosts(page, ARTICLE_QUOTES);
    const roots = await openCardOf(page, ARTICLE.children);
    // A real key press: the copy fallback needed the user's activation, which a scripted click lacks.
    const seen: string[] = [];
    for (let i = 0; i < 30 && !/copy/i.test(seen.at(-1) ?? ''); i++) {
      await page.keyboard.press('Tab');
      seen.push(
        await roots.inRoot<string>(
          'verbatim-card',
          {},
          `function () {
          return this.activeElement?.textContent ?? '';
        }`,
        ),
      );
    }
    expect(seen.at(-1), seen.join(' | ')).toMatch(/copy/i);
    await page.keyboard.press('Enter');
    const status = await cardStatus(page, roots, /copied|Could not/);
    expect(await hostileReport(page)).toEqual({ copyEvents: 0 });
    expect(status).toMatch(/Could not copy/);
    await page.close();
  });
});
