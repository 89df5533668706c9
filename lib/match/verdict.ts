/**
 * From an alignment's numbers to a verdict. The thresholds are about chance and about what a reader is
 * told, not about any one example:
 *
 * - A quotation whose words all align, with every difference named by an editorial mark, is `verified`
 *   (no edits) or `edited`. It must contain at least one content word: a run of function words ("of the",
 *   "and that it") occurs in almost any English text, so finding it proves nothing.
 * - Anything short of that needs contiguous evidence before we say the quotation comes from a passage at
 *   all: a run of at least MIN_RUN_WORDS consecutive words with MIN_RUN_CONTENT content words. Two
 *   content words side by side in the same order is already unlikely by chance; a shorter or scattered
 *   overlap is what two texts on the same subject share anyway.
 * - `altered`: the changes are scattered and small — at least ALTERED_MIN_COVERAGE of the quotation's words
 *   are found, in order, and no unmatched run is LONG_RUN words or longer. That is the signature of a
 *   quotation that was reworded (a word changed, dropped, added, moved), not of one that says something
 *   the source does not.
 * - `partial`: a long stretch matches (at least LONG_RUN words with PARTIAL_RUN_CONTENT content words —
 *   longer than stock phrases and names such as "the U.S. Department of Justice"), or a whole fragment
 *   of an ellipsis-split quotation matches, but the rest is in no source.
 * - Otherwise `not-found`: we do not claim a source for it.
 */

export const MIN_RUN_WORDS = 3;
export const MIN_RUN_CONTENT = 2;
export const ALTERED_MIN_COVERAGE = 0.7;
export const LONG_RUN = 6;
export const PARTIAL_RUN_CONTENT = 3;

export interface AlignmentSummary {
  /** Words of the quotation (bracketed editorial words excluded). */
  quoteWords: number;
  /** Quotation words aligned with source words. */
  matchedWords: number;
  /** Content (non-stop) words among the aligned ones. */
  matchedContent: number;
  longestRun: number;
  longestRunContent: number;
  longestUnmatchedRun: number;
  /** Any difference no editorial mark explains (changed, added, dropped, reordered words, unmarked joins). */
  unexplained: boolean;
  /** A fragment of an ellipsis-split quotation aligned completely, with this many content words (max). */
  bestWholeFragmentContent: number;
}

export type Tier = 'full' | 'altered' | 'partial' | 'none';

export function tierOf(s: AlignmentSummary): Tier {
  if (s.matchedWords === 0) return 'none';
  if (!s.unexplained && s.matchedWords === s.quoteWords) return s.matchedContent >= 1 ? 'full' : 'none';
  const evidence = s.longestRun >= MIN_RUN_WORDS && s.longestRunContent >= MIN_RUN_CONTENT;
  if (!evidence) return 'none';
  const coverage = s.matchedWords / Math.max(1, s.quoteWords);
  if (coverage >= ALTERED_MIN_COVERAGE && s.longestUnmatchedRun < LONG_RUN) return 'altered';
  const longStretch = s.longestRun >= LONG_RUN && s.longestRunContent >= PARTIAL_RUN_CONTENT;
  if (longStretch || s.bestWholeFragmentContent >= PARTIAL_RUN_CONTENT) return 'partial';
  return 'none';
}

export const TIER_RANK: Record<Tier, number> = { full: 3, altered: 2, partial: 1, none: 0 };
