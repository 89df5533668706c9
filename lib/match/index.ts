/** The matcher: build an index of the corpus once, then match quotations against it. */

export { checkAttribution } from './attribution';
export { buildIndex, type CorpusIndex } from './build-index';
export { matchQuote, notFound } from './match-quote';
