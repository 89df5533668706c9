/** The CLI's scan of one article, and the `--json` shape (a public contract: keep it stable). */

import type { CorpusIndex } from '../../lib/match';
import { type ScannedQuote, scanArticle } from '../../lib/scan';
import type { DiffPart, Edit, MatchResult, Verdict } from '../../lib/types';
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
}

export interface JsonReport {
  title: string | null;
  quotes: JsonQuote[];
}

/** Every quotation of the article with its verdict: the pipeline the extension runs, every block on the page. */
export function checkArticle(article: CliArticle, index: CorpusIndex): ScannedQuote[] {
  return scanArticle(index, article.blocks);
}

/** Exactly the documented keys, in the documented order: nothing more (no highlights, no coverage). */
export function toJsonQuote({ extracted, result }: ScannedQuote): JsonQuote {
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
  };
}

export function toJsonReport(title: string | null, checked: readonly ScannedQuote[]): JsonReport {
  return { title, quotes: checked.map(toJsonQuote) };
}
