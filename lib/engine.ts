/** The browser-free engine: page text → quotations → verdicts. Used by the background, CLI, tests and bench. */

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
export { normaliseText } from './text/normalise';
export { type Token, tokenise } from './text/tokenise';
