/**
 * From an alignment's numbers to a verdict. The thresholds are about chance and about what a reader is
 * told, not about any one example:
 *
 * - A quotation whose words all align, with every difference named by an editorial mark, is `verified`
 *   (no edits) or `edited` only when it is long enough that finding it is evidence of quotation: at least
 *   MIN_VERIFIED_WORDS words with MIN_VERIFIED_CONTENT content words among them. Writers put marks around
 *   a word or a phrase of two or three — scare quotes, terms, a policy's name, a stock collocation
 *   ("driving force", "zero tolerance policy", "dark chapter") — and such phrases recur in any text on the
 *   subject, so a report that contains them says nothing about whether it is being quoted. The number of
 *   distinct word sequences grows so fast with their length that, outside set phrases, a repeat of four
 *   or more consecutive words is the mark of copying (the premise of n-gram text-reuse detection, which
 *   compares sequences of three to five words); two content words keep a run of function words ("it was
 *   in the") from counting. A shorter quotation that aligns gets the `phrase` tier: the words occur in the
 *   source, but no quotation is verified. A quotation with no content word at all proves nothing: none.
 * - Anything short of that needs contiguous evidence before we say the quotation comes from a passage at
 *   all: a run of at least MIN_RUN_WORDS consecutive words with MIN_RUN_CONTENT content words. Two
 *   content words side by side in the same order is already unlikely by chance; a shorter or scattered
 *   overlap is what two texts on the same subject share anyway.
 * - `altered`: the changes are scattered and small — at least ALTERED_MIN_COVERAGE of the quotation's words
 *   are found, in order, and no unmatched run is LONG_RUN words or longer. That is the signature of a
 *   quotation that was reworded (a word changed, dropped, added, moved), not of one that says something
 *   the source does not. A quotation reworded so far that no three words stay together is found by its
 *   content words in any order instead (lib/match/reworded.ts, with its own thresholds): `altered` too.
 * - `partial`: a long stretch matches (at least LONG_RUN words with PARTIAL_RUN_CONTENT content words —
 *   longer than stock phrases and names such as "the U.S. Department of Justice"), or a whole fragment
 *   of an ellipsis-split quotation matches, but the rest is in no source.
 * - Otherwise `not-found`: we do not claim a source for it.
 */

export const MIN_VERIFIED_WORDS = 4;
export const MIN_VERIFIED_CONTENT = 2;
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

export type Tier = 'full' | 'altered' | 'partial' | 'phrase' | 'none';

/** Enough words that a complete alignment is evidence of quotation (see the header). */
export const verifiable = (s: Pick<AlignmentSummary, 'quoteWords' | 'matchedContent'>) =>
  s.quoteWords >= MIN_VERIFIED_WORDS && s.matchedContent >= MIN_VERIFIED_CONTENT;

export function tierOf(s: AlignmentSummary): Tier {
  if (s.matchedWords === 0) return 'none';
  if (!s.unexplained && s.matchedWords === s.quoteWords) {
    if (s.matchedContent === 0) return 'none';
    return verifiable(s) ? 'full' : 'phrase';
  }
  const evidence = s.longestRun >= MIN_RUN_WORDS && s.longestRunContent >= MIN_RUN_CONTENT;
  if (!evidence) return 'none';
  const coverage = s.matchedWords / Math.max(1, s.quoteWords);
  if (coverage >= ALTERED_MIN_COVERAGE && s.longestUnmatchedRun < LONG_RUN) return 'altered';
  const longStretch = s.longestRun >= LONG_RUN && s.longestRunContent >= PARTIAL_RUN_CONTENT;
  if (longStretch || s.bestWholeFragmentContent >= PARTIAL_RUN_CONTENT) return 'partial';
  return 'none';
}

export const TIER_RANK: Record<Tier, number> = { full: 4, altered: 3, partial: 2, phrase: 1, none: 0 };
