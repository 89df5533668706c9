/**
 * The one typed message protocol between content scripts, extension pages and the background.
 * Every message the background receives is validated against `requestSchemas` (in
 * entrypoints/background/handlers.ts) and its sender (entrypoints/background/sender.ts).
 */
import { z } from 'zod';
import { ARTICLE_LIMITS, QUOTE_LIMITS } from '@/lib/limits';
import type { ExtractedQuote, MatchResult } from '@/lib/types';
import type { CardData, CheckedQuote, CorpusInfo, TabScan } from '@/utils/domain';

export interface ScanResponse extends CardData {
  /** The quotations the background extracted from the sent blocks; `results[i]` answers `quotes[i]`. */
  quotes: ExtractedQuote[];
  results: MatchResult[];
  /** Draw badges: the page is about the corpus, or the reader asked for badges everywhere. */
  badges: boolean;
}

/** The answer to a scan of a site the reader switched off: its blocks were dropped unread. */
export interface SiteOff {
  siteOff: true;
}

export type CheckResponse =
  | ({ ok: true; recordId: number | null } & CheckedQuote & CardData)
  | { ok: false; message: string };

const text = (max: number) => z.string().max(max);
const count = z.number().int().nonnegative();
const url = z.string().max(8192);

/** One block of a scanned article's text. `onPage`: the page has it too, so a badge can go there. */
export const blockForScan = z.object({
  text: text(ARTICLE_LIMITS.blockChars),
  kind: z.enum(['p', 'blockquote', 'li', 'heading']),
  onPage: z.boolean(),
  /** Which <blockquote> the block is in (see ArticleBlock.blockquote). */
  blockquote: z.number().int().nonnegative().max(100_000).optional(),
});

/** Schemas of every request the background accepts. */
export const requestSchemas = {
  matchQuotes: z.object({
    url,
    title: text(2000),
    blocks: z
      .array(blockForScan)
      .max(ARTICLE_LIMITS.blocks)
      .refine((blocks) => blocks.reduce((n, b) => n + b.text.length, 0) <= ARTICLE_LIMITS.chars, {
        message: 'article text over 2,000,000 characters',
      }),
    /** What the page left out to stay within these limits (so the popup can say so). */
    omitted: z.object({ blocks: count, chars: count }).optional(),
  }),
  markHidden: z.object({ indices: z.array(count).max(5000) }),
  pageStatus: z.object({ url, title: text(2000), article: z.boolean(), enabled: z.boolean() }),
  checkText: z.object({
    text: z.string().max(1_000_000),
    url,
    title: text(2000),
    context: text(4000).optional(),
    origin: z.enum(['selection', 'popup']),
  }),
  saveVerification: z.object({
    quote: text(QUOTE_LIMITS.quote),
    index: z.number().int().nonnegative(),
    /** The reader says the verdict looks wrong ("This verdict looks wrong" on the card). */
    dispute: z.object({ reason: text(2000) }).optional(),
  }),
  getTabScan: z.object({ tabId: z.number().int() }),
  saveTabScan: z.object({ tabId: z.number().int() }),
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
   * The content script found these quotations of its latest scan (by index) partly hidden by the page's
   * CSS, or mixed with words the CSS adds: the background's record says `hidden` for them too.
   */
  markHidden(data: RequestOf<'markHidden'>): void;
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
  /** An extension page changed the corpus tables (full-report import): rebuild the match index. */
  corpusChanged(data: RequestOf<'corpusChanged'>): CorpusInfo;
}
