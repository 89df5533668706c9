/**
 * The full-report import in real Chromium: a generated report PDF picked in the library's corpus tab is
 * extracted by the bundled pdfjs worker, stored, and the background's index rebuilt, so an article quoting
 * a sentence only the full text has gets a verified badge, and its card shows the page.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  completeReportPages,
  corruptPdf,
  ONLY_IN_FULL_TEXT,
  reportPages,
  toPdf,
} from '../unit/fulltext/documents';
import { ClosedRoots } from './closed-root';
import { type Harness, launch } from './harness';
import { readAll } from './worker-db';

let h: Harness;
let dir: string;
beforeAll(async () => {
  h = await launch();
  dir = mkdtempSync(join(tmpdir(), 'verbatim-fulltext-e2e-'));
  writeFileSync(join(dir, 'report.pdf'), await toPdf(completeReportPages()));
  writeFileSync(join(dir, 'five-pages.pdf'), await toPdf(reportPages()));
  writeFileSync(join(dir, 'broken.pdf'), corruptPdf());
});
afterAll(async () => {
  await h?.close();
  rmSync(dir, { recursive: true, force: true });
});

const SPANNING = `${ONLY_IN_FULL_TEXT.spanA} ${ONLY_IN_FULL_TEXT.spanB}`;
const ABSENT = 'the Attorney General personally approved every separation of a nursing infant';

function article(): string {
  const filler =
    'The report runs to nearly a hundred pages and describes months of planning, emails and meetings. '.repeat(
      3,
    );
  return `<!doctype html><html><head><title>Watchdog report details border chaos</title></head><body><article>
<h1>Watchdog report details border chaos</h1>
<p>${filler}</p>
<p>According to the inspector general, “${SPANNING}”</p>
<p>The report also says that “${ONLY_IN_FULL_TEXT.detention}”</p>
<p>One official claimed that “${ABSENT},” a charge the report does not make.</p>
<p>${filler}</p>
</article></body></html>`;
}

type BadgeAttrs = { status: string; quote: string; passages: string };

async function badgesOf(page: Page, count: number): Promise<BadgeAttrs[]> {
  await page.waitForFunction((n) => document.querySelectorAll('verbatim-badge').length >= n, count, {
    timeout: 20_000,
  });
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('verbatim-badge')].map((b) => ({
      status: b.dataset.status ?? '',
      quote: b.dataset.quote ?? '',
      passages: b.dataset.passages ?? '',
    })),
  );
}

async function openLibraryCorpus(): Promise<Page> {
  // The import recognises the report by its curated passages: wait until the background has seeded them.
  for (let i = 0; i < 100; i++) {
    const sources = await readAll<{ id: string }>(h, 'sources');
    if (sources.some((s) => s.id === 'oig-21-028')) break;
    await new Promise((ok) => setTimeout(ok, 100));
  }
  const page = await h.openExtensionPage('library.html#corpus');
  await page.getByLabel(/Add the full report/).waitFor();
  return page;
}

describe('full-report import in the library', () => {
  it('refuses a corrupt PDF with a clear message and stores nothing', async () => {
    const page = await openLibraryCorpus();
    await page.getByLabel(/Add the full report/).setInputFiles(join(dir, 'broken.pdf'));
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/^“broken\.pdf” could not be read as a PDF/);
    const sources = await readAll<{ fullTextOf?: string }>(h, 'sources');
    expect(sources.some((s) => s.fullTextOf)).toBe(false);
    await page.close();
  });

  it('imports the report PDF; a quotation only the full text has is verified, across two sentences, with its page', async () => {
    h.routes.set('/fulltext-article.html', article());
    // Before the import, the quotation is not in the curated excerpts.
    const before = await h.context.newPage();
    await before.goto(`${h.baseUrl}/fulltext-article.html`);
    const initial = await badgesOf(before, 3);
    expect(initial.find((b) => b.quote === SPANNING)?.status).toBe('not-found');
    await before.close();

    const page = await openLibraryCorpus();
    await page.getByLabel(/Add the full report/).setInputFiles(join(dir, 'report.pdf'));
    const status = page.getByText(/^Imported “report\.pdf”: 93 pages/);
    await status.waitFor({ timeout: 30_000 });
    expect(await status.textContent()).toMatch(
      /curated passages were found in it, \d+ of them given their page number/,
    );
    await page.getByText(/^The full report is loaded: “report\.pdf”/).waitFor();
    // The corpus tab's own summary (read live from the database) now counts the full text in.
    await page.getByText('The full report text you imported is included.').waitFor();

    const sources = await readAll<{ id: string; fullTextOf?: string }>(h, 'sources');
    expect(sources.find((s) => s.fullTextOf === 'oig-21-028')?.id).toBe('oig-21-028-full');
    const passages = await readAll<{ id: string; source: string; text: string; page: string | null }>(
      h,
      'passages',
    );
    const full = passages.filter((p) => p.source === 'oig-21-028-full');
    const ids = [ONLY_IN_FULL_TEXT.spanA, ONLY_IN_FULL_TEXT.spanB].map(
      (t) => full.find((p) => p.text === t)?.id,
    );
    expect(ids.every(Boolean)).toBe(true);
    expect(passages.find((p) => p.id === 'r008')?.page).toBe('2');

    // Importing the same file again is a no-op.
    await page.getByLabel(/Replace the full report/).setInputFiles(join(dir, 'report.pdf'));
    await page.getByText('“report.pdf” is already the imported full text: nothing changed.').waitFor();
    await page.close();

    const reader = await h.context.newPage();
    await reader.goto(`${h.baseUrl}/fulltext-article.html`);
    const found = await badgesOf(reader, 3);
    const spanning = found.find((b) => b.quote === SPANNING);
    expect(spanning?.status).toBe('verified');
    expect(spanning?.passages.split(',')).toEqual(ids);
    expect(found.find((b) => b.quote === ONLY_IN_FULL_TEXT.detention)?.status).toBe('verified');
    expect(found.find((b) => b.quote.startsWith(ABSENT))?.status).toBe('not-found');

    // The card of the verified badge names the page; the not-found card says "Not in the report".
    const roots = await ClosedRoots.attach(reader);
    // The card's facts are <dt>/<dd> pairs; the dialog's text holds the verdict sentence.
    const openCard = async (quote: string) => {
      await reader.locator(`verbatim-badge[data-quote="${quote}"]`).click();
      await reader.waitForSelector('verbatim-card', { state: 'attached' });
      const card = await roots.inRoot<{ text: string; pages: string[] }>(
        'verbatim-card',
        {},
        `function () {
          const dialog = this.querySelector('[role="dialog"]');
          const pages = [...dialog.querySelectorAll('dt')]
            .filter((dt) => dt.textContent.trim() === 'Page')
            .map((dt) => dt.nextElementSibling.textContent.trim());
          return { text: dialog.textContent, pages };
        }`,
      );
      await reader.keyboard.press('Escape');
      await reader.waitForSelector('verbatim-card', { state: 'detached' });
      return card;
    };
    const verified = await openCard(SPANNING);
    expect(verified.pages.length).toBeGreaterThan(0);
    expect(new Set(verified.pages)).toEqual(new Set(['1']));
    const absent = found.find((b) => b.quote.startsWith(ABSENT))?.quote ?? '';
    expect((await openCard(absent)).text).toContain('Not in the report');
    expect(h.consoleErrors.filter((e) => e.includes('library.html'))).toEqual([]);
    await reader.close();
  });

  it('a 5-page PDF of report pages is stored as an excerpt: its matches carry their pages, a quotation outside reads "not in the imported pages"', async () => {
    // The complete report from the test before is loaded (the label says so once it is read): replace it.
    const page = await h.openExtensionPage('library.html#corpus');
    await page.getByLabel(/Replace the full report/).setInputFiles(join(dir, 'five-pages.pdf'));
    const status = page.getByText(/^Imported “five-pages\.pdf”: 5 pages/);
    await status.waitFor({ timeout: 30_000 });
    expect(await status.textContent()).toContain('it is kept as an excerpt');
    await page.getByText(/^An excerpt of the report is loaded: “five-pages\.pdf”, 5 pages of 93/).waitFor();
    expect(await page.getByText(/The full report is loaded/).count()).toBe(0);
    const sources = await readAll<{ id: string; scope?: string; pages?: number }>(h, 'sources');
    expect(sources.find((s) => s.id === 'oig-21-028-full')).toMatchObject({ scope: 'excerpt', pages: 5 });
    await page.close();

    const reader = await h.context.newPage();
    await reader.goto(`${h.baseUrl}/fulltext-article.html`);
    const found = await badgesOf(reader, 3);
    expect(found.find((b) => b.quote === SPANNING)?.status).toBe('verified');
    const roots = await ClosedRoots.attach(reader);
    const cardText = async (quote: string) => {
      await reader.locator(`verbatim-badge[data-quote="${quote}"]`).click();
      await reader.waitForSelector('verbatim-card', { state: 'attached' });
      const text = await roots.inRoot<string>(
        'verbatim-card',
        {},
        `function () { const d = this.querySelector('[role="dialog"]'); d.querySelectorAll('style').forEach((s) => s.remove()); return d.textContent; }`,
      );
      await reader.keyboard.press('Escape');
      await reader.waitForSelector('verbatim-card', { state: 'detached' });
      return text;
    };
    expect(await cardText(SPANNING)).toContain('p. 1');
    const absent = found.find((b) => b.quote.startsWith(ABSENT))?.quote ?? '';
    const text = await cardText(absent);
    expect(text).toContain('Not in the imported pages');
    expect(text).not.toContain('Not in the report');
    await reader.close();
  });
});
