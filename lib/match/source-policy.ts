/**
 * Which source a match is preferred in, as one object the matcher is given. The product checks
 * quotations against the document they are attributed to (the report): a match there beats one in a
 * related source, and a match in a related source is only "said elsewhere". Among equal matches, a
 * curated passage (speaker, evidence) beats a sentence of an imported full text (the words only).
 */
import type { Source } from '../corpus/types';

export interface SourcePolicy {
  /** A source whose complete match no other source's can beat. */
  preferred(source: Source | undefined): boolean;
  /** A source whose passages carry provenance (speaker, evidence), not only the words. */
  curated(source: Source | undefined): boolean;
}

/** The report first: primary sources are preferred; imported full texts are not curated. */
export const REPORT_FIRST: SourcePolicy = {
  preferred: (source) => source?.role === 'primary',
  curated: (source) => !source?.fullTextOf,
};
