/** Shapes of the full-report import pipeline: pages in, cleaned stream, sentences out. */

/** One page as extracted: its lines in reading order and the label the PDF gives it, if any. */
export interface RawPage {
  lines: string[];
  /** Printed label from the PDF's page-label table (e.g. "iv", "12"); null when the PDF has none. */
  label: string | null;
}

/** A stretch of cleaned running text and the page each part of it came from. */
export interface TextStream {
  text: string;
  /** Page label in force from `start` on, ascending by `start`. */
  pages: Array<{ start: number; label: string }>;
}

/** A footnote body, kept out of the running text so it never splits a sentence across a page break. */
export interface Footnote {
  number: string;
  text: string;
  page: string;
  /** Offset in the body stream of the end of its page's text: the footnote is placed after that sentence. */
  after: number;
}

export interface CleanDocument {
  body: TextStream;
  footnotes: Footnote[];
  /** Final label of every page, 1-based order. */
  pageLabels: string[];
  /** Characters of text per page before cleaning (scanned pages have ~0). */
  charsPerPage: number[];
}

export interface FullTextSentence {
  text: string;
  /** Printed page label, or a range "12–13" when the sentence crosses a page break. */
  page: string;
  /** "Footnote 12" for footnote text, otherwise null. */
  section: string | null;
  /** Where a sentence crosses a page break: the offset in `text` at which each later page starts. */
  pageBreaks?: Array<{ offset: number; label: string }>;
}
