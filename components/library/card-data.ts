/** What the provenance card needs, built from the corpus the library already holds in memory. */
import type { Passage, Source } from '@/lib/corpus/types';
import type { MatchResult } from '@/lib/types';
import { corpusInfoOf, type StoredCorpus } from '@/utils/corpus-store';
import type { CardData, CorpusInfo } from '@/utils/domain';

export interface LibraryCorpus {
  version: string | null;
  sources: Source[];
  passages: Passage[];
  sourceById: Record<string, Source>;
  passageById: Map<string, Passage>;
  info: CorpusInfo;
}

export function libraryCorpus(stored: StoredCorpus): LibraryCorpus {
  const sourceById: Record<string, Source> = {};
  for (const s of stored.sources) sourceById[s.id] = s;
  return {
    ...stored,
    sourceById,
    passageById: new Map(stored.passages.map((p) => [p.id, p])),
    info: corpusInfoOf({ ...stored, version: stored.version ?? 'unknown' }),
  };
}

/** Card data for a result: its passages as stored now (a passage removed since shows without its text). */
export function cardDataFor(corpus: LibraryCorpus, passageIds: string[]): CardData {
  const passages: Record<string, Passage> = {};
  for (const id of passageIds) {
    const passage = corpus.passageById.get(id);
    if (passage) passages[id] = passage;
  }
  return { passages, sources: corpus.sourceById, corpus: corpus.info };
}

/**
 * A corpus passage shown on the same card: the passage's own words are, by definition, exactly what the
 * source says, so the card reads "verified" with the whole passage highlighted.
 */
export function passageResult(passage: Passage): MatchResult {
  return {
    status: 'verified',
    passageIds: [passage.id],
    source: passage.source,
    page: passage.page,
    speaker: passage.speaker,
    evidence: passage.evidence.level,
    attributedTo: null,
    attribution: 'unknown',
    edits: [],
    diff: [{ op: 'equal', text: passage.text }],
    highlights: [{ passageId: passage.id, ranges: [[0, passage.text.length]] }],
    coverage: 1,
  };
}
