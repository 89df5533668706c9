/**
 * The one pipeline from text to verdicts: extraction → limits → matching → per-quotation failure
 * handling. The background's page scans and explicit checks, the CLI and the benchmark all run it, so
 * a quotation gets the same verdict wherever it is checked.
 *
 * Failures never claim anything: an extractor failure yields no quotations, a matcher failure on one
 * quotation makes that one "not found" (a scan) or no answer at all (an explicit check); both are logged.
 */
import { blockStarts, closingBlock } from './article/closing-block';
import { extractQuotes } from './extract';
import { quotationFromSelection, selectionQuote } from './extract/selection';
import { QUOTE_LIMITS } from './limits';
import { type CorpusIndex, matchQuote, notFound } from './match';
import type { ArticleBlock, ExtractedQuote, MatchResult, QuoteInput } from './types';

/** One block of an article as scanned. `onPage` false: the page lacks it, so no badge can go there. */
export interface ScanBlock extends ArticleBlock {
  onPage?: boolean;
}

/** A quotation of the article and its verdict. */
export interface ScannedQuote {
  extracted: ExtractedQuote;
  result: MatchResult;
}

/**
 * Quotations that close in a block the page has (a badge can go there), in article order, within
 * QUOTE_LIMITS. An extractor failure is logged and yields no quotations: nothing is ever claimed.
 */
export function quotesForScan(
  blocks: readonly ScanBlock[],
  /** Receives how many quotations the article has where a badge can go, the cap aside. */
  tally: { found: number } = { found: 0 },
): ExtractedQuote[] {
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
    if (quote.quote.length > QUOTE_LIMITS.quote) continue;
    const closing = closingBlock(texts, starts, quote.after);
    if (!closing || blocks[closing.index]?.onPage === false) continue;
    tally.found++;
    if (out.length >= QUOTE_LIMITS.quotes) continue;
    out.push(
      (quote.attributedTo?.length ?? 0) > QUOTE_LIMITS.attributedTo
        ? { ...quote, attributedTo: null }
        : quote,
    );
  }
  return out;
}

/** The matcher's verdict, or null (logged with `failure`) when it throws. */
export function tryMatch(index: CorpusIndex, input: QuoteInput, failure: string): MatchResult | null {
  try {
    return index.resultFor?.(input) ?? matchQuote(index, input);
  } catch (e) {
    console.error(failure, e);
    return null;
  }
}

/** A quotation the engine fails on is reported as not found (never as anything stronger), and logged. */
function matchScanned(index: CorpusIndex, quote: ExtractedQuote): MatchResult {
  return (
    tryMatch(
      index,
      { text: quote.quote, attributedTo: quote.attributedTo },
      'Verbatim: the engine failed on a quotation; reporting it as not found.',
    ) ?? notFound(quote.attributedTo)
  );
}

/** Every quotation of an article with its verdict, in article order. */
export function scanArticle(
  index: CorpusIndex,
  blocks: readonly ScanBlock[],
  /** See quotesForScan. */
  tally?: { found: number },
): ScannedQuote[] {
  return quotesForScan(blocks, tally).map((extracted) => ({
    extracted,
    result: matchScanned(index, extracted),
  }));
}

/**
 * What an explicit check (a selection, or words typed into the popup) asks to match, with the speaker
 * its context names; null when it is not a quotation to check (see quotationFromSelection).
 */
export function quotationToCheck(text: string, context?: string): Required<QuoteInput> | null {
  const selected = selectionQuote(text, context);
  const quote = quotationFromSelection(selected.text);
  return quote === null ? null : { text: quote, attributedTo: selected.attributedTo };
}
