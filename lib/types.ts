/**
 * Engine contracts shared by the background, the CLI, the tests and the benchmark.
 * `npm run check -- --json` prints these shapes: keep them stable.
 */
import type { EvidenceLevel } from './corpus/types';

/**
 * `phrase`: a word or short phrase that occurs in a source, too short to verify as a quotation (see
 * lib/match/verdict.ts). Never counted as verified.
 * `hidden` is never the engine's: the content script gives it to a quotation whose words on the page are
 * partly hidden from the reader, or mixed with words the page's CSS adds (what was checked is not what is
 * seen), whatever the engine said of the text.
 */
export const VERDICTS = [
  'verified',
  'edited',
  'altered',
  'partial',
  'elsewhere',
  'phrase',
  'not-found',
  'hidden',
] as const;
export type Verdict = (typeof VERDICTS)[number];

export type AttributionCheck = 'ok' | 'mismatch' | 'unknown';

/** One block of article text, in reading order (paragraph, blockquote, list item, heading). */
export interface ArticleBlock {
  text: string;
  kind: 'p' | 'blockquote' | 'li' | 'heading';
  /**
   * Blockquote blocks: which <blockquote> of the article they are in (numbered from 0). Consecutive
   * blocks with the same number are one quotation; without it, each blockquote block is its own.
   */
  blockquote?: number;
}

/**
 * A quotation found in article text. Offsets index the article text, i.e. the blocks joined with
 * BLOCK_SEPARATOR; `start`/`end` delimit the quoted words without their enclosing marks.
 */
export interface ExtractedQuote {
  quote: string;
  start: number;
  end: number;
  /** Offset just after the closing mark (where a badge goes); equals `end` when the quote is unclosed. */
  after: number;
  /** One or two words: a scare quote or a name rather than a quotation of a person. */
  fragment: boolean;
  /** Who the article says spoke the words, as the article words it; null when it does not say. */
  attributedTo: string | null;
  /** How the quotation was marked: quote marks, or a whole <blockquote>. */
  form: 'marks' | 'blockquote';
  /** The closing mark was missing (end of block or text). */
  unclosed: boolean;
}

export const BLOCK_SEPARATOR = '\n\n';

/** A named editorial change that explains a difference between quotation and passage. */
export interface Edit {
  type: 'ellipsis' | 'insertion' | 'replacement' | 'sic' | 'symbol' | 'case' | 'number';
  /** What the quotation has ("…", "[that]", "(sic)", "at"). */
  text: string;
  /** What the passage has in its place, when it has something ("@", "A.G.'s"); omitted words for ellipsis. */
  source?: string;
}

/** Word diff from the passage to the quotation: `added` = only in the quotation, `removed` = only in the passage. */
export interface DiffPart {
  op: 'equal' | 'added' | 'removed';
  text: string;
}

/** Character ranges of a passage's text that the quotation matched (for highlighting on the card). */
export interface PassageHighlight {
  passageId: string;
  ranges: Array<[number, number]>;
}

export interface MatchResult {
  status: Verdict;
  passageIds: string[];
  /** Source id of the matched passage(s). */
  source: string | null;
  page: string | null;
  speaker: string | null;
  evidence: EvidenceLevel | null;
  attributedTo: string | null;
  attribution: AttributionCheck;
  edits: Edit[];
  diff: DiffPart[];
  highlights: PassageHighlight[];
  /** Fraction (0..1) of the quotation's words found in the matched passage(s). */
  coverage: number;
  /**
   * `partial` only: the quotation's words found in no source, as [start, end) character ranges of the
   * quotation text (consecutive words in one range), so a card can mark which part was not found.
   */
  unsupported?: Array<[number, number]>;
  /**
   * `not-found` only: the id of a complete document the article attributes the quotation to (an added
   * document, or the report once its full text is imported), which the words are therefore not in.
   */
  notIn?: string;
}

export interface QuoteInput {
  text: string;
  attributedTo?: string | null;
}
