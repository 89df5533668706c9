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
${Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i} of the story tells readers what the review of the policy found, what officials said about it afterwards, and what the agencies changed in the months that followed.</p>`).join('\n')}
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
    { timeout: 20_000 },
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

it('badges an article rendered late into a page that never stops changing', async () => {
  const paragraphs = Array.from(
    { length: 8 },
    (_, i) =>
      `Paragraph ${i} of the story tells readers what the review of the policy found, what officials said about it afterwards, and what the agencies changed in the months that followed.`,
  );
  h.routes.set(
    '/late-live-article.html',
    `<!DOCTYPE html><html><head><title>Loading…</title></head><body>
<div class="clock">0</div><main id="app"></main>
<script>
  let n = 0;
  setInterval(() => { document.querySelector('.clock').textContent = String(++n); }, 100);
  setTimeout(() => {
    const article = document.createElement('article');
    for (const text of ${JSON.stringify(paragraphs)}) {
      const p = document.createElement('p');
      p.textContent = text;
      article.append(p);
    }
    const q = document.createElement('p');
    q.textContent = 'The report found that “${QUOTE}” the inspector general wrote.';
    article.append(q);
    document.getElementById('app').append(article);
  }, 800);
</script></body></html>`,
  );
  const page = await h.context.newPage();
  await page.goto(`${h.baseUrl}/late-live-article.html`);
  await page.waitForFunction(
    (q) => [...document.querySelectorAll<HTMLElement>('verbatim-badge')].some((b) => b.dataset.quote === q),
    QUOTE,
    { timeout: 20_000 },
  );
  await page.close();
});
