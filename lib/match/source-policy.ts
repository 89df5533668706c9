/**
 * Which source a match is preferred in, as one object the matcher is given. The product checks
 * quotations against the document they are attributed to: a match there beats one in any other
 * document, and a match in another document is only "said elsewhere". When the article names no
 * document, the primary documents (the report, and each document a reader added) are the ones a
 * quotation is checked against, and a related statement is "elsewhere". Among equal matches, a curated
 * passage (speaker, evidence) beats a sentence of an imported full text (the words only).
 */
import type { Source } from '../corpus/types';

export interface SourcePolicy {
  /**
   * A source whose complete match no other source's can beat. `attributed`: the documents the article
   * attributes the quotation to (lib/sources/attributed.ts), empty when it names none.
   */
  preferred(source: Source | undefined, attributed: ReadonlySet<string>): boolean;
  /** A source whose passages carry provenance (speaker, evidence), not only the words. */
  curated(source: Source | undefined): boolean;
}

/** The attributed document first, else the primary ones; imported full texts are not curated. */
export const REPORT_FIRST: SourcePolicy = {
  preferred: (source, attributed) =>
    attributed.size > 0
      ? source !== undefined &&
        (attributed.has(source.id) || (source.fullTextOf !== undefined && attributed.has(source.fullTextOf)))
      : source?.role === 'primary',
  curated: (source) => !source?.fullTextOf,
};
