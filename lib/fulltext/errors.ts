/** Every way an import can be refused, each with the message the user sees. Nothing is stored on any of them. */
export type FullTextErrorCode =
  | 'too-large'
  | 'too-many-pages'
  | 'unsupported-type'
  | 'empty'
  | 'no-text-layer'
  | 'encrypted'
  | 'corrupt'
  | 'not-the-report'
  | 'cancelled'
  | 'storage-failed'
  | 'unreadable';

export class FullTextImportError extends Error {
  constructor(
    readonly code: FullTextErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'FullTextImportError';
  }
}

/** Files above this are refused before being read: the 93-page report PDF is a few MB, its text ~300 KB. */
export const MAX_FULL_TEXT_BYTES = 25 * 1024 * 1024;

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

export function tooLargeError(bytes: number): FullTextImportError {
  return new FullTextImportError(
    'too-large',
    `This file is ${formatBytes(bytes)}; the limit is ${formatBytes(MAX_FULL_TEXT_BYTES)}. ` +
      'The report PDF is far smaller: check that you picked the right file.',
  );
}

/**
 * Files with more pages than this are refused before any page is read: the report has 93, and a copy
 * with covers or appendices a few more. A file of thousands of pages is not the report, and reading it
 * would take many minutes.
 */
export const MAX_FULL_TEXT_PAGES = 400;

export function tooManyPagesError(pages: number): FullTextImportError {
  return new FullTextImportError(
    'too-many-pages',
    `This file has ${pages.toLocaleString('en-US')} pages; the report has 93, and files over ${MAX_FULL_TEXT_PAGES} pages are not read. Check that you picked the right file.`,
  );
}

export function unsupportedTypeError(name: string): FullTextImportError {
  return new FullTextImportError(
    'unsupported-type',
    `“${name}” is neither a PDF nor a plain-text file. Pick the report PDF, or a .txt made by pdftotext.`,
  );
}
