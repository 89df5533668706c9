import type { CorpusContent, Passage, Source } from '../corpus/types';

/**
 * A corpus with an imported full text added, as the database holds it after an import: the full text's
 * source and sentences appended (any earlier full text of the same report dropped), and curated passages
 * the full text found given their page where the curated corpus had none.
 */
export function withFullText(
  corpus: CorpusContent,
  fullText: { source: Source; passages: Passage[]; curatedPages: Record<string, string> },
): CorpusContent {
  const replaced = new Set(
    corpus.sources
      .filter((s) => s.fullTextOf && s.fullTextOf === fullText.source.fullTextOf)
      .map((s) => s.id),
  );
  replaced.add(fullText.source.id);
  return {
    sources: [...corpus.sources.filter((s) => !replaced.has(s.id)), fullText.source],
    passages: [
      ...corpus.passages
        .filter((p) => !replaced.has(p.source))
        .map((p) => {
          const page = fullText.curatedPages[p.id];
          return p.page === null && page && p.source === fullText.source.fullTextOf ? { ...p, page } : p;
        }),
      ...fullText.passages,
    ],
  };
}
