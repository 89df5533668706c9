/**
 * The browser-free engine's public surface: page text → quotations → verdicts. The pipeline that runs them
 * in order, with the limits and failure handling every caller shares, is `lib/scan.ts`.
 */

export {
  articleBlocks,
  BLOCK_SELECTOR,
  blockText,
  collectBlocks,
  domRange,
  mapBlockText,
  readArticle,
} from './article';
export { extractQuotes } from './extract';
export { buildIndex, type CorpusIndex, checkAttribution, matchQuote } from './match';
export { quotationToCheck, quotesForScan, type ScannedQuote, scanArticle } from './scan';
export { normaliseText } from './text/normalise';
export { type Token, tokenise } from './text/tokenise';
