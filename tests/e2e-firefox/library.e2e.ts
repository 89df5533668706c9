/**
 * The library in real Firefox ESR: quotations checked from the context menu are listed; export as JSON
 * (through Firefox's download flow, to disk) → delete all → import gives back the same records.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { bundledCorpus } from '../../data/corpus';
import { type FirefoxHarness, launchFirefox } from './harness';
import { expectedWith, openExtensionTab, openSeed, readAll } from './seed';

type Row = Record<string, unknown> & { id: number; quote: string };
const byId = (rows: Row[]) => [...rows].sort((a, b) => a.id - b.id);

let h: FirefoxHarness;
let downloads: string;
beforeAll(async () => {
  downloads = mkdtempSync(join(tmpdir(), 'verbatim-ff-downloads-'));
  h = await launchFirefox({ downloadDir: downloads });
});
afterAll(async () => {
  await h?.close();
  rmSync(downloads, { recursive: true, force: true });
});

/** Runs `fn` with the library tab's window. */
function inLibrary<T, A>(fn: (view: Window, arg: A) => T | Promise<T>, arg?: A): Promise<T> {
  return h.inExtensionPage('library.html', fn, arg);
}

it('export JSON, delete all, import: the same records come back', async () => {
  const quotes = [expectedWith('verified'), expectedWith('edited')];
  const page = await openSeed(h);
  for (const q of quotes) await h.clickMenu(page, { menuItemId: 'verify-quote', selectionText: q.quote });
  await expect.poll(async () => (await readAll(h, 'verifications')).length, { timeout: 15_000 }).toBe(2);
  const before = byId(await readAll<Row>(h, 'verifications'));

  await openExtensionTab(h, 'library.html', true);
  const listed = await inLibrary(async (view) => {
    const doc = view.document;
    // Checks are grouped by article at first; the flat table ("All quotations") lists every quotation.
    const flatView = () =>
      [...doc.querySelectorAll('label')]
        .find((l) => l.textContent?.trim() === 'All quotations')
        ?.querySelector<HTMLInputElement>('input[type="radio"]');
    for (let i = 0; i < 200 && !flatView(); i++) await new Promise((ok) => setTimeout(ok, 50));
    flatView()?.click();
    for (let i = 0; i < 200 && doc.querySelectorAll('table.records tbody tr').length < 2; i++)
      await new Promise((ok) => setTimeout(ok, 50));
    return [...doc.querySelectorAll('table.records tbody tr')].map((tr) => tr.textContent ?? '');
  });
  expect(listed).toHaveLength(2);
  for (const q of quotes) expect(listed.some((t) => t.includes(q.quote.slice(0, 40)))).toBe(true);

  await inLibrary((view) => {
    [...view.document.querySelectorAll('button')]
      .find((b) => b.textContent === 'Export all as JSON')
      ?.click();
  });
  let file = '';
  await expect
    .poll(
      () => {
        file =
          readdirSync(downloads).find((f) => /^verbatim-verifications-\d{4}-\d{2}-\d{2}\.json$/.test(f)) ??
          '';
        return file !== '' && readFileSync(join(downloads, file), 'utf8').trim().endsWith('}');
      },
      { timeout: 15_000 },
    )
    .toBe(true);
  const text = readFileSync(join(downloads, file), 'utf8');
  const exported = JSON.parse(text);
  expect(exported).toMatchObject({
    format: 'verbatim-verifications',
    version: 1,
    corpusVersion: bundledCorpus.version,
  });
  expect(exported.records).toEqual(before);

  const emptied = await inLibrary(async (view) => {
    const doc = view.document;
    const button = (name: string) => [...doc.querySelectorAll('button')].find((b) => b.textContent === name);
    button('Delete all…')?.click();
    for (let i = 0; i < 100 && !button('Yes, delete all'); i++) await new Promise((ok) => setTimeout(ok, 50));
    button('Yes, delete all')?.click();
    for (let i = 0; i < 200 && !/No saved verifications yet/.test(doc.body.textContent ?? ''); i++)
      await new Promise((ok) => setTimeout(ok, 50));
    return /No saved verifications yet/.test(doc.body.textContent ?? '');
  });
  expect(emptied).toBe(true);
  expect(await readAll(h, 'verifications')).toEqual([]);

  // The file input gets the exported file, as when the reader picks it.
  const outcome = await inLibrary(
    async (view, { name, text }: { name: string; text: string }) => {
      const doc = view.document;
      const label = [...doc.querySelectorAll('label')].find(
        (l) => l.textContent === 'Import verifications (JSON export)',
      );
      const input = doc.getElementById(label?.htmlFor ?? '') as HTMLInputElement | null;
      if (!input) throw new Error('no import input');
      const W = view as unknown as typeof globalThis;
      const files = new W.DataTransfer();
      files.items.add(new W.File([text], name, { type: 'application/json' }));
      input.files = files.files;
      input.dispatchEvent(new W.Event('change', { bubbles: true }));
      const done = /Imported \d+ new records/;
      for (let i = 0; i < 200 && !done.test(doc.body.textContent ?? ''); i++)
        await new Promise((ok) => setTimeout(ok, 50));
      return doc.body.textContent?.match(/Imported[^.]*\./)?.[0] ?? '';
    },
    { name: file, text },
  );
  expect(outcome).toBe('Imported 2 new records, updated 0 records, skipped 0 duplicates.');
  expect(byId(await readAll<Row>(h, 'verifications'))).toEqual(before);
  await page.close();
});
