/**
 * The whole scan on one document, as the extension splits it: Readability and extraction (done off the
 * page, here in the same jsdom), pairing with the page, and placing the quotations — the jsdom tests'
 * way to check reading, extraction and placing together.
 */
import { quotesForScan } from '@/entrypoints/background/scan-quotes';
import {
  type LocatedArticle,
  type LocatedQuote,
  placeQuotes,
  scanBlocks,
} from '@/entrypoints/content/locate';
import { readArticle } from '@/lib/article';
import { pairWithPage } from '@/lib/article/page';

export function locateArticle(doc: Document): LocatedArticle | null {
  const article = readArticle(doc);
  const page = article ? pairWithPage(article, doc) : null;
  if (!page) return null;
  const quotes = placeQuotes(page, quotesForScan(scanBlocks(page))).filter(
    (q): q is LocatedQuote => q !== null,
  );
  return { title: page.title, container: page.container, quotes };
}
