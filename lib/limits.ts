/**
 * What one scan may hold, in one place: the page keeps its message within ARTICLE_LIMITS (the
 * background's schema rejects a whole message that breaks them), and the pipeline keeps each quotation
 * within QUOTE_LIMITS. A module of its own so the content script's bundle carries the numbers only.
 */

/** One matchQuotes message: blocks, characters in all, characters in one block. */
export const ARTICLE_LIMITS = { blocks: 5000, chars: 2_000_000, blockChars: 100_000 } as const;

/** Quotations per scan, characters per quotation, characters of who the article says spoke it. */
export const QUOTE_LIMITS = { quotes: 2000, quote: 20_000, attributedTo: 500 } as const;

/** The largest page a scan reads (its serialised DOM, in characters); the page sends nothing larger. */
export const PAGE_HTML_LIMIT = 20_000_000;
