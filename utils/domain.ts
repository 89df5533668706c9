/**
 * What the extension knows about a check, whichever context holds it: the corpus facts and passages a
 * card shows, a checked quotation, a tab's latest scan. Messages carry these (utils/messaging/protocol.ts);
 * they are defined here, apart from the transport.
 */
import type { Passage, Source } from '@/lib/corpus/types';
import type { MatchResult } from '@/lib/types';

/** Facts about the corpus a check ran against. */
export interface CorpusInfo {
  version: string;
  passageCount: number;
  reportPassageCount: number;
  /** True once the user imported the complete report: then "not found" can say "not in the report". */
  hasFullText: boolean;
}

/** What the card needs besides the result: the matched passages and their sources, and corpus facts. */
export interface CardData {
  passages: Record<string, Passage>;
  sources: Record<string, Source>;
  corpus: CorpusInfo;
}

export interface CheckedQuote {
  /** The quotation without enclosing marks. */
  quote: string;
  result: MatchResult;
}

export interface TabScan {
  url: string;
  title: string;
  /** False when the page is not an article (nothing was extracted) or Verbatim is off for the site. */
  article: boolean;
  enabled: boolean;
  quotes: CheckedQuote[];
  scannedAt: number;
}
