/**
 * From extracted pages to what gets stored: the full-text source and its sentence passages, the curated
 * passages found in it (with their pages), refusing text without a text layer or that is not the report.
 */
import type { Passage, Source } from '../corpus/types';
import { cleanPages } from './clean';
import { assessCompleteness, type FullTextScope, type ReportEdition } from './completeness';
import { FullTextImportError } from './errors';
import { linkCurated, wordStream } from './link';
import { documentSentences } from './sentences';
import type { RawPage } from './types';

export interface FullTextInput {
  pages: RawPage[];
  /** What the file was: a PDF without text is a scan, a text file without text is just empty. */
  format: 'pdf' | 'text';
  fileName: string;
  /** Content hash of the file: re-importing the same file is recognised by it. */
  version: string;
  /** The curated report source this text completes, and its curated passages. */
  report: Source;
  curated: Passage[];
  importedAt?: Date;
}

export interface FullTextBuild {
  source: Source;
  passages: Passage[];
  /** Curated passage id → page it was found on (every linked passage, whatever its stored page). */
  curatedPages: Record<string, string>;
  stats: {
    pages: number;
    sentences: number;
    characters: number;
    linked: number;
    /** Of the passages copied from the report itself: how many were found, how many were needed. */
    reportPassagesFound: number;
    reportPassagesChecked: number;
    reportPassagesRequired: number;
    /** Every page of the report, or an excerpt; and which version a complete file is. */
    scope: FullTextScope;
    edition: ReportEdition | null;
    /** How many pages the whole report has, as the corpus records it. */
    reportPages: number | null;
  };
}

export const fullTextSourceId = (reportId: string) => `${reportId}-full`;

/** A page with fewer non-space characters than this holds no real text (a scan, a blank, an image). */
const MIN_PAGE_CHARS = 40;

/**
 * Which curated passages prove the file is the report, and how many must be found. Passages copied from a
 * copy of the report itself (evidence "original") are printed in every copy of it, word for word; the
 * others come from the press and may differ. Half of them are required (and at least 3): that tolerates
 * extraction accidents, yet an article or a memo that quotes the report a few times does not pass, because
 * these are whole paragraphs and sentences, not the short phrases news stories quote.
 */
export function reportOverlapRule(curated: Passage[]): { checked: Passage[]; required: number } {
  const original = curated.filter((p) => p.evidence.level === 'original');
  const checked = original.length >= 3 ? original : curated;
  const required = Math.min(checked.length, Math.max(3, Math.ceil(checked.length / 2)));
  return { checked, required };
}

export function checkTextLayer(
  input: Pick<FullTextInput, 'format' | 'fileName'>,
  charsPerPage: number[],
): void {
  const total = charsPerPage.reduce((a, b) => a + b, 0);
  const withText = charsPerPage.filter((n) => n >= MIN_PAGE_CHARS).length;
  if (input.format === 'text') {
    if (total === 0)
      throw new FullTextImportError('empty', `“${input.fileName}” is empty: there is no text to import.`);
    return;
  }
  if (total === 0 || withText < Math.max(1, Math.ceil(charsPerPage.length * 0.2)))
    throw new FullTextImportError(
      'no-text-layer',
      `“${input.fileName}” has no text layer: ${charsPerPage.length - withText} of its ${charsPerPage.length} pages ` +
        'are images without text (a scan?). Use the report PDF published by the OIG, or run OCR on this ' +
        'file first.',
    );
}

export function buildFullText(input: FullTextInput): FullTextBuild {
  const doc = cleanPages(input.pages);
  checkTextLayer(input, doc.charsPerPage);
  const sentences = documentSentences(doc);
  if (sentences.length === 0)
    throw new FullTextImportError('empty', `“${input.fileName}” holds no sentences to import.`);

  const stream = wordStream(sentences);
  const links = linkCurated(sentences, input.curated, stream);
  const linkedIds = new Set(links.map((l) => l.curatedId));
  const rule = reportOverlapRule(input.curated);
  const found = rule.checked.filter((p) => linkedIds.has(p.id)).length;
  if (found < rule.required)
    throw new FullTextImportError(
      'not-the-report',
      `“${input.fileName}” does not look like report ${input.report.number ?? input.report.id}: ` +
        `${found} of the ${rule.checked.length} passages copied from the report were found in its text; ` +
        `at least ${rule.required} are needed. Nothing was imported.`,
    );

  const sourceId = fullTextSourceId(input.report.id);
  const width = Math.max(4, String(sentences.length).length);
  const linkedBySentence = new Map<number, string>();
  for (const link of links)
    for (const i of link.sentences) if (!linkedBySentence.has(i)) linkedBySentence.set(i, link.curatedId);

  const evidenceUrl = `file:${encodeURIComponent(input.fileName)}`;
  const passages: Passage[] = sentences.map((s, i) => {
    const linked = linkedBySentence.get(i);
    return {
      id: `${sourceId}.${String(i + 1).padStart(width, '0')}`,
      source: sourceId,
      text: s.text,
      kind: 'full-text',
      speaker: 'DOJ OIG',
      recipient: null,
      date: input.report.date,
      page: s.page,
      section: s.section,
      context: null,
      evidence: { level: 'original', sources: [{ url: evidenceUrl, printed: 'imported by the user' }] },
      ...(linked ? { linkedPassage: linked } : {}),
    };
  });

  const day = (input.importedAt ?? new Date()).toISOString().slice(0, 10);
  const completeness = assessCompleteness(input.pages, input.report);
  const name = `Report ${input.report.number ?? input.report.id}`;
  const title =
    completeness.scope === 'excerpt'
      ? `${name} — ${completeness.pages} imported page${completeness.pages === 1 ? '' : 's'} (an excerpt)`
      : `${name} — full text (imported${completeness.edition === 'revised' ? ', April 2022 revision' : ''})`;
  const source: Source = {
    id: sourceId,
    role: 'primary',
    title,
    publisher: input.report.publisher,
    date: input.report.date,
    ...(input.report.number ? { number: input.report.number } : {}),
    pages: doc.pageLabels.length,
    note: `Imported by the user from “${input.fileName}” on ${day}; page numbers are the report’s printed pages where the file gives them.`,
    fullTextOf: input.report.id,
    version: input.version,
    scope: completeness.scope,
    ...(completeness.edition ? { edition: completeness.edition } : {}),
  };

  return {
    source,
    passages,
    curatedPages: Object.fromEntries(links.map((l) => [l.curatedId, l.page])),
    stats: {
      pages: doc.pageLabels.length,
      sentences: passages.length,
      characters: doc.body.text.length,
      linked: links.length,
      reportPassagesFound: found,
      reportPassagesChecked: rule.checked.length,
      reportPassagesRequired: rule.required,
      scope: completeness.scope,
      edition: completeness.edition,
      reportPages: input.report.pages ?? null,
    },
  };
}
