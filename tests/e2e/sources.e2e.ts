/**
 * Documents in real Chromium: a generated PDF added in the library's corpus tab (with its title, kind and
 * speaker) gives verified badges on an article that quotes it, beside the report's own badges, each
 * naming its document; words the article attributes to it that it lacks are "Not in" it; disabling its
 * pack silences them.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledCorpus } from '../../data/corpus';
import { rulingPdf } from '../unit/sources/ruling-pdf';
import { RULING_SENTENCES } from '../unit/sources/sentences';
import { ClosedRoots } from './closed-root';
import { ContentWorld } from './content-world';
import { type Harness, launch } from './harness';
import { readAll } from './worker-db';

let h: Harness;
let dir: string;
beforeAll(async () => {
  h = await launch();
  dir = mkdtempSync(join(tmpdir(), 'verbatim-sources-e2e-'));
  writeFileSync(join(dir, 'ruling.pdf'), await rulingPdf());
});
afterAll(async () => {
  await h?.close();
  rmSync(dir, { recursive: true, force: true });
});

const REPORT = bundledCorpus.passages.find((p) => p.id === 'r001')!.text;
const REPORT_QUOTE = REPORT.slice(0, REPORT.indexOf(' that the U.S.'));
const RULING_QUOTE = RULING_SENTENCES[1] as string;
const ABSENT_QUOTE = 'the port may keep dredging through the winter without any further review.';

function article(): string {
  const filler =
    'The harbor case and the border report were both in the news this week, with hearings and filings. '.repeat(
      3,
    );
  return `<!doctype html><html><head><title>Court vacates harbor rule</title></head><body><article>
<h1>Court vacates harbor rule</h1>
<p>${filler}</p>
<p>Judge Alvarez wrote that “${RULING_QUOTE}”</p>
<p>The inspector general's report said: “${REPORT_QUOTE}”</p>
<p>Alvarez also wrote that “${ABSENT_QUOTE}”</p>
<p>${filler}</p>
</article></body></html>`;
}

/**
 * A page about the ruling alone, which quotes none of its words: only the judge, named in full, makes it
 * about a document in the corpus.
 */
function judgeArticle(): string {
  const filler = 'The harbor dispute went on for another week, with more filings and more hearings. '.repeat(
    3,
  );
  return `<!doctype html><html><head><title>Judge rules on harbor dredging</title></head><body><article>
<h1>Judge rules on harbor dredging</h1>
<p>${filler}</p>
<p>Judge Maria Alvarez spoke from the bench on Tuesday.</p>
<p>“The port may keep dredging through the winter without any further review,” Alvarez said on Tuesday.</p>
<p>${filler}</p>
</article></body></html>`;
}

/** The statuses of the judge page's badges once its scan is over (none when it is about nothing held). */
async function judgePage(): Promise<string[]> {
  const page = await h.context.newPage();
  const world = await ContentWorld.attach(page, h.extensionId);
  await page.goto(`${h.baseUrl}/judge-article.html`);
  await world.when('scan');
  await page.waitForTimeout(300);
  const found = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('verbatim-badge')].map((b) => b.dataset.status ?? ''),
  );
  await page.close();
  return found;
}

async function badges(page: Page, count: number) {
  await page.waitForFunction((n) => document.querySelectorAll('verbatim-badge').length >= n, count, {
    timeout: 20_000,
  });
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll<HTMLElement>('verbatim-badge')].map((b) => [
        b.dataset.quote ?? '',
        b.dataset.status ?? '',
      ]),
    ),
  );
}

/** Each badge's status, and (with `labels`) the text it shows. */
async function visit(labels = false): Promise<Record<string, string>> {
  const page = await h.context.newPage();
  await page.goto(`${h.baseUrl}/sources-article.html`);
  const found = await badges(page, 3);
  if (labels) {
    const roots = await ClosedRoots.attach(page);
    for (const quote of Object.keys(found))
      found[quote] = await roots.inRoot<string>(
        'verbatim-badge',
        { 'data-quote': quote },
        `function () { return this.querySelector('button').textContent; }`,
      );
  }
  await page.close();
  return found;
}

describe('a source document added in the library', () => {
  it('gives verified badges on an article quoting it, beside report badges; disabling it silences them', async () => {
    h.routes.set('/sources-article.html', article());
    h.routes.set('/judge-article.html', judgeArticle());
    for (let i = 0; i < 100; i++) {
      if ((await readAll<{ id: string }>(h, 'packs')).length > 0) break;
      await new Promise((ok) => setTimeout(ok, 100));
    }
    const before = { [RULING_QUOTE]: 'not-found', [REPORT_QUOTE]: 'verified', [ABSENT_QUOTE]: 'not-found' };
    expect(await visit()).toEqual(before);
    // Nothing in the corpus names the judge yet: her page gets no badges.
    expect(await judgePage()).toEqual([]);

    const library = await h.openExtensionPage('library.html#corpus');
    const form = library.locator('form.add-document');
    await form.getByLabel(/^File/).setInputFiles(join(dir, 'ruling.pdf'));
    await form.getByLabel(/^Title/).fill('Harbor Coalition v. Port Authority');
    await form.getByLabel(/^Kind/).selectOption('ruling');
    await form.getByLabel(/^Speaker/).fill('Judge Maria Alvarez');
    await form.getByLabel(/^Short name/).fill('Harbor ruling');
    await form.getByRole('button', { name: 'Add document' }).click();
    await library
      .getByText(/^Added “Harbor Coalition v\. Port Authority”: 2 pages/)
      .waitFor({ timeout: 30_000 });
    const sources = await readAll<{ title: string; kind?: string; pack?: string }>(h, 'sources');
    expect(sources.find((s) => s.title === 'Harbor Coalition v. Port Authority')).toMatchObject({
      kind: 'ruling',
    });

    // The background rebuilds its index from the tables it watches.
    let seen: Record<string, string> = {};
    for (let i = 0; i < 20 && seen[RULING_QUOTE] !== 'verified'; i++) seen = await visit();
    expect(seen).toEqual({
      [RULING_QUOTE]: 'verified',
      [REPORT_QUOTE]: 'verified',
      [ABSENT_QUOTE]: 'not-found',
    });
    // Each badge names its document; the words the article gives the judge are not in her whole ruling.
    expect(await visit(true)).toEqual({
      [RULING_QUOTE]: '✓Verified· Harbor ruling',
      [REPORT_QUOTE]: '✓Verified· OIG 21-028',
      [ABSENT_QUOTE]: '?Not in Harbor ruling',
    });
    // The document's speaker makes the judge's page about it.
    expect(await judgePage()).toEqual(['not-found']);

    const row = library.locator('tr', { hasText: 'Harbor Coalition v. Port Authority' });
    await row.getByLabel('Enabled').uncheck();
    for (let i = 0; i < 20 && seen[RULING_QUOTE] !== 'not-found'; i++) seen = await visit();
    expect(seen).toEqual(before);
    expect((await visit(true))[ABSENT_QUOTE]).toBe('?Not found');
    // Disabled, its speaker no longer counts: the judge's page is silent again.
    expect(await judgePage()).toEqual([]);
    await library.close();
  });
});
