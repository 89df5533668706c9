/** Card props built from the real bundled corpus, so tests exercise real passage shapes. */
import type { ProvenanceCardProps } from '@/components/card/types';
import { bundledCorpus } from '@/data/corpus';
import type { Passage, Source } from '@/lib/corpus/types';
import type { MatchResult } from '@/lib/types';
import type { CorpusInfo } from '@/utils/domain';

export function passage(id: string): Passage {
  const p = bundledCorpus.passages.find((x) => x.id === id);
  if (!p) throw new Error(`no passage ${id}`);
  return p;
}

export function source(id: string): Source {
  const s = bundledCorpus.sources.find((x) => x.id === id);
  if (!s) throw new Error(`no source ${id}`);
  return s;
}

export const corpusInfo = (hasFullText = false): CorpusInfo => ({
  version: 'test',
  passageCount: 61,
  reportPassageCount: 39,
  hasFullText,
});

export function result(over: Partial<MatchResult> = {}): MatchResult {
  return {
    status: 'verified',
    passageIds: [],
    source: null,
    page: null,
    speaker: null,
    evidence: null,
    attributedTo: null,
    attribution: 'unknown',
    edits: [],
    diff: [],
    highlights: [],
    coverage: 1,
    ...over,
  };
}

/** Props for a quotation matched to the given passages (their sources included). */
export function props(
  quote: string,
  r: MatchResult,
  over: Partial<ProvenanceCardProps> = {},
): ProvenanceCardProps {
  const passages: Record<string, Passage> = {};
  const sources: Record<string, Source> = {};
  for (const id of r.passageIds) {
    const p = passage(id);
    passages[id] = p;
    sources[p.source] = source(p.source);
  }
  return { quote, result: r, passages, sources, corpus: corpusInfo(), ...over };
}
