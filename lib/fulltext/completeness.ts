/**
 * Is an imported file the whole report, or some of its pages? A file passes the "is it the report" check
 * (build.ts) with a handful of the report's own passages, which a few pages can hold; only its page count
 * says whether every page is there. Two complete versions exist: the original, with as many pages as the
 * report has, and the April 2022 revision, which opens with a notice page saying it was revised.
 */
import type { Source } from '../corpus/types';
import type { RawPage } from './types';

export type FullTextScope = 'complete' | 'excerpt';
export type ReportEdition = 'original' | 'revised';

export interface Completeness {
  scope: FullTextScope;
  /** Which version a complete file is; null for an excerpt (its pages do not say). */
  edition: ReportEdition | null;
  pages: number;
}

/** A notice that the report was revised, on one of the first pages: "revised … 2022", "revision … 2022". */
const REVISION_NOTICE = /\brevis(?:ed|ion)\b[\s\S]{0,300}\b2022\b|\b2022\b[\s\S]{0,300}\brevis(?:ed|ion)\b/i;
/** How far into the file the notice may sit (the cover can come first). */
const NOTICE_PAGES = 2;

export function assessCompleteness(pages: readonly RawPage[], report: Pick<Source, 'pages'>): Completeness {
  const count = pages.length;
  const expected = report.pages;
  const notice = pages.slice(0, NOTICE_PAGES).some((p) => REVISION_NOTICE.test(p.lines.join(' ')));
  if (expected !== undefined) {
    if (notice && (count === expected + 1 || count === expected))
      return { scope: 'complete', edition: 'revised', pages: count };
    if (count === expected) return { scope: 'complete', edition: 'original', pages: count };
  }
  return { scope: 'excerpt', edition: null, pages: count };
}

/**
 * Whether a stored full-text source is the complete report. Imports made before the scope was recorded
 * are judged by the page count they stored.
 */
export function isCompleteFullText(source: Source, report: Pick<Source, 'pages'> | undefined): boolean {
  if (source.scope) return source.scope === 'complete';
  return report?.pages !== undefined && (source.pages === report.pages || source.pages === report.pages + 1);
}
