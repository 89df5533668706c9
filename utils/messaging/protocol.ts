/**
 * The one typed message protocol between content scripts, extension pages and the background.
 * Every message the background receives is validated against `requestSchemas` (in
 * entrypoints/background/handlers.ts) and its sender (entrypoints/background/sender.ts).
 */
import { z } from 'zod';
import { PAGE_HTML_LIMIT } from '@/lib/article/page';
import type { Passage, Source } from '@/lib/corpus/types';
import type { ExtractedQuote, MatchResult } from '@/lib/types';

/** What the card needs besides the result: the matched passages and their sources, and corpus facts. */
export interface CorpusInfo {
  version: string;
  passageCount: number;
  reportPassageCount: number;
  /** True once the user imported the complete report: then "not found" can say "not in the report". */
  hasFullText: boolean;
}

export interface CardData {
  passages: Record<string, Passage>;
  sources: Record<string, Source>;
  corpus: CorpusInfo;
}

export interface CheckedQuote {
  /** The quotation without enclosing marks. */
  quote: string;
  result: MatchResult;
}

export interface ScanResponse extends CardData {
  /** The quotations the background extracted from the sent blocks; `results[i]` answers `quotes[i]`. */
  quotes: ExtractedQuote[];
  results: MatchResult[];
}

/** The answer to a page's first scan: the article's blocks as Readability read them, and their quotations. */
export interface PageScanResponse extends ScanResponse {
  title: string | null;
  /** The article's blocks (within the message limits), in order; the page pairs them with its own. */
  blocks: Array<{ text: string; kind: 'p' | 'blockquote' | 'li' | 'heading' }>;
  /** Where each block's element is in the page (`elementIndices` in lib/article/page.ts); null: not there. */
  at: Array<number | null>;
}

/** The page is not an article (Readability found none in its HTML). */
export interface NotAnArticle {
  article: false;
}

/** The answer to a scan of a site the reader switched off: its blocks were dropped unread. */
export interface SiteOff {
  siteOff: true;
}

export type CheckResponse =
  | ({ ok: true; recordId: number | null } & CheckedQuote & CardData)
  | { ok: false; message: string };

export interface TabScan {
  url: string;
  title: string;
  /** False when the page is not an article (nothing was extracted) or Verbatim is off for the site. */
  article: boolean;
  enabled: boolean;
  quotes: CheckedQuote[];
  scannedAt: number;
}

const text = (max: number) => z.string().max(max);

const url = z.string().max(8192);

/** One block of a scanned article's text. `onPage`: the page has it too, so a badge can go there. */
export const blockForScan = z.object({
  text: text(100_000),
  kind: z.enum(['p', 'blockquote', 'li', 'heading']),
  onPage: z.boolean(),
});

/** Schemas of every request the background accepts. */
export const requestSchemas = {
  matchQuotes: z.object({
    url,
    title: text(2000),
    blocks: z
      .array(blockForScan)
      .max(5000)
      .refine((blocks) => blocks.reduce((n, b) => n + b.text.length, 0) <= 2_000_000, {
        message: 'article text over 2,000,000 characters',
      }),
  }),
  scanPage: z.object({ url, title: text(2000), html: z.string().max(PAGE_HTML_LIMIT) }),
  openScanHost: z.object({}),
  tabScanned: z.object({
    tabId: z.number().int().nonnegative(),
    scan: z.object({
      url,
      title: text(2000),
      article: z.boolean(),
      enabled: z.boolean(),
      quotes: z
        .array(z.object({ quote: text(20_000), result: z.object({ status: z.string() }).passthrough() }))
        .max(2000),
      scannedAt: z.number(),
    }),
  }),
  pageStatus: z.object({ url, title: text(2000), article: z.boolean(), enabled: z.boolean() }),
  checkText: z.object({
    text: z.string().max(1_000_000),
    url,
    title: text(2000),
    context: text(4000).optional(),
    origin: z.enum(['selection', 'popup']),
  }),
  saveVerification: z.object({
    quote: text(20_000),
    index: z.number().int().nonnegative(),
    url,
    title: text(2000),
  }),
  getTabScan: z.object({ tabId: z.number().int() }),
  saveTabScan: z.object({ tabId: z.number().int() }),
  getCardData: z.object({ passageIds: z.array(text(200)).max(200) }),
  corpusChanged: z.object({}),
} as const;

export type RequestOf<K extends keyof typeof requestSchemas> = z.infer<(typeof requestSchemas)[K]>;

/** Messages a content script handles (sent by the background or the popup to a tab). */
export interface ContentProtocol {
  /** Show the result of an explicit check next to the current selection. */
  showCheck(data: CheckResponse): void;
  /** Scroll to quotation `index` of the last scan and open its card. */
  focusQuote(data: { index: number }): boolean;
}

/** Messages the background handles. */
export interface BackgroundProtocol {
  /**
   * One message per scan: the article's blocks; the background extracts the quotations and answers each,
   * unless the reader switched the site off (the per-site switch is applied here, see site-switch.ts).
   */
  matchQuotes(data: RequestOf<'matchQuotes'>): ScanResponse | SiteOff;
  /**
   * A page's first scan: its serialised DOM, read (Readability), extracted and matched away from the
   * page's main thread — in Chrome by the offscreen document, in Firefox by the background page.
   */
  scanPage(data: RequestOf<'scanPage'>): PageScanResponse | NotAnArticle | SiteOff;
  /** Chrome: (re)creates the offscreen document that answers scans, when a scan found none. */
  openScanHost(data: RequestOf<'openScanHost'>): void;
  /** The offscreen document hands the background a tab's scan (the background keeps every tab's). */
  tabScanned(data: { tabId: number; scan: TabScan }): void;
  /** The content script reports a page it will not scan (not an article, or switched off). */
  pageStatus(data: RequestOf<'pageStatus'>): void;
  /** An explicit check (selection or popup box): runs the engine and saves the verification. */
  checkText(data: RequestOf<'checkText'>): CheckResponse;
  /**
   * Save a badge's verification. The result is taken from the background's own scan of the sender's tab
   * (by index, checked against the quote), never from the page.
   */
  saveVerification(data: RequestOf<'saveVerification'>): { id: number };
  getTabScan(data: RequestOf<'getTabScan'>): TabScan | null;
  saveTabScan(data: RequestOf<'saveTabScan'>): { saved: number };
  getCardData(data: RequestOf<'getCardData'>): CardData;
  /** An extension page changed the corpus tables (full-report import): rebuild the match index. */
  corpusChanged(data: RequestOf<'corpusChanged'>): CorpusInfo;
}

export type ProtocolMap = ContentProtocol & BackgroundProtocol;
