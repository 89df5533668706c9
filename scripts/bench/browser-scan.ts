/**
 * In real Chromium with the built extension: how long the content script takes from its start to the last
 * badge on the seed page (its `scan` stage), against Readability alone on the same page, and the content
 * script's gzipped size. Readability alone runs in a fresh page on a host where Verbatim is switched off,
 * so the two numbers come from the same kind of cold page.
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type ContentTimings, ContentWorld } from '../../tests/e2e/content-world';
import { EXTENSION_DIR, launch } from '../../tests/e2e/harness';
import { median } from './stats';
import type { BenchSection } from './types';

const RUNS = 15;
const COLD_RUNS = 5;

/** The one chrome.* call made in the service worker (scripts are typed for Node, not for extensions). */
interface ChromeStorage {
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
}
/**
 * The scan's stages from the content script's own stage times (kept in its isolated world, where the
 * page cannot see them; read over the DevTools protocol). The wait for the last stage runs as a timer in
 * that world: polling with page.waitForFunction would not do, since Playwright then evaluates its
 * injected script (tens of milliseconds) on the page's main thread in the middle of the scan it is timing.
 */
function stagesOf(t: ContentTimings) {
  const at = (stage: keyof ContentTimings['first']) => t.first[stage] ?? Number.NaN;
  return {
    scan: at('scan') - at('start'),
    gate: at('extract') - at('start'),
    extract: at('located') - at('extract'),
    readability: at('readability') - at('extract'),
    pairing: at('located') - at('readability'),
    match: at('matched') - at('located'),
    badges: at('scan') - at('matched'),
  };
}

/**
 * Readability alone, called as the content script calls it: on a clone of the whole document, the article
 * returned as a node (the default serializer would add an innerHTML pass the scan never pays). A string,
 * not a function: tsx would wrap inner named functions in a helper the page lacks.
 */
const READABILITY_ALONE_JS = `(() => {
  const t0 = performance.now();
  new window.__Readability(document.cloneNode(true), { serializer: (node) => node }).parse();
  return performance.now() - t0;
})()`;
const CONTENT_JS = resolve(EXTENSION_DIR, 'content-scripts/content.js');
const READABILITY_JS = resolve(process.cwd(), 'node_modules/@mozilla/readability/Readability.js');

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

export const browserScan: BenchSection = {
  name: 'browser scan (real Chromium)',
  async run() {
    if (!existsSync(CONTENT_JS)) execSync('npx wxt build', { stdio: 'inherit' });
    const contentScriptGzipKB = round(gzipSync(readFileSync(CONTENT_JS)).length / 1024);
    const h = await launch();
    try {
      const port = new URL(h.baseUrl).port;
      // Readability-alone pages are served as "localhost", where Verbatim is switched off.
      await h.inWorker(() =>
        (globalThis as unknown as { chrome: ChromeStorage }).chrome.storage.local.set({
          disabledSites: ['localhost'],
        }),
      );

      const scans: number[] = [];
      const stages = {
        gate: [] as number[],
        extract: [] as number[],
        readability: [] as number[],
        pairing: [] as number[],
        match: [] as number[],
        badges: [] as number[],
      };
      /** Loads the seed page, waits for its scan, and returns the scan's stages. */
      const scanSeedPage = async () => {
        const page = await h.context.newPage();
        const world = await ContentWorld.attach(page, h.extensionId);
        await page.goto(`${h.baseUrl}/seed-article.html`);
        const t = stagesOf(await world.when('scan', 30_000));
        await world.detach();
        await page.close();
        return t;
      };
      // The first load also pays for the service worker's start-up and index build: measured apart below.
      for (let i = 0; i <= RUNS; i++) {
        const t = await scanSeedPage();
        if (i > 0) {
          scans.push(t.scan);
          for (const k of Object.keys(stages) as Array<keyof typeof stages>) stages[k].push(t[k]);
        }
      }

      // What a reader sees when the service worker was asleep (Chrome stops it after 30 s idle): the scan
      // then waits for the worker to start, read the corpus from IndexedDB and build its index.
      const coldScans: number[] = [];
      const cdp = await h.context.newCDPSession(await h.context.newPage());
      for (let i = 0; i < COLD_RUNS; i++) {
        await cdp.send('ServiceWorker.enable');
        await cdp.send('ServiceWorker.stopAllWorkers');
        coldScans.push((await scanSeedPage()).scan);
      }

      const readability: number[] = [];
      const source = readFileSync(READABILITY_JS, 'utf8');
      for (let i = 0; i < RUNS; i++) {
        const page = await h.context.newPage();
        const world = await ContentWorld.attach(page, h.extensionId);
        await page.goto(`http://localhost:${port}/seed-article.html`);
        // Verbatim's content script only checks the switch there; let it, so it cannot overlap the baseline.
        await world.when('start', 30_000);
        await world.detach();
        await page.addScriptTag({ content: `${source}\nwindow.__Readability = Readability;` });
        const ms = (await page.evaluate(READABILITY_ALONE_JS)) as number;
        readability.push(ms);
        await page.close();
      }
      const browserScanMs = round(median(scans));
      const browserReadabilityMs = round(median(readability));
      return {
        browserScanMs,
        browserReadabilityMs,
        scanVsReadability: round(browserScanMs / browserReadabilityMs, 2),
        contentScriptGzipKB,
        /**
         * Medians of the scan's stages: gate (the site switch, read at document start, and Readability's
         * heuristic), extraction (= readability on a clone + pairing its blocks with the live page), match
         * (the round trip in which the background extracts and matches), badges.
         */
        browserScanStagesMs: Object.fromEntries(
          Object.entries(stages).map(([k, v]) => [k, round(median(v))]),
        ),
        browserScanRuns: scans.map((n) => round(n)),
        browserScanColdWorkerMs: round(median(coldScans)),
        browserScanColdWorkerRuns: coldScans.map((n) => round(n)),
        browserReadabilityRuns: readability.map((n) => round(n)),
      };
    } finally {
      await h.close();
    }
  },
  describe(r) {
    return [
      `seed page scan, content-script start → last badge: ${r.browserScanMs} ms median (target ≤ 50 ms)`,
      `Readability alone on the same page: ${r.browserReadabilityMs} ms median; scan / Readability = ${r.scanVsReadability} (target ≤ 1.3)`,
      `scan stages (median ms): ${Object.entries(r.browserScanStagesMs as Record<string, number>)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
      `with the service worker asleep (stopped before each load): ${r.browserScanColdWorkerMs} ms median`,
      `content script: ${r.contentScriptGzipKB} KB gzipped (target ≤ 60 KB)`,
    ];
  },
};
