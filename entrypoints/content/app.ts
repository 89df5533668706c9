/**
 * The content script's life cycle: cheap gate → Readability on a clone, paired with the live page →
 * one matchQuotes message with the article's blocks (the background extracts and matches) → badges at
 * each quotation's closing mark on the live page; then keeps the badges in step with the page.
 */
import { isProbablyReaderable } from '@mozilla/readability';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { DOUBLE_CLOSING, markClass } from '@/lib/text/quote-marks';
import { sendToBackground } from '@/utils/messaging';
import type { ScanResponse, SiteOff } from '@/utils/messaging/protocol';
import { disabledSites, isSiteEnabled } from '@/utils/settings';
import { BadgeLayer } from './badges';
import { closeCard } from './card-host';
import { takeSiteSwitch } from './early-switch';
import { placeQuotes, type ReadPage, readPage, scanBlocks } from './locate';
import { type Watcher, watchMutations } from './observer';
import { mark } from './timing';

/** How long a page that is not (yet) an article is watched for article content arriving late. */
const LATE_ARTICLE_WINDOW_MS = 20_000;
const RESCAN_DELAY_MS = 250;

const pageTitle = () => document.title.slice(0, 2000);
/** The document a URL loads: a fragment-only change (an in-page link) is the same page. */
const documentUrl = () => location.href.split('#')[0];

/** Same blocks, same live elements: nothing for a rescan to do (a re-rendered paragraph is a new element). */
function samePage(a: ReadPage | null, b: ReadPage): boolean {
  return Boolean(
    a &&
      a.blocks.length === b.blocks.length &&
      a.blocks.every((block, i) => block.text === b.blocks[i]?.text && a.live[i] === b.live[i]),
  );
}

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

const CURLY_CLOSING = new RegExp(markClass(DOUBLE_CLOSING), 'g');
const STRAIGHT_DOUBLE = /"/g;

/** Closing quotation marks in the article: about how many badges the answer will need. */
function closingMarks(page: ReadPage): number {
  let closing = 0;
  let straight = 0;
  for (const block of page.blocks) {
    closing += block.text.match(CURLY_CLOSING)?.length ?? 0;
    straight += block.text.match(STRAIGHT_DOUBLE)?.length ?? 0;
  }
  return closing + Math.ceil(straight / 2);
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
  private lastPage: ReadPage | null = null;
  private scanning = false;
  private rescanQueued = false;
  private measured = false;
  private stopped = false;
  private generation = 0;

  constructor(private readonly ctx: ContentScriptContext) {}

  async start(): Promise<void> {
    const generation = ++this.generation;
    // The gate: the site switch (normally read at document start, so already answered) and
    // Readability's cheap heuristic. The background applies the switch again to whatever it is sent.
    const enabled = await this.siteEnabled().catch(() => true);
    if (this.stopped || generation !== this.generation) return;
    const readerable = enabled && isProbablyReaderable(document);
    if (readerable) {
      await this.scan();
      return;
    }
    this.reportStatus(readerable, enabled);
    if (enabled) this.awaitArticle();
  }

  private siteEnabled(): Promise<boolean> {
    return (
      takeSiteSwitch(location.hostname)?.catch(() => isSiteEnabled(location.hostname)) ??
      isSiteEnabled(location.hostname)
    );
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
    this.lastPage = null;
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
    return disabledSites.watch((sites) => {
      if (this.stopped) return;
      if (sites?.includes(location.hostname)) this.reset();
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
    );
  }

  /** Readability and the quotations' places on the live page, between the extraction stage marks. */
  private locate(): ReadPage | null {
    mark('extract');
    const article = readPage(document);
    // Stage marks: the benchmark splits the scan into gate, extraction, matching and badges with them.
    mark('located');
    return article;
  }

  /**
   * One scan: at most one at a time; changes seen meanwhile queue exactly one more.
   */
  async scan(): Promise<void> {
    if (this.scanning) {
      this.rescanQueued = true;
      return;
    }
    this.scanning = true;
    try {
      await this.scanOnce(this.locate());
    } finally {
      this.scanning = false;
    }
    if (this.rescanQueued && !this.stopped) {
      this.rescanQueued = false;
      await this.scan();
    }
  }

  private async scanOnce(page: ReadPage | null): Promise<void> {
    const generation = this.generation;
    if (!page) {
      this.reportStatus(false, true);
      return;
    }
    if (samePage(this.lastPage, page)) return;
    const answer = sendToBackground('matchQuotes', {
      url: location.href,
      title: pageTitle(),
      blocks: scanBlocks(page),
      ...(page.omitted.blocks > 0 ? { omitted: page.omitted } : {}),
    });
    this.badges.prepare(closingMarks(page));
    const response = await answer;
    mark('matched');
    if (this.stopped || generation !== this.generation || !validResponse(response)) return;
    if ('siteOff' in response) return; // switched off: the watcher of the switch starts a scan when on
    // A page not about the corpus gets no badges (lib/relevance.ts); the popup says why.
    const located = response.badges ? placeQuotes(page, response.quotes) : [];
    const apply = () => this.badges.apply(located, response);
    if (this.watcher) this.watcher.pause(apply);
    else apply();
    this.lastPage = page;
    if (!this.measured) {
      this.measured = true;
      mark('scan');
    }
    if (!this.watcher && page.container) {
      this.watcher = watchMutations(page.container, () => void this.scan(), RESCAN_DELAY_MS);
    }
  }
}
