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
import { CorpusCache, storedCorpusLoader } from './corpus-index';
import { watchCorpusTables } from './corpus-watch';
import { database } from './database';
import { createHandlers, registerHandlers } from './handlers';
import { readSelection } from './read-selection';
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

    // Every start-up checks the seed (a no-op when the stored hash matches); install and update too.
    let seeding = seedBundledCorpus(db);
    const corpus = new CorpusCache(storedCorpusLoader(db, () => seeding));
    // An index built before a reseed holds the old corpus: rebuild once the new one is in.
    const reseed = () => {
      seeding = seedBundledCorpus(db).then((outcome) => {
        if (outcome.status === 'seeded') {
          corpus.invalidate();
          corpus.warm();
        }
        return outcome;
      });
      return seeding;
    };
    // No rebuild needed after this first seed: the index waits for it before reading the tables.
    seeding.catch((e) => console.error('Verbatim: seeding the corpus failed.', e));
    // From then on the index follows the tables, whoever writes them (the library stores imports itself).
    void seeding
      .catch(() => undefined)
      .then(() =>
        watchCorpusTables(db, () => {
          corpus.invalidate();
          corpus.warm();
        }),
      );
    // Built at start-up, not on the first message: a page's scan never pays for the index.
    corpus.warm();

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
    const scans = new TabScanStore(
      browser.storage.session,
      async (quote, attributedTo) =>
        tryMatch(
          (await corpus.get()).index,
          { text: quote, attributedTo },
          'Verbatim: the engine failed on a quotation of a stored scan; reporting it as not found.',
        ) ?? notFound(attributedTo),
    );
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
    registerHandlers(
      createHandlers({
        db,
        corpus,
        scans,
        sites,
        self,
        now: Date.now,
        badgeEveryQuotation: () => badgeEvery,
      }),
    );

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
