/** The CLI's scan of one article, and the `--json` shape (a public contract: keep it stable). */

import type { Source } from '../../lib/corpus/types';
import type { CorpusIndex } from '../../lib/match';
import { type ScannedQuote, scanArticle } from '../../lib/scan';
import type { ArticleBlock, DiffPart, Edit, MatchResult, Verdict } from '../../lib/types';
import type { CliArticle } from './article';

export interface JsonQuote {
  quote: string;
  start: number;
  end: number;
  status: Verdict;
  fragment: boolean;
  passageIds: string[];
  source: string | null;
  page: string | null;
  speaker: string | null;
  evidence: MatchResult['evidence'];
  attributedTo: string | null;
  attribution: MatchResult['attribution'];
  edits: Edit[];
  diff: DiffPart[];
  /** `partial` only: the quotation's words found in no source, offsets into `quote`. */
  unsupported: Array<{ start: number; end: number; text: string }>;
  /** Where the quotation is: the headline, the standfirst or the body (`start`/`end` index that text). */
  block: QuotePlace;
  /** Title of the document the quotation matches (null when it matches none). */
  sourceTitle: string | null;
  /**
   * `not-found` only: title of the complete document the article attributes the quotation to, which the
   * words are therefore not in ("Not in X"); null otherwise, and for any document holding only excerpts.
   */
  notInTitle: string | null;
}

export type QuotePlace = 'title' | 'subtitle' | 'body';

export interface JsonReport {
  title: string | null;
  quotes: JsonQuote[];
}

/** A quotation with its verdict and where in the article it is. */
export interface CheckedQuote extends ScannedQuote {
  block: QuotePlace;
}

/**
 * Every quotation of the article with its verdict: the pipeline the extension runs, every block on the
 * page. The headline and standfirst are scanned apart from the body, so the body's offsets stay those
 * of its own text.
 */
export function checkArticle(article: CliArticle, index: CorpusIndex): CheckedQuote[] {
  const parts: Array<{ block: QuotePlace; blocks: ArticleBlock[] }> = [
    ...article.head.map((h) => ({ block: h.place, blocks: [{ text: h.text, kind: 'heading' as const }] })),
    { block: 'body', blocks: article.blocks },
  ];
  return parts.flatMap(({ block, blocks }) => scanArticle(index, blocks).map((s) => ({ ...s, block })));
}

/** Exactly the documented keys, in the documented order: nothing more (no highlights, no coverage). */
export function toJsonQuote(
  { extracted, result, block }: CheckedQuote,
  sources: ReadonlyMap<string, Source>,
): JsonQuote {
  return {
    quote: extracted.quote,
    start: extracted.start,
    end: extracted.end,
    status: result.status,
    fragment: extracted.fragment,
    passageIds: result.passageIds,
    source: result.source,
    page: result.page,
    speaker: result.speaker,
    evidence: result.evidence,
    attributedTo: extracted.attributedTo,
    attribution: result.attribution,
    edits: result.edits,
    diff: result.diff,
    unsupported: (result.unsupported ?? []).map(([start, end]) => ({
      start,
      end,
      text: extracted.quote.slice(start, end),
    })),
    block,
    sourceTitle: result.source ? (sources.get(result.source)?.title ?? null) : null,
    notInTitle: result.notIn ? (sources.get(result.notIn)?.title ?? null) : null,
  };
}

export function toJsonReport(
  title: string | null,
  checked: readonly CheckedQuote[],
  sources: ReadonlyMap<string, Source>,
): JsonReport {
  return { title, quotes: checked.map((q) => toJsonQuote(q, sources)) };
}
