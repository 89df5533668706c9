/** The card's plain sentences: one place that decides what Verbatim claims about a quotation. */

import type { Passage, Source } from '@/lib/corpus/types';
import { speakerCore } from '@/lib/match/attribution';
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
      // A primary document is "elsewhere" only because the article attributes the words to another one.
      if (source?.role === 'primary')
        return `These words match ${name}, not the document the article attributes them to${result.attributedTo ? ` (${result.attributedTo})` : ''}.`;
      const where = source
        ? `${source.title} (${[source.publisher, source.date].filter(Boolean).join(', ')})`
        : 'a related source';
      if (corpus.hasFullText) return `Not in the report, but these words match a related source: ${where}.`;
      if (corpus.excerptImported)
        return `Not in the imported pages of the report, but these words match a related source: ${where}.`;
      return `These words were not found in the report’s passages in the corpus, but they match a related source: ${where}.`;
    }
    case 'phrase':
      return `These words occur in ${name}, but they are too short to verify a quotation: a phrase this short appears in many texts on the subject.`;
    case 'hidden':
      return 'The page hides part of the quoted text, or shows words that are not in it: Verbatim checked the words in the page’s text, which are not what you see, so it cannot vouch for this quotation.';
    case 'not-found': {
      const whole = result.notIn ? sources[result.notIn] : undefined;
      if (whole)
        return `Not in ${sourceName(whole)}: the article attributes these words to it, and they are in none of its pages (the whole document is loaded) nor in any other source of the corpus.`;
      if (corpus.hasFullText)
        return 'Not in the report: these words are in neither the full report text you imported nor any other source of the corpus.';
      if (corpus.excerptImported)
        return 'Not in the imported pages: these words are in neither the pages of the report you imported nor any passage Verbatim holds; the rest of the report was not checked.';
      return 'Not found in the corpus: these words are in none of the passages Verbatim holds, and those cover only excerpts of the report.';
    }
  }
}

/** What the corpus covers, for not-found cards. */
export function corpusCoverage(corpus: CorpusInfo): string {
  const report = `${corpus.reportPassageCount} of them from the report`;
  if (corpus.hasFullText)
    return `The corpus holds ${corpus.passageCount} passages, ${report}, including the full report text you imported.`;
  if (corpus.excerptImported)
    return `The corpus holds ${corpus.passageCount} passages, ${report}, including the pages of the report you imported — an excerpt, not the whole report. Importing the complete report PDF lets Verbatim check every page.`;
  return `The corpus holds ${corpus.passageCount} passages, ${report}; most of the report is not in it, so these words were not found in the corpus excerpts. Importing the full report in the library lets Verbatim check every page.`;
}

/** A speaker field without its asides: "Jeff Sessions (as recorded in U.S. Attorneys' notes)" → "Jeff Sessions". */
export function speakerName(speaker: string): string {
  return (
    speakerCore(speaker)
      .replace(/\s+/g, ' ')
      .replace(/ ,/g, ',')
      .replace(/[\s,;]+$/, '')
      .trim() || speaker
  );
}

/** How the article names its speaker, for the middle of a sentence ("The inspector general" → "the inspector general"). */
export function articleName(said: string): string {
  return said.trim().replace(/^(The|A|An|One)\b/, (w) => w.toLowerCase());
}

/** Who the source records as the speaker, from the result or its first passage that says. */
export function recordedSpeaker(result: MatchResult, passages: Passage[]): string | null {
  return result.speaker ?? passages.find((p) => p.speaker)?.speaker ?? null;
}

/** "the report" for the bundled report and its full text; an added document by its title. */
function documentName(source: Source | undefined): string {
  if (source?.role !== 'primary') return sourceName(source);
  return source.number || source.fullTextOf ? 'the report' : sourceName(source);
}

/**
 * The lead of a wrong-speaker card: "These words are in the report, but Y said them, not X." Null when
 * either name is missing (then it is not a wrong-speaker card).
 */
export function wrongSpeakerSentence(
  result: MatchResult,
  passages: Passage[],
  source: Source | undefined,
): string | null {
  const recorded = recordedSpeaker(result, passages);
  if (!recorded || !result.attributedTo) return null;
  return `These words are in ${documentName(source)}, but ${speakerName(recorded)} said them, not ${articleName(result.attributedTo)}.`;
}

/**
 * The attribution check in plain words, or null when there is nothing to add to the source line. A
 * description that fits ("one prosecutor" for "a DOJ prosecutor in Texas") reads as agreement.
 */
export function attributionSentence(
  result: MatchResult,
  passages: Passage[],
  source?: Source,
): string | null {
  const recorded = recordedSpeaker(result, passages);
  const said = result.attributedTo;
  if (!said || !recorded) return null;
  const doc = documentName(source);
  if (result.attribution === 'mismatch') {
    return `The article names ${articleName(said)} as the speaker; ${doc} records ${speakerName(recorded)}.`;
  }
  if (result.attribution === 'ok') {
    return `The article’s “${said.trim()}” fits the speaker ${doc} records: ${speakerName(recorded)}.`;
  }
  return null;
}
