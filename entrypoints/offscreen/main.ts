/**
 * Chrome's offscreen document: answers the pages' scans (see background/scan-handlers.ts) with its own
 * match index, read from the extension's database and rebuilt when its corpus tables change. It has no
 * extension API but messaging: the per-site switch comes from the service worker
 * (background/scan-host-link.ts), and each tab's scan goes back to it.
 */
import { browser } from 'wxt/browser';
import { CorpusCache, storedCorpusLoader } from '@/entrypoints/background/corpus-index';
import { watchCorpusTables } from '@/entrypoints/background/corpus-watch';
import { database } from '@/entrypoints/background/database';
import { registerHandlers } from '@/entrypoints/background/handlers';
import { createScanHandlers, type ScanKeeper } from '@/entrypoints/background/scan-handlers';
import { fromOwnContext, isHostNotice } from '@/entrypoints/background/scan-host-link';
import { type DisabledSitesItem, SiteSwitch } from '@/entrypoints/background/site-switch';
import type { TabScan } from '@/utils/domain';
import { sendToBackground } from '@/utils/messaging';

const self = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };
const siteWatchers = new Set<(sites: string[] | null) => void>();

browser.runtime.onMessage.addListener((message: unknown, sender) => {
  if (!isHostNotice(message) || !fromOwnContext(sender, self.id)) return;
  if (message.verbatimHost === 'sites') for (const watcher of siteWatchers) watcher(message.sites);
});

/** The switch as the worker tells it: asked once, then kept current by its notices. */
const pushedSites: DisabledSitesItem = {
  async getValue() {
    const sites = await browser.runtime.sendMessage({ verbatimHost: 'sites?' });
    return Array.isArray(sites) ? sites.filter((s): s is string => typeof s === 'string') : [];
  },
  watch(callback) {
    siteWatchers.add(callback);
    return () => siteWatchers.delete(callback);
  },
};

/** Each tab's scan is kept by the worker (the popup and saved badges read it there). */
const toWorker: ScanKeeper = {
  async set(tabId: number, scan: TabScan) {
    await sendToBackground('tabScanned', { tabId, scan });
  },
  keep(tabId: number, scan: TabScan) {
    sendToBackground('tabScanned', { tabId, scan }).catch((e) =>
      console.warn('Verbatim: the background did not take a tab scan.', e),
    );
  },
};

// The worker seeds the database; until a corpus is there the bundled one answers (storedCorpusLoader).
const db = database();
const corpus = new CorpusCache(storedCorpusLoader(db, async () => {}));
corpus.warm();
watchCorpusTables(db, () => {
  corpus.invalidate();
  corpus.warm();
});
const parser = new DOMParser();
registerHandlers(
  createScanHandlers({
    corpus,
    scans: toWorker,
    sites: new SiteSwitch(pushedSites),
    self,
    now: Date.now,
    parseHtml: (html) => parser.parseFromString(html, 'text/html'),
  }),
);
