/**
 * The content script's life cycle: cheap gate → the page's serialised DOM to the scan host, which reads
 * (Readability), extracts and matches off the page's main thread → the answer's blocks found on the live
 * page → badges at each quotation's closing mark; then keeps the badges in step with the page, reading
 * only the blocks that change (live-article.ts).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { pairWithPage } from '@/lib/article/page';
import { PAGE_HTML_LIMIT } from '@/lib/limits';
import { sendToBackground } from '@/utils/messaging';
import type { ScanResponse, SiteOff } from '@/utils/messaging/protocol';
import { badgeEveryQuotationIn, isSiteEnabledIn, watchDisabledSitesIn } from '@/utils/site-switch-key';
import { BadgeLayer } from './badges';
import { closeCard } from './card-host';
import { LiveArticle } from './live-article';
import { pageAt, placeQuotes, type ReadPage, scanBlocks } from './locate';
import { recordMutations, type Watcher, watchMutations } from './observer';
import { isProbablyReaderable } from './readerable';
import { askScanHost } from './scan-host';
import { serialisePage } from './serialise';
import { mark } from './timing';

/** How long a page that is not (yet) an article is watched for article content arriving late. */
const LATE_ARTICLE_WINDOW_MS = 20_000;
const RESCAN_DELAY_MS = 250;
/** A page that never stops changing is still read again this often. */
const RESCAN_MAX_WAIT_MS = 1000;

const pageTitle = () => document.title.slice(0, 2000);
/** The document a URL loads: a fragment-only change (an in-page link) is the same page. */
const documentUrl = () => location.href.split('#')[0];

function validResponse(response: unknown): response is ScanResponse | SiteOff {
  if ((response as SiteOff | null)?.siteOff === true) return true;
  const r = response as ScanResponse | null;
  return Boolean(
    r &&
      Array.isArray(r.results) &&
      Array.isArray(r.quotes) &&
      r.results.length === r.quotes.length &&
      r.passages &&
      r.sources &&
      r.corpus,
  );
}

/**
 * Whether the answer's badges are drawn: the page is about the corpus, or the reader asked for badges on
 * every page. The setting is read here because Chrome's scan host (an offscreen document) cannot read
 * storage; it is read only for pages that are not about the corpus.
 */
async function drawBadges(response: ScanResponse): Promise<boolean> {
  if (response.badges) return true;
  return badgeEveryQuotationIn(browser.storage.local).catch(() => false);
}

export class ContentApp {
  readonly badges = new BadgeLayer(
    (entry, dispute) =>
      sendToBackground('saveVerification', {
        quote: entry.quote,
        index: entry.index,
        ...(dispute ? { dispute } : {}),
      }).then(() => (dispute ? 'Kept in your library, marked as looking wrong.' : 'Saved to your library.')),
    (indices) => void sendToBackground('markHidden', { indices }).catch(() => {}),
  );
  /** The page the badges belong to; a location change only counts when the document URL changed. */
  private url = documentUrl();
  private watcher: Watcher | null = null;
  private live: LiveArticle | null = null;
  private scanning = false;
  private rescanQueued = false;
  private fullQueued = false;
  private measured = false;
  private stopped = false;
  private generation = 0;

  constructor(private readonly ctx: ContentScriptContext) {}

  async start(): Promise<void> {
    const generation = ++this.generation;
    // The gate: the site switch and Readability's cheap heuristic. The background applies the switch
    // again to whatever it is sent.
    const enabled = await isSiteEnabledIn(browser.storage.local, location.hostname).catch(() => true);
    if (this.stopped || generation !== this.generation) return;
    const readerable = enabled && isProbablyReaderable(document);
    if (readerable) {
      await this.scan();
      return;
    }
    this.reportStatus(readerable, enabled);
    if (enabled) this.awaitArticle();
  }

  /** Removes everything this instance added and stops all work (context invalidated or site switched off). */
  stop(): void {
    this.stopped = true;
    this.reset();
  }

  private reset(): void {
    this.generation++;
    this.watcher?.stop();
    this.watcher = null;
    this.live = null;
    closeCard();
    this.badges.clear();
  }

  /**
   * Single-page-app navigation: the old badges belong to the old page. Taken from the URL itself, not
   * from the event, which a page can dispatch too; read on the next task, once the navigation the event
   * announces has committed its URL.
   */
  onLocationChange(): void {
    this.ctx.setTimeout(() => {
      if (this.stopped || documentUrl() === this.url) return;
      this.url = documentUrl();
      this.reset();
      this.ctx.setTimeout(() => void this.start(), RESCAN_DELAY_MS);
    }, 0);
  }

  watchSiteSwitch(): () => void {
    return watchDisabledSitesIn(browser.storage.onChanged, (sites) => {
      if (this.stopped) return;
      if (sites.includes(location.hostname)) this.reset();
      else if (!this.watcher && this.badges.count === 0) void this.start();
    });
  }

  private reportStatus(article: boolean, enabled: boolean): void {
    sendToBackground('pageStatus', { url: location.href, title: pageTitle(), article, enabled }).catch(
      () => {},
    );
  }

  /** A page that is not an article yet may become one (content rendered after load): re-run the cheap gate. */
  private awaitArticle(): void {
    if (!document.body) return;
    const deadline = Date.now() + LATE_ARTICLE_WINDOW_MS;
    this.watcher = watchMutations(
      document.body,
      () => {
        if (Date.now() > deadline) {
          this.watcher?.stop();
          this.watcher = null;
          return;
        }
        if (!isProbablyReaderable(document)) return;
        this.watcher?.stop();
        this.watcher = null;
        void this.scan();
      },
      RESCAN_DELAY_MS,
      { maxWaitMs: RESCAN_MAX_WAIT_MS },
    );
  }

  /**
   * One scan: at most one at a time; changes seen meanwhile queue exactly one more. `full`: the page's
   * whole DOM is read again (first scan, or the article was replaced); otherwise only what changed.
   */
  async scan(full = true): Promise<void> {
    if (this.scanning) {
      this.rescanQueued = true;
      this.fullQueued ||= full;
      return;
    }
    this.scanning = true;
    try {
      await (full || !this.live ? this.scanPage() : this.rescanChanges());
    } finally {
      this.scanning = false;
    }
    if (this.rescanQueued && !this.stopped) {
      const queuedFull = this.fullQueued;
      this.rescanQueued = false;
      this.fullQueued = false;
      await this.scan(queuedFull);
    }
  }

  /** The first scan: the page's DOM, serialised, is read and matched off the page's main thread. */
  private async scanPage(): Promise<void> {
    const generation = this.generation;
    mark('extract');
    const html = serialisePage(document);
    if (html.length > PAGE_HTML_LIMIT) {
      this.reportStatus(false, true);
      return;
    }
    const meanwhile = document.body ? recordMutations(document.body) : null;
    const answer = askScanHost('scanPage', { url: location.href, title: pageTitle(), html });
    const response = await answer.catch(() => null);
    const changed = meanwhile?.take() ?? [];
    mark('matched');
    if (this.stopped || generation !== this.generation || !response) return;
    if ('siteOff' in response || 'article' in response) return; // the host kept the tab's status
    if (!validResponse(response) || !Array.isArray(response.blocks) || !Array.isArray(response.at)) return;
    const paired =
      pageAt(document, response, response.quotes) ??
      pairWithPage({ title: response.title, blocks: response.blocks }, document);
    const page = paired && { ...paired, omitted: response.omitted ?? paired.omitted };
    mark('located');
    if (!page) return;
    const draw = await drawBadges(response);
    if (this.stopped || generation !== this.generation) return;
    this.watch(page);
    this.apply(page, response, draw);
    if (!this.measured) {
      this.measured = true;
      mark('scan');
    }
    // What the page changed while the copy was read is read now, as any later change would be.
    if (changed.length > 0 && this.live) {
      this.live.note(changed);
      this.rescanQueued = true;
    }
  }

  private apply(page: ReadPage, response: ScanResponse, draw: boolean): void {
    // A page not about the corpus gets no badges (lib/relevance.ts); the popup says why.
    const located = draw ? placeQuotes(page, response.quotes) : [];
    const apply = () => this.badges.apply(located, response);
    if (this.watcher) this.watcher.pause(apply);
    else apply();
    if (this.live?.page === page) this.live.quoted(response.quotes);
  }

  private watch(page: ReadPage): void {
    if (!page.container) return;
    this.watcher?.stop();
    const live = new LiveArticle(page);
    this.live = live;
    this.watcher = watchMutations(page.container, () => void this.scan(false), RESCAN_DELAY_MS, {
      maxWaitMs: RESCAN_MAX_WAIT_MS,
      onRecords: (records) => live.note(records),
    });
  }

  /**
   * A later change: only the blocks it touched are read, and the article is matched again only when
   * text that holds or held a quotation mark, or lies inside a quotation, changed.
   */
  private async rescanChanges(): Promise<void> {
    const live = this.live;
    if (!live) return;
    const change = live.take();
    if (change === 'replaced') {
      await this.scanPage();
      return;
    }
    if (!change) return;
    const generation = this.generation;
    const page = live.page;
    const response = await askScanHost('matchQuotes', {
      url: location.href,
      title: pageTitle(),
      blocks: scanBlocks(page),
      ...(page.omitted.blocks > 0 ? { omitted: page.omitted } : {}),
    }).catch(() => null);
    if (this.stopped || generation !== this.generation || !validResponse(response)) return;
    if ('siteOff' in response) return;
    const draw = await drawBadges(response);
    if (this.stopped || generation !== this.generation) return;
    this.apply(page, response, draw);
  }
}
