/**
 * The background follows the corpus tables itself: a full report the library stores reaches the match
 * index even when the library never says so (its `corpusChanged` message is dropped here), because the
 * service worker observes Dexie's write announcements.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ONLY_IN_FULL_TEXT, reportPages, toPdf } from '../unit/fulltext/documents';
import { type Harness, launch } from './harness';
import { readAll } from './worker-db';

let h: Harness;
let dir: string;
beforeAll(async () => {
  h = await launch();
  dir = mkdtempSync(join(tmpdir(), 'verbatim-watch-e2e-'));
  writeFileSync(join(dir, 'report.pdf'), await toPdf(reportPages()));
});
afterAll(async () => {
  await h?.close();
  rmSync(dir, { recursive: true, force: true });
});

const QUOTE = ONLY_IN_FULL_TEXT.detention;

async function badgeStatus(): Promise<string | undefined> {
  const page = await h.context.newPage();
  try {
    await page.goto(`${h.baseUrl}/watch-article.html`);
    const badge = page.locator(`verbatim-badge[data-quote="${QUOTE}"]`);
    await badge.waitFor({ state: 'attached', timeout: 20_000 });
    return (await badge.getAttribute('data-status')) ?? undefined;
  } finally {
    await page.close();
  }
}

it('rebuilds the index after the library stores a full report, with no message from the library', async () => {
  // The page names the report (report 21-028), so its quotations are badged by default (lib/relevance.ts).
  h.routes.set(
    '/watch-article.html',
    `<!doctype html><html><head><title>Report 21-028 details detention</title></head><body><article>
<h1>Report 21-028 details detention</h1>
<p>${'The review describes months of planning, emails and meetings in detail. '.repeat(4)}</p>
<p>The report also says that “${QUOTE}”</p>
<p>${'Officials disputed parts of the account in interviews with reporters. '.repeat(4)}</p>
</article></body></html>`,
  );
  for (let i = 0; i < 100; i++) {
    if ((await readAll<{ id: string }>(h, 'sources')).some((s) => s.id === 'oig-21-028')) break;
    await new Promise((ok) => setTimeout(ok, 100));
  }
  // The worker's index is built and holds only the curated passages.
  expect(await badgeStatus()).toBe('not-found');

  const library = await h.context.newPage();
  await library.addInitScript(() => {
    type Send = (message: { type?: string }, ...rest: unknown[]) => unknown;
    const world = globalThis as unknown as { chrome: { runtime: { sendMessage: Send } }; dropped: number };
    const send = world.chrome.runtime.sendMessage.bind(world.chrome.runtime);
    world.dropped = 0;
    world.chrome.runtime.sendMessage = (message, ...rest) => {
      if (message?.type !== 'corpusChanged') return send(message, ...rest);
      world.dropped++;
      // Answered as the background would, to the callback the messenger passes.
      const reply = rest.find((arg) => typeof arg === 'function') as ((r: unknown) => void) | undefined;
      reply?.({ res: null });
      return Promise.resolve({ res: null });
    };
  });
  await library.goto(`chrome-extension://${h.extensionId}/library.html#corpus`);
  await library.getByLabel(/Add the full report/).setInputFiles(join(dir, 'report.pdf'));
  await library.getByText(/^Imported “report\.pdf”: 5 pages/).waitFor({ timeout: 30_000 });
  expect(await library.evaluate(() => (globalThis as unknown as { dropped: number }).dropped)).toBe(1);
  await library.close();

  expect(await badgeStatus()).toBe('verified');
});
