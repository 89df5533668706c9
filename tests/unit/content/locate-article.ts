/**
 * Reading, extraction and placing in one call, as a scan runs them across the page and the scan host
 * (Readability and extraction off the page, here in the same jsdom): the jsdom tests' way to check the
 * three together.
 */
import { type LocatedQuote, placeQuotes, scanBlocks } from '@/entrypoints/content/locate';
import { readArticle } from '@/lib/article';
import { pairWithPage } from '@/lib/article/page';
import { quotesForScan } from '@/lib/scan';

export interface LocatedArticle {
  title: string | null;
  /** Lowest live element holding every located block: what the MutationObserver watches. */
  container: Element | null;
  quotes: LocatedQuote[];
}

export function locateArticle(doc: Document): LocatedArticle | null {
  const article = readArticle(doc);
  const page = article ? pairWithPage(article, doc) : null;
  if (!page) return null;
  const quotes = placeQuotes(page, quotesForScan(scanBlocks(page))).filter(
    (q): q is LocatedQuote => q !== null,
  );
  return { title: page.title, container: page.container, quotes };
}
