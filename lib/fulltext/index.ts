/** Full-report import, browser-free: pages → cleaned text → sentences with pages → source + passages. */
export {
  buildFullText,
  type FullTextBuild,
  type FullTextInput,
  fullTextSourceId,
  reportOverlapRule,
} from './build';
export { cleanPages } from './clean';
export {
  type FullTextErrorCode,
  FullTextImportError,
  MAX_FULL_TEXT_BYTES,
  tooLargeError,
  unsupportedTypeError,
} from './errors';
export { contentHash } from './hash';
export { findPassage, linkCurated, wordStream, words } from './link';
export { withFullText } from './merge';
export { pagesFromFormFeedText } from './pages';
export { documentSentences, sentenceSpans } from './sentences';
export type { RawPage } from './types';
