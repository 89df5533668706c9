/** The badge and card a reader meets: the wrong-speaker badge, and a card placed next to its badge. */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClosedRoots } from './closed-root';
import { type Harness, launch } from './harness';
import { readAll } from './worker-db';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(() => h?.close());

const WRONG = 'If you cross this border unlawfully, then we will prosecute you,';
const RIGHT = 'We need to take away children,';

async function openPage(width: number, height: number): Promise<Page> {
  const page = await h.context.newPage();
  await page.setViewportSize({ width, height });
  await page.goto(`${h.baseUrl}/wrong-speaker.html`);
  await page.waitForFunction(() => document.querySelectorAll('verbatim-badge').length >= 2, null, {
    timeout: 20_000,
  });
  return page;
}

/** Opens the card of the badge on `quote` by keyboard, the badge scrolled to `where` in the viewport. */
async function openCardOf(page: Page, quote: string, where: ScrollLogicalPosition): Promise<void> {
  await page.evaluate(
    ({ q, block }) => {
      const host = [...document.querySelectorAll<HTMLElement>('verbatim-badge')].find(
        (b) => b.dataset.quote === q,
      );
      host?.scrollIntoView({ block });
      host?.focus();
    },
    { q: quote, block: where },
  );
  await page.keyboard.press('Enter');
  await page.waitForSelector('verbatim-card', { state: 'attached' });
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
}

interface Geometry {
  card: { top: number; bottom: number; left: number; right: number };
  badge: { top: number; bottom: number; left: number; right: number };
  vw: number;
  vh: number;
}

async function geometry(page: Page, roots: ClosedRoots, quote: string): Promise<Geometry> {
  const card = await roots.inRoot<Geometry['card']>(
    'verbatim-card',
    {},
    `function () { const r = this.querySelector('[role="dialog"]').getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right }; }`,
  );
  const rest = await page.evaluate((q) => {
    const host = [...document.querySelectorAll<HTMLElement>('verbatim-badge')].find(
      (b) => b.dataset.quote === q,
    );
    const r = host!.getBoundingClientRect();
    return {
      badge: { top: r.top, bottom: r.bottom, left: r.left, right: r.right },
      vw: document.documentElement.clientWidth,
      vh: innerHeight,
    };
  }, quote);
  return { card, ...rest };
}

/** Next to its badge (just above or just below, not over it), inside the viewport. */
function expectBeside(g: Geometry, label: string) {
  const below = g.card.top >= g.badge.bottom && g.card.top - g.badge.bottom <= 16;
  const above = g.card.bottom <= g.badge.top && g.badge.top - g.card.bottom <= 16;
  expect(below || above, `${label}: ${JSON.stringify(g)}`).toBe(true);
  expect(g.card.left, label).toBeGreaterThanOrEqual(0);
  expect(g.card.right, label).toBeLessThanOrEqual(g.vw);
  expect(g.card.top, label).toBeGreaterThanOrEqual(0);
  expect(g.card.bottom, label).toBeLessThanOrEqual(g.vh);
}

describe('wrong speaker', () => {
  it('words the report gives to someone else get an amber "Wrong speaker" badge, and the card says who said them', async () => {
    const page = await openPage(1200, 800);
    const hosts = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('verbatim-badge')].map((b) => ({ ...b.dataset })),
    );
    expect(hosts.find((b) => b.quote === WRONG)).toMatchObject({
      status: 'verified',
      attribution: 'mismatch',
    });
    expect(hosts.find((b) => b.quote === RIGHT)).toMatchObject({ status: 'verified', attribution: 'ok' });
    const roots = await ClosedRoots.attach(page);
    const badge = await roots.inRoot<{ label: string; bg: string; name: string | null }>(
      'verbatim-badge',
      { 'data-quote': WRONG },
      `function () { const b = this.querySelector('button');
        return { label: b.querySelector('.vb-label').textContent, bg: getComputedStyle(b).backgroundColor,
          name: b.getAttribute('aria-label') }; }`,
    );
    expect(badge.label).toBe('Wrong speaker');
    expect(badge.name).toBe('Verbatim: Wrong speaker, in OIG 21-028 — show why');
    // Amber: red and green high, blue low — not the green of "Verified".
    const [r, g, b] = (badge.bg.match(/\d+/g) ?? []).map(Number);
    expect(r).toBeGreaterThan(200);
    expect(g).toBeGreaterThan(150);
    expect(b).toBeLessThan(160);
    const right = await roots.inRoot<string>(
      'verbatim-badge',
      { 'data-quote': RIGHT },
      `function () { return this.querySelector('.vb-label').textContent; }`,
    );
    expect(right).toBe('Verified');

    await openCardOf(page, WRONG, 'center');
    const sentence = await roots.inRoot<string>(
      'verbatim-card',
      {},
      `function () { return this.querySelector('.vb-sentence').textContent; }`,
    );
    expect(sentence).toBe('These words are in the report, but Jeff Sessions said them, not Nielsen.');
    await page.close();
  });
});

describe('the card beside its badge', () => {
  it.each([
    [1200, 800],
    [360, 640],
  ])(
    'at %i px wide: next to its badge, inside the viewport, and still next to it after the page scrolls',
    async (width, height) => {
      const page = await openPage(width, height);
      const roots = await ClosedRoots.attach(page);
      for (const where of ['start', 'end'] as const) {
        await openCardOf(page, RIGHT, where);
        const before = await geometry(page, roots, RIGHT);
        expectBeside(before, `${width} px, badge at the ${where}, before scrolling`);
        // No wider than the viewport less its scrollbar (the card's border stays visible).
        expect(before.card.right - before.card.left).toBeLessThanOrEqual(before.vw);
        // Scrolled so the badge stays in view: down from the top, up from the bottom.
        await page.evaluate((dy) => window.scrollBy(0, dy), where === 'start' ? -40 : 40);
        await page.evaluate(
          () => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))),
        );
        const after = await geometry(page, roots, RIGHT);
        expect(after.badge.top).not.toBe(before.badge.top);
        expectBeside(after, `${width} px, badge at the ${where}, after scrolling`);
        expect(after.card.top - before.card.top).toBeCloseTo(after.badge.top - before.badge.top, 0);
        await page.keyboard.press('Escape');
        await page.waitForSelector('verbatim-card', { state: 'detached' });
      }
      await page.close();
    },
  );
});

describe('this verdict looks wrong', () => {
  it('a reader’s mark on a badge’s card is kept with the check, shown in the library’s filter and in the JSON export', async () => {
    const page = await openPage(1200, 800);
    const roots = await ClosedRoots.attach(page);
    await openCardOf(page, WRONG, 'center');
    await roots.inRoot(
      'verbatim-card',
      {},
      `function () { [...this.querySelectorAll('button')].find((b) => b.textContent === 'This verdict looks wrong').click(); }`,
    );
    await roots.inRoot(
      'verbatim-card',
      {},
      `function () {
        const box = this.querySelector('.vb-dispute-form textarea');
        box.value = 'Nielsen said these words too, at a briefing';
        box.dispatchEvent(new Event('input', { bubbles: true }));
      }`,
    );
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(ok)));
    await roots.inRoot(
      'verbatim-card',
      {},
      `function () { [...this.querySelectorAll('button')].find((b) => b.textContent === 'Keep this note').click(); }`,
    );
    await expect
      .poll(async () =>
        (await readAll<Record<string, unknown>>(h, 'verifications')).find((r) => r.quote === WRONG),
      )
      .toMatchObject({ disputed: true, disputeReason: 'Nielsen said these words too, at a briefing' });
    await page.close();

    const library = await h.openExtensionPage('library.html');
    await library.getByRole('checkbox', { name: 'Only verdicts I marked as looking wrong' }).check();
    await library.getByRole('radio', { name: 'All quotations' }).click();
    const table = library.getByRole('table', { name: 'Saved verifications' });
    await table.waitFor();
    const rows = table.getByRole('row');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.nth(1).textContent()).toContain(
      'You marked this verdict as looking wrong: Nielsen said these words too, at a briefing',
    );
    expect(await rows.nth(1).textContent()).toContain('Wrong speaker');
    const [download] = await Promise.all([
      library.waitForEvent('download'),
      library.getByRole('button', { name: 'Export all as JSON' }).click(),
    ]);
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
      records: Array<{ quote: string; disputed?: boolean; disputeReason?: string }>;
    };
    expect(exported.records.find((r) => r.quote === WRONG)).toMatchObject({
      disputed: true,
      disputeReason: 'Nielsen said these words too, at a briefing',
    });
    await library.close();
  });
});
