/** The bundled corpus, built by `npm run corpus` from sources.json + passages.jsonl. */
import type { Corpus } from '../lib/corpus/types';
import corpusJson from './corpus.json';

export const bundledCorpus = corpusJson as Corpus;
