/**
 * A stand-in engine for the background's unit tests: they test routing, validation and storage, not
 * verdicts (the engine has its own tests; the browser tests run the real one). A quotation is
 * "verified" when a passage contains it word for word, else "not-found".
 */
import type { Passage, Source } from '@/lib/corpus/types';
import type { MatchResult, QuoteInput } from '@/lib/types';

export interface FakeIndex {
  passages: Passage[];
  sources: Source[];
}

export const builds: FakeIndex[] = [];

export function buildIndex(corpus: { sources: Source[]; passages: Passage[] }): FakeIndex {
  const index = { passages: corpus.passages, sources: corpus.sources };
  builds.push(index);
  return index;
}

export function matchQuote(index: FakeIndex, input: QuoteInput): MatchResult {
  if (input.text.includes('ENGINE BUG')) throw new Error('engine bug');
  const passage = index.passages.find((p) => p.text.includes(input.text));
  return {
    status: passage ? 'verified' : 'not-found',
    passageIds: passage ? [passage.id] : [],
    source: passage?.source ?? null,
    page: passage?.page ?? null,
    speaker: passage?.speaker ?? null,
    evidence: passage?.evidence.level ?? null,
    attributedTo: input.attributedTo ?? null,
    attribution: 'unknown',
    edits: [],
    diff: [],
    highlights: [],
    coverage: passage ? 1 : 0,
  };
}

// The engine's own empty result, so the background reports an engine failure the way the engine would.
export { notFound } from '@/lib/match/match-quote';
