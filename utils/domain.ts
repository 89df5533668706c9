/**
 * What the extension knows about a check, whichever context holds it: the corpus facts and passages a
 * card shows, a checked quotation, a tab's latest scan. Messages carry these (utils/messaging/protocol.ts);
 * they are defined here, apart from the transport.
 */
import type { CorpusContent, Passage, Source } from '@/lib/corpus/types';
import type { Relevance } from '@/lib/relevance';
import type { MatchResult } from '@/lib/types';

/** Facts about the corpus a check ran against. */
export interface CorpusInfo {
  version: string;
  passageCount: number;
  reportPassageCount: number;
  /** True once the user imported the complete report: then "not found" can say "not in the report". */
  hasFullText: boolean;
  /**
   * Some pages of the report were imported, not all: "not found" then says "not in the imported pages".
   * Optional: answers built before it existed (and tests) leave it out.
   */
  excerptImported?: boolean;
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
  /** Where its words are in the scanned article's text (start, end). */
  span?: [number, number];
}

export interface TabScan {
  url: string;
  title: string;
  /** False when the page is not an article (nothing was extracted) or Verbatim is off for the site. */
  article: boolean;
  enabled: boolean;
  quotes: CheckedQuote[];
  scannedAt: number;
  /** Quotations the article has, when there were more than were checked (the cap). */
  found?: number;
  /** Article text left out of the scan for its length: blocks and characters. */
  omitted?: { blocks: number; chars: number };
  /** Whether the page is about the corpus, and whether its badges were drawn (absent before a scan). */
  relevance?: Relevance;
  badges?: boolean;
}

/** A corpus with its passages and sources by id, and its facts: what the background and the library hold. */
export interface CorpusLookup {
  passages: ReadonlyMap<string, Passage>;
  sources: ReadonlyMap<string, Source>;
  info: CorpusInfo;
}

export function corpusLookup(corpus: CorpusContent, info: CorpusInfo): CorpusLookup {
  return {
    passages: new Map(corpus.passages.map((p) => [p.id, p])),
    sources: new Map(corpus.sources.map((s) => [s.id, s])),
    info,
  };
}

/** Passage ids results refer to: the matched passages and any they highlight. */
export function referencedPassageIds(results: readonly MatchResult[]): Set<string> {
  const ids = new Set<string>();
  for (const r of results) {
    for (const id of r.passageIds) ids.add(id);
    for (const h of r.highlights) ids.add(h.passageId);
  }
  return ids;
}

/**
 * What cards of these results need of the corpus and nothing else: the passages as the corpus holds them
 * now (one removed since shows without its text), their sources, and each result's own source.
 */
export function cardDataFor(corpus: CorpusLookup, results: readonly MatchResult[]): CardData {
  const passages: CardData['passages'] = {};
  const sources: CardData['sources'] = {};
  const addSource = (id: string | null) => {
    const source = id === null ? undefined : corpus.sources.get(id);
    if (!source) return;
    sources[source.id] = source;
    // An imported full text is named as the report it completes.
    const completes = source.fullTextOf ? corpus.sources.get(source.fullTextOf) : undefined;
    if (completes) sources[completes.id] = completes;
  };
  for (const id of referencedPassageIds(results)) {
    const passage = corpus.passages.get(id);
    if (!passage) continue;
    passages[id] = passage;
    addSource(passage.source);
  }
  for (const r of results) {
    addSource(r.source);
    addSource(r.notIn ?? null);
  }
  return { passages, sources, corpus: corpus.info };
}
