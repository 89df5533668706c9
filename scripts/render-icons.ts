/**
 * Renders assets/icon.svg to the PNG icons the manifests name (public/icon/{16,32,48,128}.png) in headless
 * Debian Chromium; the 16 px one from assets/icon-16.svg, drawn on its own pixel grid so it stays legible.
 * Run after editing an SVG: `npm run icons`; commit the PNGs.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const ICON_SIZES = [16, 32, 48, 128] as const;

const svg = (name: string) => readFileSync(resolve(process.cwd(), 'assets', name), 'utf8');
const out = resolve(process.cwd(), 'public/icon');
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  for (const size of ICON_SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const sized = svg(size === 16 ? 'icon-16.svg' : 'icon.svg').replace(
      /width="\d+" height="\d+"/,
      `width="${size}" height="${size}"`,
    );
    await page.setContent(
      `<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`,
    );
    await page.screenshot({ path: resolve(out, `${size}.png`), omitBackground: true });
    await page.close();
    console.log(`public/icon/${size}.png`);
  }
} finally {
  await browser.close();
}
