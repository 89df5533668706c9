import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Harness, launch } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(() => h?.close());

it('loads the extension and opens its popup and library pages without console errors', async () => {
  expect(h.extensionId).toMatch(/^[a-p]{32}$/);
  for (const path of ['popup.html', 'library.html']) {
    const page = await h.openExtensionPage(path);
    await expect(page.title()).resolves.toContain('Verbatim');
    await page.close();
  }
  expect(h.consoleErrors).toEqual([]);
});
