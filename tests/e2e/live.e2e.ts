/**
 * A live article in real Chromium: the page's own script rewrites text inside the article every 100 ms
 * and never stops, and a quotation added meanwhile still gets its badge (the rescan's wait has a cap).
 * The Firefox path (background page with a DOM) and Chrome's (offscreen document) answer the same
 * messages; here the offscreen document does.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Harness, launch } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(() => h?.close());

const QUOTE = 'Department leadership and, in particular, the Office of the Attorney General (OAG),';

const PAGE = `<!DOCTYPE html><html><head><title>Live: the watchdog report</title></head><body>
<nav><a href="/">Home</a></nav>
<article><h1>Live: the watchdog report</h1>
<p class="ticker">Updated 0 s ago</p>
${Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i} of the story tells readers what the review of the policy found and what officials said about it afterwards, in some detail.</p>`).join('\n')}
<div id="updates"></div></article>
<script>
  let n = 0;
  setInterval(() => { document.querySelector('.ticker').textContent = 'Updated ' + (++n) + ' ticks ago'; }, 100);
  setTimeout(() => {
    const p = document.createElement('p');
    p.textContent = 'The report found that “${QUOTE}” the inspector general wrote.';
    document.getElementById('updates').append(p);
  }, 1500);
</script></body></html>`;

it('badges a quotation added to an article that changes every 100 ms', async () => {
  h.routes.set('/live-article.html', PAGE);
  const page = await h.context.newPage();
  await page.goto(`${h.baseUrl}/live-article.html`);
  await page.waitForFunction(
    (q) => [...document.querySelectorAll<HTMLElement>('verbatim-badge')].some((b) => b.dataset.quote === q),
    QUOTE,
    { timeout: 8_000 },
  );
  const statuses = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('verbatim-badge')].map((b) => b.dataset.status),
  );
  expect(statuses).toEqual(['verified']);
  await page.close();
});

it('reopens the scan host when it was closed, and the page still gets its badges', async () => {
  await h.inWorker(() =>
    (
      globalThis as unknown as { chrome: { offscreen: { closeDocument(): Promise<void> } } }
    ).chrome.offscreen.closeDocument(),
  );
  const page = await h.context.newPage();
  await page.goto(`${h.baseUrl}/seed-article.html`);
  await page.waitForFunction(() => document.querySelectorAll('verbatim-badge').length >= 10, null, {
    timeout: 15_000,
  });
  await page.close();
});
