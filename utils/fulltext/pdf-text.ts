/**
 * Text of a PDF page by page with pdfjs-dist. Shared by the library page (browser build, bundled worker)
 * and Node (legacy build, CLI and tests): callers pass the pdfjs module they loaded.
 */
import type { getDocument as GetDocument, PDFDocumentProxy } from 'pdfjs-dist';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { FullTextImportError, MAX_FULL_TEXT_PAGES, tooManyPagesError } from '@/lib/fulltext/errors';
import type { RawPage } from '@/lib/fulltext/types';

export interface PdfjsModule {
  getDocument: typeof GetDocument;
}

export interface ExtractOptions {
  fileName: string;
  /** Called after each page: pages done, pages in all. */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

export function cancelledError(): FullTextImportError {
  return new FullTextImportError('cancelled', 'Import cancelled: nothing was changed.');
}

/** pdfjs reports a password-protected or unreadable file by the error's name. */
function pdfOpenError(error: unknown, fileName: string): FullTextImportError {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'PasswordException')
    return new FullTextImportError(
      'encrypted',
      `“${fileName}” is password-protected. Open it in a PDF reader and save a copy without a password, or ` +
        'import a text version made with pdftotext.',
    );
  return new FullTextImportError(
    'corrupt',
    `“${fileName}” could not be read as a PDF (${name === 'InvalidPDFException' ? 'the file is damaged or not a PDF' : String((error as Error)?.message ?? error)}). ` +
      'Download the report again, or import a text version made with pdftotext.',
  );
}

function isTextItem(item: unknown): item is TextItem {
  return typeof (item as TextItem).str === 'string' && Array.isArray((item as TextItem).transform);
}

/**
 * Rebuilds lines from positioned text runs. A run starts a new line after an end-of-line flag or when its
 * baseline moves by more than half a line; small raised digits (superscript footnote markers) stay glued to
 * the word before them, as pdftotext prints them, for the cleaner to take off.
 */
export function linesFromItems(items: unknown[]): string[] {
  const lines: string[] = [];
  let line = '';
  let lineY: number | null = null;
  let lineHeight = 0;
  let lastEnd: number | null = null;
  const flush = () => {
    if (line.trim() !== '') lines.push(line);
    line = '';
    lineY = null;
    lineHeight = 0;
    lastEnd = null;
  };
  for (const item of items) {
    if (!isTextItem(item)) continue;
    const x = Number(item.transform[4]);
    const y = Number(item.transform[5]);
    const height = Math.abs(Number(item.height) || Number(item.transform[3]) || 0);
    const superscript =
      lineY !== null &&
      /^\d{1,3}$/.test(item.str) &&
      height < lineHeight * 0.85 &&
      y > lineY &&
      y - lineY < lineHeight;
    if (lineY !== null && !superscript && Math.abs(y - lineY) > Math.max(height, lineHeight) * 0.5) flush();
    if (item.str !== '') {
      const gap = lastEnd === null ? 0 : x - lastEnd;
      const needsSpace =
        !superscript &&
        line !== '' &&
        !/\s$/.test(line) &&
        !/^\s/.test(item.str) &&
        gap > Math.max(height, 1) * 0.15;
      line += (needsSpace ? ' ' : '') + item.str;
      lastEnd = x + Number(item.width || 0);
      if (lineY === null) {
        lineY = y;
        lineHeight = height;
      } else if (!superscript) lineHeight = Math.max(lineHeight, height);
    }
    if (item.hasEOL) flush();
  }
  flush();
  return lines;
}

export async function pdfPages(doc: PDFDocumentProxy, options: ExtractOptions): Promise<RawPage[]> {
  if (doc.numPages > MAX_FULL_TEXT_PAGES) throw tooManyPagesError(doc.numPages);
  const labels = await doc.getPageLabels().catch(() => null);
  const pages: RawPage[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    if (options.signal?.aborted) throw cancelledError();
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    pages.push({ lines: linesFromItems(content.items), label: labels?.[n - 1]?.trim() || null });
    page.cleanup();
    options.onProgress?.(n, doc.numPages);
  }
  return pages;
}

/** Opens the PDF (never evaluating code from it, fetching nothing) and extracts every page's lines. */
export async function extractPdfPages(
  pdfjs: PdfjsModule,
  data: Uint8Array,
  options: ExtractOptions,
): Promise<RawPage[]> {
  const task = pdfjs.getDocument({
    // pdfjs takes ownership of the buffer it is given (it is transferred to the worker): give it a copy so
    // the caller's bytes (hashed for the version) stay usable.
    data: data.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  const abort = () => void task.destroy();
  options.signal?.addEventListener('abort', abort, { once: true });
  try {
    let doc: PDFDocumentProxy;
    try {
      doc = await task.promise;
    } catch (error) {
      if (options.signal?.aborted) throw cancelledError();
      throw pdfOpenError(error, options.fileName);
    }
    try {
      return await pdfPages(doc, options);
    } catch (error) {
      if (options.signal?.aborted || (error as { code?: string }).code === 'cancelled')
        throw cancelledError();
      if (error instanceof FullTextImportError) throw error;
      throw pdfOpenError(error, options.fileName);
    }
  } finally {
    options.signal?.removeEventListener('abort', abort);
    await task.destroy().catch(() => undefined);
  }
}
