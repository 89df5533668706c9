/** What the provenance card needs, built from the corpus the library already holds in memory. */
import type { Passage, Source } from '@/lib/corpus/types';
import type { MatchResult } from '@/lib/types';
import { corpusInfoOf, type StoredCorpus } from '@/utils/corpus-store';
import { type CorpusInfo, type CorpusLookup, corpusLookup } from '@/utils/domain';

/** The stored corpus as the library lists it, with the lookups its cards are built from. */
export interface LibraryCorpus extends StoredCorpus {
  sourceById: Record<string, Source>;
  info: CorpusInfo;
  lookup: CorpusLookup;
}

export function libraryCorpus(stored: StoredCorpus): LibraryCorpus {
  const sourceById: Record<string, Source> = {};
  for (const s of stored.sources) sourceById[s.id] = s;
  const info = corpusInfoOf({ ...stored, version: stored.version ?? 'unknown' });
  return { ...stored, sourceById, info, lookup: corpusLookup(stored, info) };
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
