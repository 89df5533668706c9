/** Every section of `npm run bench`, in the order they run. Each issue adds its own file here. */
import { browserScan } from './browser-scan';
import { cliBatch } from './cli-batch';
import { engineSection } from './engine';
import { fullText } from './fulltext';
import { librarySection } from './library';
import { libraryDocsSection } from './library-docs';
import type { BenchSection } from './types';

export const sections: BenchSection[] = [
  engineSection,
  cliBatch,
  librarySection,
  fullText,
  libraryDocsSection,
  browserScan,
];
