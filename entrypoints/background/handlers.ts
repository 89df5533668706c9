/**
 * Every message the background answers. Each one is checked twice before it is handled: its sender
 * (this extension, and the right kind of context for the message) and its shape (`requestSchemas`).
 * Anything else is rejected with an error the sender receives, and logged.
 */
import { pageRelevance } from '@/lib/relevance';
import { scanArticle } from '@/lib/scan';
import { normaliseQuote } from '@/lib/text/quote-text';
import type { VerbatimDB } from '@/utils/db';
import { cardDataFor } from '@/utils/domain';
import { onMessageToBackground } from '@/utils/messaging';
import {
  type BackgroundProtocol,
  type RequestOf,
  requestSchemas,
  type ScanResponse,
  type SiteOff,
} from '@/utils/messaging/protocol';
import { draftFromResult, upsertVerification, upsertVerifications } from '@/utils/verifications';
import type { CorpusCache } from './corpus-index';
import { runCheck } from './explicit-check';
import {
  type ExtensionIdentity,
  type MessageSenderLike,
  RejectedMessage,
  requireSender,
  type SenderKind,
} from './sender';
import type { SiteSwitch } from './site-switch';
import type { TabScanStore } from './tab-scans';

export interface BackgroundServices {
  /** The reader's "Badge every quotation" setting (absent: off). */
  badgeEveryQuotation?: () => Promise<boolean>;
  db: VerbatimDB;
  corpus: CorpusCache;
  scans: TabScanStore;
  sites: SiteSwitch;
  self: ExtensionIdentity;
  now: () => number;
}

type Name = keyof BackgroundProtocol;
type Reply<K extends Name> = Awaited<ReturnType<BackgroundProtocol[K]>>;
export type Handlers = {
  [K in Name]: (data: unknown, sender: MessageSenderLike) => Promise<Reply<K>>;
};

const CONTENT: readonly SenderKind[] = ['content-script'];
const PAGES: readonly SenderKind[] = ['extension-page'];

/** Who may send each message. */
export const ALLOWED_SENDERS: Record<Name, readonly SenderKind[]> = {
  matchQuotes: CONTENT,
  markHidden: CONTENT,
  pageStatus: CONTENT,
  saveVerification: CONTENT,
  checkText: PAGES,
  getTabScan: PAGES,
  saveTabScan: PAGES,
  corpusChanged: PAGES,
};

function admit<K extends Name>(
  name: K,
  data: unknown,
  sender: MessageSenderLike,
  self: ExtensionIdentity,
): { data: RequestOf<K>; kind: SenderKind } {
  const kind = requireSender(name, sender, self, ALLOWED_SENDERS[name]);
  const parsed = requestSchemas[name].safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((i) => `${i.path.join('.') || '(data)'}: ${i.message}`)
      .join('; ');
    throw new RejectedMessage(`Verbatim: "${name}" rejected: malformed request (${problems}).`);
  }
  return { data: parsed.data as RequestOf<K>, kind };
}

/** Tab of a content-script sender (guaranteed by `requireSender`). */
const tabOf = (sender: MessageSenderLike): number => sender.tab?.id ?? -1;

/** Scans come from the top frame; a frame's own content script (injected for a check) must not overwrite it. */
const isTopFrame = (sender: MessageSenderLike) => (sender.frameId ?? 0) === 0;

export function createHandlers(services: BackgroundServices): Handlers {
  const { db, corpus, scans, sites, self, now } = services;
  const badgeEverywhere = () => services.badgeEveryQuotation?.().catch(() => false) ?? Promise.resolve(false);
  const check = { db, corpus: () => corpus.get(), now };

  return {
    async matchQuotes(raw, sender) {
      const { data } = admit('matchQuotes', raw, sender, self);
      // The frame's own URL (from the browser, not the message) says which site this is.
      if (!(await sites.isEnabled(sender.url))) {
        if (isTopFrame(sender)) {
          await scans.set(tabOf(sender), {
            url: data.url,
            title: data.title,
            article: true,
            enabled: false,
            quotes: [],
            scannedAt: now(),
          });
        }
        const off: SiteOff = { siteOff: true };
        return off;
      }
      const loaded = await corpus.get();
      const tally = { found: 0 };
      const scanned = scanArticle(loaded.index, data.blocks, tally);
      const quotes = scanned.map((s) => s.extracted);
      const results = scanned.map((s) => s.result);
      const relevance = pageRelevance(loaded, {
        title: data.title,
        texts: data.blocks.map((b) => b.text),
        quotes,
        statuses: results.map((r) => r.status),
      });
      const badges = relevance.about || (await badgeEverywhere());
      if (isTopFrame(sender)) {
        // The page waits for this reply, not for the write: the store keeps the scan in memory at once
        // (what saveVerification and the popup read) and persists it to session storage afterwards.
        scans.keep(tabOf(sender), {
          url: data.url,
          title: data.title,
          article: true,
          enabled: true,
          quotes: scanned.map((s) => ({
            quote: s.extracted.quote,
            result: s.result,
            span: [s.extracted.start, s.extracted.end] as [number, number],
          })),
          scannedAt: now(),
          ...(tally.found > quotes.length ? { found: tally.found } : {}),
          ...(data.omitted ? { omitted: data.omitted } : {}),
          relevance,
          badges,
        });
      }
      const response: ScanResponse = {
        quotes,
        results,
        ...cardDataFor(loaded, results),
        badges,
      };
      return response;
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

/** Registers every handler with the messenger (call synchronously at worker start). */
export function registerHandlers(handlers: Handlers): void {
  const h = <K extends Name>(name: K) => logged(name, handlers[name]);
  onMessageToBackground('matchQuotes', (m) => h('matchQuotes')(m.data, m.sender));
  onMessageToBackground('markHidden', (m) => h('markHidden')(m.data, m.sender));
  onMessageToBackground('pageStatus', (m) => h('pageStatus')(m.data, m.sender));
  onMessageToBackground('checkText', (m) => h('checkText')(m.data, m.sender));
  onMessageToBackground('saveVerification', (m) => h('saveVerification')(m.data, m.sender));
  onMessageToBackground('getTabScan', (m) => h('getTabScan')(m.data, m.sender));
  onMessageToBackground('saveTabScan', (m) => h('saveTabScan')(m.data, m.sender));
  onMessageToBackground('corpusChanged', (m) => h('corpusChanged')(m.data, m.sender));
}
