import { extractQuotes } from '../../../lib/extract';
import { type ArticleBlock, BLOCK_SEPARATOR, type ExtractedQuote } from '../../../lib/types';

export function para(text: string): ArticleBlock {
  return { text, kind: 'p' };
}

export function blocksOf(...items: Array<string | ArticleBlock>): ArticleBlock[] {
  return items.map((i) => (typeof i === 'string' ? para(i) : i));
}

export function articleText(blocks: ArticleBlock[]): string {
  return blocks.map((b) => b.text).join(BLOCK_SEPARATOR);
}

export function quotesOf(...items: Array<string | ArticleBlock>): ExtractedQuote[] {
  return extractQuotes(blocksOf(...items));
}

export function quoteTexts(...items: Array<string | ArticleBlock>): string[] {
  return quotesOf(...items).map((q) => q.quote);
}

/** The single quotation of a paragraph's text, checked to be the only one. */
export function onlyQuote(...items: Array<string | ArticleBlock>): ExtractedQuote {
  const quotes = quotesOf(...items);
  if (quotes.length !== 1)
    throw new Error(`expected one quotation, got ${JSON.stringify(quotes.map((q) => q.quote))}`);
  return quotes[0] as ExtractedQuote;
}
