/** The card's plain sentences: one place that decides what Verbatim claims about a quotation. */

import type { Passage, Source } from '@/lib/corpus/types';
import type { MatchResult } from '@/lib/types';
import type { CorpusInfo } from '@/utils/domain';

/** How a sentence names a source: "report 21-028" for numbered documents, else its title. */
export function sourceName(source: Source | null | undefined): string {
  if (!source) return 'a source in the corpus';
  return source.number ? `report ${source.number}` : `“${source.title}”`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export interface WordingInput {
  result: MatchResult;
  sources: Record<string, Source>;
  corpus: CorpusInfo;
}

/** The verdict in one sentence. A quotation we cannot find is "not found in the corpus", never called false. */
export function verdictSentence({ result, sources, corpus }: WordingInput): string {
  const source = result.source ? sources[result.source] : undefined;
  const name = sourceName(source);
  switch (result.status) {
    case 'verified':
      return `Every word of this quotation appears in ${name}.`;
    case 'edited':
      return `The words appear in ${name} once the editorial marks shown below are taken into account.`;
    case 'altered':
      return `${capitalise(name)} has a passage close to this quotation, but some words were changed without any editorial mark.`;
    case 'partial': {
      const pct = Math.round(Math.max(0, Math.min(1, result.coverage)) * 100);
      return `Only part of this quotation (about ${pct}% of its words) was found, in ${name}; the rest is in no source of the corpus.`;
    }
    case 'elsewhere': {
      const where = source
        ? `${source.title} (${[source.publisher, source.date].filter(Boolean).join(', ')})`
        : 'a related source';
      return corpus.hasFullText
        ? `Not in the report, but these words match a related source: ${where}.`
        : `These words were not found in the report’s passages in the corpus, but they match a related source: ${where}.`;
    }
    case 'hidden':
      return 'The page hides part of the quoted text, or shows words that are not in it: Verbatim checked the words in the page’s text, which are not what you see, so it cannot vouch for this quotation.';
    case 'not-found':
      return corpus.hasFullText
        ? 'Not in the report: these words are in neither the full report text you imported nor any other source of the corpus.'
        : 'Not found in the corpus: these words are in none of the passages Verbatim holds, and those cover only excerpts of the report.';
  }
}

/** What the corpus covers, for not-found cards. */
export function corpusCoverage(corpus: CorpusInfo): string {
  const report = `${corpus.reportPassageCount} of them from the report`;
  return corpus.hasFullText
    ? `The corpus holds ${corpus.passageCount} passages, ${report}, including the full report text you imported.`
    : `The corpus holds ${corpus.passageCount} passages, ${report}; most of the report is not in it, so these words were not found in the corpus excerpts. Importing the full report in the library lets Verbatim check every page.`;
}

/** The attribution check in plain words, or null when there is nothing to say. */
export function attributionSentence(
  result: MatchResult,
  passages: Passage[],
  source?: Source,
): string | null {
  const recorded = result.speaker ?? passages.find((p) => p.speaker)?.speaker ?? null;
  const doc = source?.role === 'primary' ? 'the report' : 'the source';
  const said = result.attributedTo;
  if (result.attribution === 'mismatch') {
    return `The article attributes this to ${said ?? 'someone else'}; ${doc} records it as ${recorded ?? 'someone else'}.`;
  }
  if (result.attribution === 'ok' && said) {
    return `The article attributes this to ${said}; ${doc} records it as ${recorded ?? said}.`;
  }
  if (said && recorded) return `The article attributes this to ${said}; ${doc} records ${recorded}.`;
  return null;
}
