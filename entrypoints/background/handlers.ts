/**
 * Every message the background answers. Each one is checked twice before it is handled: its sender
 * (this extension, and the right kind of context for the message) and its shape (`requestSchemas`).
 * Anything else is rejected with an error the sender receives, and logged.
 */
import { normaliseQuote } from '@/lib/text/quote-text';
import type { VerbatimDB } from '@/utils/db';
import type { TabScan } from '@/utils/domain';
import { onMessageToBackground } from '@/utils/messaging';
import type { BackgroundProtocol } from '@/utils/messaging/protocol';
import { draftFromResult, upsertVerification, upsertVerifications } from '@/utils/verifications';
import type { CorpusCache } from './corpus-index';
import { runCheck } from './explicit-check';
import {
  admit,
  createScanHandlers,
  type Handler,
  isTopFrame,
  type ScanServices,
  tabOf,
} from './scan-handlers';
import { type MessageSenderLike, RejectedMessage } from './sender';
import type { TabScanStore } from './tab-scans';

export { ALLOWED_SENDERS } from './scan-handlers';

export interface BackgroundServices extends ScanServices {
  db: VerbatimDB;
  corpus: CorpusCache;
  scans: TabScanStore;
  /** Chrome: makes sure the offscreen document that answers scans exists. */
  openScanHost?: () => Promise<void>;
  /** Chrome: the offscreen document's URL, the one sender of `tabScanned`. */
  scanHostUrl?: string;
}

type Name = keyof BackgroundProtocol;
export type Handlers = { [K in Name]: Handler<K> };

export function createHandlers(services: BackgroundServices): Handlers {
  const { db, corpus, scans, self, now } = services;
  const badgeEverywhere = () => services.badgeEveryQuotation?.().catch(() => false) ?? Promise.resolve(false);
  const check = { db, corpus: () => corpus.get(), now };

  return {
    ...createScanHandlers(services),

    async openScanHost(raw, sender) {
      admit('openScanHost', raw, sender, self);
      await services.openScanHost?.();
    },

    async tabScanned(raw, sender) {
      const { data } = admit('tabScanned', raw, sender, self);
      // Only the document that runs the scans speaks for a tab's scan.
      if (!services.scanHostUrl || sender.url !== services.scanHostUrl) {
        throw new RejectedMessage('Verbatim: "tabScanned" rejected: only the scan host reports scans.');
      }
      const scan = data.scan as unknown as TabScan;
      // The scan host cannot read the reader's settings (Chrome's offscreen document has no storage).
      scans.keep(
        data.tabId,
        scan.badges === false && (await badgeEverywhere()) ? { ...scan, badges: true } : scan,
      );
    },

    async markHidden(raw, sender) {
      const { data } = admit('markHidden', raw, sender, self);
      if (isTopFrame(sender)) await scans.markHidden(tabOf(sender), data.indices);
    },

    async pageStatus(raw, sender) {
      const { data } = admit('pageStatus', raw, sender, self);
      if (!isTopFrame(sender)) return;
      await scans.set(tabOf(sender), {
        url: data.url,
        title: data.title,
        article: data.article,
        enabled: data.enabled,
        quotes: [],
        scannedAt: now(),
      });
    },

    async checkText(raw, sender) {
      const { data } = admit('checkText', raw, sender, self);
      return runCheck(check, {
        text: data.text,
        url: data.url,
        title: data.title,
        origin: data.origin,
        ...(data.context ? { context: data.context } : {}),
      });
    },

    async saveVerification(raw, sender) {
      const { data } = admit('saveVerification', raw, sender, self);
      const scan = await scans.get(tabOf(sender));
      const checked = scan?.quotes[data.index];
      if (!scan || !checked || normaliseQuote(checked.quote) !== normaliseQuote(data.quote)) {
        throw new RejectedMessage(
          'Verbatim: this quotation is not in the latest scan of the page; reload the page and try again.',
        );
      }
      const draft = draftFromResult(checked.quote, checked.result, {
        // The frame's URL from the browser; the stored scan keeps no query (see tab-scans.ts).
        url: sender.url ?? scan.url,
        pageTitle: scan.title,
        origin: 'badge',
      });
      if (data.dispute) Object.assign(draft, { disputed: true, disputeReason: data.dispute.reason.trim() });
      const { id } = await upsertVerification(db, draft, now());
      return { id };
    },

    async getTabScan(raw, sender) {
      const { data } = admit('getTabScan', raw, sender, self);
      return scans.get(data.tabId);
    },

    async saveTabScan(raw, sender) {
      const { data } = admit('saveTabScan', raw, sender, self);
      const scan = await scans.get(data.tabId);
      if (!scan || scan.quotes.length === 0) return { saved: 0 };
      const drafts = scan.quotes.map((q) =>
        draftFromResult(q.quote, q.result, { url: scan.url, pageTitle: scan.title, origin: 'badge' }),
      );
      const outcomes = await upsertVerifications(db, drafts, now());
      return { saved: new Set(outcomes.map((o) => o.id)).size };
    },

    async corpusChanged(raw, sender) {
      admit('corpusChanged', raw, sender, self);
      corpus.invalidate();
      return (await corpus.get()).info;
    },
  };
}

/** Logs a rejected or failed message where the developer looks, then lets the sender see the error. */
function logged<K extends Name>(name: K, handler: Handlers[K]): Handlers[K] {
  return (async (data: unknown, sender: MessageSenderLike) => {
    try {
      return await handler(data, sender);
    } catch (e) {
      if (e instanceof RejectedMessage) console.warn(e.message, { sender: sender.url ?? sender.id });
      else console.error(`Verbatim: "${name}" failed.`, e);
      throw e;
    }
  }) as Handlers[K];
}

/**
 * Registers the given handlers with the messenger (call synchronously at start-up). A context registers
 * only the messages it answers: in Chrome the offscreen document answers the scans, the worker the rest.
 */
export function registerHandlers(handlers: Partial<Handlers>): void {
  for (const name of Object.keys(handlers) as Name[]) {
    const handler = logged(name, handlers[name] as Handlers[typeof name]);
    // One generic registration for every name: the messenger's per-name types add nothing after `admit`.
    (
      onMessageToBackground as (
        n: Name,
        fn: (m: { data: unknown; sender: MessageSenderLike }) => unknown,
      ) => void
    )(name, (m) => handler(m.data, m.sender));
  }
}
