/**
 * The background service worker: owns the database and the match index, answers every message, and
 * runs explicit checks from the context menu and the keyboard command. Listeners are registered
 * synchronously in `main` so a worker woken by an event receives it.
 */
import { browser } from 'wxt/browser';
import { notFound } from '@/lib/match';
import { tryMatch } from '@/lib/scan';
import { badgeEveryQuotation, disabledSites } from '@/utils/settings';
import { watchTabScansOnAction } from './action-badge';
import { requestFromCommand } from './commands';
import { createContextMenu, requestFromMenuClick } from './context-menu';
import { CorpusCache, storedCorpusLoader, whenLoaded } from './corpus-index';
import { watchCorpusTables } from './corpus-watch';
import { database } from './database';
import { createHandlers, registerHandlers } from './handlers';
import { readSelection } from './read-selection';
import {
  type ContextsApi,
  fromOwnContext,
  type HostNotice,
  isHostNotice,
  type OffscreenApi,
  offscreenOpener,
  SCAN_HOST_PATH,
} from './scan-host-link';
import { seedBundledCorpus } from './seed';
import { checkSelectionInTab, type SelectionCheckServices, type SelectionRequest } from './selection-check';
import { browserShowServices } from './show-check';
import { SiteSwitch } from './site-switch';
import { TabScanStore } from './tab-scans';

export default defineBackground({
  type: 'module',
  main() {
    const db = database();
    const self = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };

    // Chrome's worker has no DOM: an offscreen document answers the scans (scan-host-link.ts). Firefox's
    // background page has one and answers them itself.
    const hasDom = typeof DOMParser === 'function';
    const hostUrl = browser.runtime.getURL(SCAN_HOST_PATH);
    const notifyHost = (notice: HostNotice) => {
      if (!hasDom) browser.runtime.sendMessage(notice).catch(() => undefined); // no document: nothing to tell
    };

    // Every start-up checks the seed (a no-op when the stored hash matches); install and update too.
    let seeding = seedBundledCorpus(db);
    const corpus = new CorpusCache(storedCorpusLoader(db, () => seeding));
    // An index built before a reseed holds the old corpus: rebuild once the new one is in.
    const reseed = () => {
      seeding = seedBundledCorpus(db).then((outcome) => {
        if (outcome.status === 'seeded') {
          corpus.invalidate();
          if (hasDom) corpus.warm();
        }
        return outcome;
      });
      return seeding;
    };
    // No rebuild needed after this first seed: the index waits for it before reading the tables.
    seeding.catch((e) => console.error('Verbatim: seeding the corpus failed.', e));
    // From then on the index follows the tables, whoever writes them (the library stores imports itself;
    // the offscreen document watches them the same way for its own index).
    void seeding
      .catch(() => undefined)
      .then(() =>
        watchCorpusTables(db, () => {
          corpus.invalidate();
          if (hasDom) corpus.warm();
        }),
      );
    // Where this context answers scans, the index is built at start-up: a page's scan never pays for it.
    // Chrome's worker builds its own only for explicit checks, when one comes.
    if (hasDom) corpus.warm();

    browser.runtime.onInstalled.addListener((details) => {
      void createContextMenu().catch((e) => console.error('Verbatim: could not create the context menu.', e));
      if (details.reason === 'install') {
        void browser.tabs
          .create({ url: browser.runtime.getURL('/welcome.html') })
          .catch((e) => console.error('Verbatim: could not open the welcome page.', e));
      }
      if (details.reason === 'install' || details.reason === 'update') {
        reseed().catch((e) => console.error('Verbatim: seeding the corpus failed.', e));
      }
    });

    // After a worker restart only the compact form of each scan is left: its quotations are matched again.
    const scans = new TabScanStore(browser.storage.session, async (quote, attributedTo) => {
      const loaded = await corpus.get();
      const input = { text: quote, attributedTo };
      return whenLoaded(
        loaded,
        [input],
        () =>
          tryMatch(
            loaded.index,
            input,
            'Verbatim: the engine failed on a quotation of a stored scan; reporting it as not found.',
          ) ?? notFound(attributedTo),
      );
    });
    watchTabScansOnAction(scans);
    browser.tabs.onRemoved.addListener((tabId) => void scans.delete(tabId));
    browser.tabs.onReplaced.addListener((_added, removed) => void scans.delete(removed));
    browser.tabs.onUpdated.addListener((tabId, change) => {
      if (change.status === 'loading') void scans.tabLoading(tabId, change.url);
    });

    const sites = new SiteSwitch(disabledSites);
    // Read once and kept current, so a scan never waits for storage.
    let badgeEvery: Promise<boolean> = badgeEveryQuotation.getValue().catch(() => false);
    badgeEveryQuotation.watch((value) => {
      badgeEvery = Promise.resolve(value === true);
    });
    const openScanHost = hasDom
      ? undefined
      : offscreenOpener(
          browser.offscreen as OffscreenApi,
          browser.runtime as unknown as ContextsApi,
          hostUrl,
        );
    const { scanPage, matchQuotes, ...rest } = createHandlers({
      db,
      corpus,
      scans,
      sites,
      self,
      now: Date.now,
      badgeEveryQuotation: () => badgeEvery,
      ...(hasDom
        ? { parseHtml: (html: string) => new DOMParser().parseFromString(html, 'text/html') }
        : { openScanHost, scanHostUrl: hostUrl }),
    });
    registerHandlers(hasDom ? { scanPage, matchQuotes, ...rest } : rest);
    if (openScanHost) {
      openScanHost().catch((e) => console.error('Verbatim: could not open the scan host.', e));
      disabledSites.watch((list) => notifyHost({ verbatimHost: 'sites', sites: list ?? [] }));
      browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
        if (!isHostNotice(message) || message.verbatimHost !== 'sites?') return;
        if (!fromOwnContext(sender, self.id) || sender.url !== hostUrl) return;
        disabledSites.getValue().then(sendResponse, () => sendResponse([]));
        return true;
      });
    }

    const selectionServices: SelectionCheckServices = {
      db,
      corpus: () => corpus.get(),
      show: browserShowServices,
      readSelection,
    };
    const check = (request: SelectionRequest | null) => {
      if (!request) return;
      checkSelectionInTab(selectionServices, request).catch((e) =>
        console.error('Verbatim: the explicit check failed.', e),
      );
    };
    browser.contextMenus.onClicked.addListener((info, tab) => check(requestFromMenuClick(info, tab)));
    browser.commands.onCommand.addListener((command, tab) => {
      void requestFromCommand(command, tab).then(check);
    });
  },
});
