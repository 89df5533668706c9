/**
 * Renders docs/sources.png for the README: the library's Documents and packs panel after a generated
 * ruling (a PDF) was added, in real Chromium with the built extension.
 * Usage: npm run build && npx tsx scripts/screenshot-sources.ts
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launch } from '../tests/e2e/harness';
import { rulingPdf } from '../tests/unit/sources/ruling-pdf';

const dir = mkdtempSync(join(tmpdir(), 'verbatim-shot-'));
const h = await launch();
try {
  const pdf = join(dir, 'ruling.pdf');
  writeFileSync(pdf, await rulingPdf());
  await new Promise((ok) => setTimeout(ok, 1500)); // seeding
  const page = await h.openExtensionPage('library.html#corpus');
  await page.setViewportSize({ width: 1200, height: 900 });
  const form = page.locator('form.add-document');
  await form.getByLabel(/^File/).setInputFiles(pdf);
  await form.getByLabel(/^Title/).fill('Harbor Coalition v. Port Authority');
  await form.getByLabel(/^Kind/).selectOption('ruling');
  await form.getByLabel(/^Date/).fill('2025-03-03');
  await form.getByLabel(/^Speaker/).fill('Judge Maria Alvarez');
  await form.getByLabel(/^Other names/).fill('the ruling');
  await form.getByLabel(/^Short name/).fill('Harbor ruling');
  await form.getByRole('button', { name: 'Add document' }).click();
  await page.getByText(/^Added “Harbor Coalition/).waitFor({ timeout: 30_000 });
  const panel = page.locator('section.sources');
  await panel.scrollIntoViewIfNeeded();
  const out = resolve(process.cwd(), 'docs/sources.png');
  await panel.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await h.close();
  rmSync(dir, { recursive: true, force: true });
}
