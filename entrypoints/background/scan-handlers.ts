/**
 * The scan of a page: its serialised DOM (`scanPage`, a page's first scan) or its article blocks
 * (`matchQuotes`, a rescan of blocks that changed) → Readability → quotations → verdicts. It runs where
 * a DOM is at hand off the page's main thread: in Chrome the offscreen document (a service worker has
 * no DOMParser), in Firefox the background page itself. Each message is checked (sender, shape, the
 * per-site switch) exactly as every other message the background answers.
 */
import { readArticle } from '@/lib/article';
import { elementIndices, pairWithPage } from '@/lib/article/page';
import { pageRelevance } from '@/lib/relevance';
import { quotesForScan, scanArticle } from '@/lib/scan';
import { cardDataFor, type TabScan } from '@/utils/domain';
import {
  type BackgroundProtocol,
  type NotAnArticle,
  type PageScanResponse,
  type RequestOf,
  requestSchemas,
  type ScanResponse,
  type SiteOff,
} from '@/utils/messaging/protocol';
import { type LoadedCorpus, whenLoaded } from './corpus-index';
import {
  type ExtensionIdentity,
  type MessageSenderLike,
  RejectedMessage,
  requireSender,
  type SenderKind,
} from './sender';

type Name = keyof BackgroundProtocol;
export type Reply<K extends Name> = Awaited<ReturnType<BackgroundProtocol[K]>>;
export type Handler<K extends Name> = (data: unknown, sender: MessageSenderLike) => Promise<Reply<K>>;

const CONTENT: readonly SenderKind[] = ['content-script'];
const PAGES: readonly SenderKind[] = ['extension-page'];

/** Who may send each message. */
export const ALLOWED_SENDERS: Record<Name, readonly SenderKind[]> = {
  matchQuotes: CONTENT,
  scanPage: CONTENT,
  openScanHost: CONTENT,
  tabScanned: PAGES,
  markHidden: CONTENT,
  pageStatus: CONTENT,
  saveVerification: CONTENT,
  checkText: PAGES,
  getTabScan: PAGES,
  saveTabScan: PAGES,
  corpusChanged: PAGES,
};

export function admit<K extends Name>(
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
export const tabOf = (sender: MessageSenderLike): number => sender.tab?.id ?? -1;

/** Scans come from the top frame; a frame's own content script (injected for a check) must not overwrite it. */
export const isTopFrame = (sender: MessageSenderLike) => (sender.frameId ?? 0) === 0;

/** Where a tab's latest scan is kept (the background's TabScanStore, or a message to it). */
export interface ScanKeeper {
  set(tabId: number, scan: TabScan): Promise<void>;
  /** Keeps the scan without making the caller wait for it to be stored. */
  keep(tabId: number, scan: TabScan): void;
}

export interface ScanServices {
  corpus: { get(): Promise<LoadedCorpus> };
  scans: ScanKeeper;
  sites: { isEnabled(pageUrl: string | undefined): Promise<boolean> };
  self: ExtensionIdentity;
  now: () => number;
  /** Parses a page's serialised DOM; absent where there is no DOM (Chrome's service worker). */
  parseHtml?: (html: string) => Document;
  /**
   * The reader's "Badge every quotation" setting, where storage can be read. Chrome's offscreen document
   * cannot: there the page and the worker apply the setting to a scan's answer (absent: off).
   */
  badgeEveryQuotation?: () => Promise<boolean>;
}

export interface ScanHandlers {
  matchQuotes: Handler<'matchQuotes'>;
  scanPage: Handler<'scanPage'>;
}

export function createScanHandlers(services: ScanServices): ScanHandlers {
  const { corpus, scans, sites, self, now, parseHtml } = services;
  const badgeEverywhere = () => services.badgeEveryQuotation?.().catch(() => false) ?? Promise.resolve(false);

  /** Keeps a scan that found nothing to check: not an article, or a site switched off. */
  const keepEmpty = async (
    sender: MessageSenderLike,
    page: { url: string; title: string },
    status: { article: boolean; enabled: boolean },
  ) => {
    if (isTopFrame(sender))
      await scans.set(tabOf(sender), { ...page, ...status, quotes: [], scannedAt: now() });
  };

  /** False (after keeping a switched-off scan) when the sender's site is switched off. */
  const siteOn = async (sender: MessageSenderLike, page: { url: string; title: string }) => {
    // The frame's own URL (from the browser, not the message) says which site this is.
    if (await sites.isEnabled(sender.url)) return true;
    await keepEmpty(sender, page, { article: true, enabled: false });
    return false;
  };

  const match = async (
    sender: MessageSenderLike,
    page: { url: string; title: string },
    blocks: RequestOf<'matchQuotes'>['blocks'],
    omitted: { blocks: number; chars: number } | undefined,
  ): Promise<ScanResponse> => {
    const loaded = await corpus.get();
    const tally = { found: 0 };
    const inputs = quotesForScan(blocks).map((q) => ({ text: q.quote, attributedTo: q.attributedTo }));
    // The cards' passages are read while the documents the quotations needed are in memory.
    const { scanned, cards } = await whenLoaded(loaded, inputs, () => {
      const scanned = scanArticle(loaded.index, blocks, tally);
      return {
        scanned,
        cards: cardDataFor(
          loaded,
          scanned.map((s) => s.result),
        ),
      };
    });
    const quotes = scanned.map((s) => s.extracted);
    const results = scanned.map((s) => s.result);
    const relevance = pageRelevance(loaded, {
      title: page.title,
      texts: blocks.map((b) => b.text),
      quotes,
      statuses: results.map((r) => r.status),
    });
    const badges = relevance.about || (await badgeEverywhere());
    if (isTopFrame(sender)) {
      // The page waits for this reply, not for the write: the store keeps the scan in memory at once
      // (what saveVerification and the popup read) and persists it to session storage afterwards.
      scans.keep(tabOf(sender), {
        ...page,
        article: true,
        enabled: true,
        quotes: scanned.map((s) => ({
          quote: s.extracted.quote,
          result: s.result,
          span: [s.extracted.start, s.extracted.end] as [number, number],
        })),
        scannedAt: now(),
        ...(tally.found > quotes.length ? { found: tally.found } : {}),
        ...(omitted && omitted.blocks > 0 ? { omitted } : {}),
        relevance,
        badges,
      });
    }
    return { quotes, results, ...cards, badges };
  };

  return {
    async matchQuotes(raw, sender) {
      const { data } = admit('matchQuotes', raw, sender, self);
      const page = { url: data.url, title: data.title };
      if (!(await siteOn(sender, page))) return { siteOff: true } satisfies SiteOff;
      return match(sender, page, data.blocks, data.omitted);
    },

    async scanPage(raw, sender) {
      const { data } = admit('scanPage', raw, sender, self);
      if (!parseHtml) throw new RejectedMessage('Verbatim: "scanPage" reached a context without a DOM.');
      const page = { url: data.url, title: data.title };
      if (!(await siteOn(sender, page))) return { siteOff: true } satisfies SiteOff;
      // The copy is parsed inert (no scripts run, nothing loads) and read with the page's own rule.
      const doc = parseHtml(data.html);
      const article = readArticle(doc);
      const paired = article ? pairWithPage(article, doc) : null;
      if (!paired) {
        await keepEmpty(sender, page, { article: false, enabled: true });
        return { article: false } satisfies NotAnArticle;
      }
      const blocks = paired.blocks.map((b, i) => ({
        text: b.text,
        kind: b.kind,
        onPage: paired.live[i] != null,
        ...(b.blockquote === undefined ? {} : { blockquote: b.blockquote }),
      }));
      const response: PageScanResponse = {
        ...(await match(sender, page, blocks, paired.omitted)),
        title: paired.title,
        blocks: paired.blocks.map(({ text, kind, blockquote }) =>
          blockquote === undefined ? { text, kind } : { text, kind, blockquote },
        ),
        at: elementIndices(doc, paired.live),
        omitted: paired.omitted,
      };
      return response;
    },
  };
}
