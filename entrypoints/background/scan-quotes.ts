/**
 * The quotations of one scanned article, extracted here rather than in the page: the service worker's
 * extractor is warm, a freshly loaded page's is not (its first run costs tens of milliseconds).
 */

import { blockStarts, closingBlock } from '@/entrypoints/content/closing-block';
import { extractQuotes } from '@/lib/extract';
import type { ExtractedQuote } from '@/lib/types';
import type { RequestOf } from '@/utils/messaging/protocol';

type ScanBlock = RequestOf<'matchQuotes'>['blocks'][number];

/** What one quotation may hold, as before extraction moved here (the page keeps its badges in step). */
export const QUOTE_LIMITS = { quotes: 2000, quote: 20_000, attributedTo: 500 } as const;

/**
 * Quotations that close in a block the page has (a badge can go there), in article order, within
 * QUOTE_LIMITS. An extractor failure is logged and yields no quotations: nothing is ever claimed.
 */
export function quotesForScan(blocks: readonly ScanBlock[]): ExtractedQuote[] {
  const texts = blocks.map((b) => b.text);
  let extracted: ExtractedQuote[];
  try {
    extracted = extractQuotes(
      blocks.map(({ text, kind, blockquote }) => ({
        text,
        kind,
        ...(blockquote === undefined ? {} : { blockquote }),
      })),
    );
  } catch (e) {
    console.error('Verbatim: the extractor failed on an article; no quotations were checked.', e);
    return [];
  }
  const starts = blockStarts(texts);
  const out: ExtractedQuote[] = [];
  for (const quote of extracted) {
    if (out.length >= QUOTE_LIMITS.quotes) break;
    if (quote.quote.length > QUOTE_LIMITS.quote) continue;
    const closing = closingBlock(texts, starts, quote.after);
    if (!closing || !blocks[closing.index]?.onPage) continue;
    out.push(
      (quote.attributedTo?.length ?? 0) > QUOTE_LIMITS.attributedTo
        ? { ...quote, attributedTo: null }
        : quote,
    );
  }
  return out;
}
