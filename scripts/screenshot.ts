/**
 * Renders docs/screenshot.png for the README: the seed article in real Chromium with the built extension,
 * badges drawn and one provenance card open (reached by keyboard).
 * Usage: npm run build && npx tsx scripts/screenshot.ts
 */
import { resolve } from 'node:path';
import { launch } from '../tests/e2e/harness';

const h = await launch();
try {
  const page = await h.context.newPage();
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto(`${h.baseUrl}/seed-article.html`);
  await page.waitForFunction(() => document.querySelectorAll('verbatim-badge').length >= 10, null, {
    timeout: 20_000,
  });
  // Scroll to the altered/edited part of the story and open the Rosenstein email's card.
  const target = page.locator('verbatim-badge[data-status="edited"]').nth(1);
  await target.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, 120));
  // The buttons live in closed shadow roots: reach one with the keyboard, as a reader would.
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const quote = await page.evaluate(
      () => (document.activeElement as HTMLElement | null)?.dataset?.quote ?? '',
    );
    if (quote.startsWith('We should NOT')) break;
  }
  await page.keyboard.press('Enter');
  await page.waitForSelector('verbatim-card', { state: 'attached', timeout: 5000 });
  await page.waitForTimeout(300);
  const out = resolve(process.cwd(), 'docs/screenshot.png');
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await h.close();
}
