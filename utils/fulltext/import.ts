/**
 * One import of the full report from a file the user picked: size check before reading, text extraction
 * (PDF or pdftotext output), building passages against the curated report, storing, and telling the
 * background to rebuild its index. Every refusal is a FullTextImportError with the message to show.
 */
import type { Passage, Source } from '@/lib/corpus/types';
import { buildFullText, type FullTextBuild } from '@/lib/fulltext/build';
import {
  FullTextImportError,
  MAX_FULL_TEXT_BYTES,
  MAX_FULL_TEXT_PAGES,
  tooLargeError,
  tooManyPagesError,
  unsupportedTypeError,
} from '@/lib/fulltext/errors';
import { contentHash } from '@/lib/fulltext/hash';
import { pagesFromFormFeedText } from '@/lib/fulltext/pages';
import type { RawPage } from '@/lib/fulltext/types';
import type { VerbatimDB } from '@/utils/db';
import { cancelledError, type ExtractOptions } from './pdf-text';
import { currentFullText, type StoreOutcome, storedFullTextVersion, storeFullText } from './store';

/** The curated report the full text completes. */
export const REPORT_ID = 'oig-21-028';

export interface PickedFile {
  name: string;
  size: number;
  type: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export type ImportStage = 'reading' | 'extracting' | 'building' | 'storing';

export interface ImportOptions {
  db: VerbatimDB;
  /** Extracts a PDF's pages: the browser's bundled pdfjs in the library page, the legacy build in Node. */
  extractPdf: (data: Uint8Array, options: ExtractOptions) => Promise<RawPage[]>;
  /** Tells the background the corpus changed. */
  notify: () => Promise<unknown>;
  onProgress?: (stage: ImportStage, done: number, total: number) => void;
  signal?: AbortSignal;
  now?: () => Date;
}

export type ImportOutcome = (StoreOutcome & { stats?: FullTextBuild['stats'] }) & { fileName: string };

export function fileFormat(name: string, type: string, head: Uint8Array): 'pdf' | 'text' | null {
  const magic = String.fromCharCode(...head.slice(0, 5));
  if (magic === '%PDF-' || /\.pdf$/i.test(name) || type === 'application/pdf') return 'pdf';
  if (/\.txt$/i.test(name) || type.startsWith('text/')) return 'text';
  return null;
}

/** Text files must be UTF-8; bytes that are not come out as U+FFFD rather than failing the import. */
export function decodeText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

async function curatedReport(db: VerbatimDB): Promise<{ report: Source; curated: Passage[] }> {
  const report = await db.sources.get(REPORT_ID);
  if (!report)
    throw new FullTextImportError(
      'storage-failed',
      'The bundled corpus is not loaded yet, so the report cannot be recognised. Reopen this page in a moment.',
    );
  return { report, curated: await db.passages.where('source').equals(REPORT_ID).toArray() };
}

export async function importFullReport(file: PickedFile, options: ImportOptions): Promise<ImportOutcome> {
  try {
    return await importOnce(file, options);
  } catch (error) {
    // Whatever a step failed with after the user pressed Cancel, what happened is the cancellation.
    if (options.signal?.aborted && !(error instanceof FullTextImportError && error.code === 'storage-failed'))
      throw cancelledError();
    throw error;
  }
}

/** Options the file steps need: where progress goes, and the Cancel button's signal. */
type FileStepOptions = Pick<ImportOptions, 'extractPdf' | 'onProgress' | 'signal'>;

/** Throws the cancellation once Cancel was pressed (checked between steps). */
export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw cancelledError();
}

/** Step 1 of an import: the size checked before reading, the bytes, their format and content hash. */
export async function readPickedFile(
  file: PickedFile,
  options: FileStepOptions,
  formatOf: (name: string, type: string, head: Uint8Array) => string | null = fileFormat,
): Promise<{ bytes: Uint8Array; format: string; version: string }> {
  if (file.size > MAX_FULL_TEXT_BYTES) throw tooLargeError(file.size);
  options.onProgress?.('reading', 0, 1);
  const bytes = new Uint8Array(await file.arrayBuffer());
  throwIfCancelled(options.signal);
  const format = formatOf(file.name, file.type, bytes);
  if (!format) throw unsupportedTypeError(file.name);
  return { bytes, format, version: await contentHash(bytes) };
}

/** Step 2: a PDF's or a text file's pages, with progress and Cancel, refusing too many pages. */
export async function pagesOfFile(
  file: PickedFile,
  bytes: Uint8Array,
  format: 'pdf' | 'text',
  options: FileStepOptions,
): Promise<RawPage[]> {
  const pages =
    format === 'pdf'
      ? await options.extractPdf(bytes, {
          fileName: file.name,
          signal: options.signal,
          onProgress: (done, total) => options.onProgress?.('extracting', done, total),
        })
      : pagesFromFormFeedText(decodeText(bytes));
  throwIfCancelled(options.signal);
  if (pages.length > MAX_FULL_TEXT_PAGES) throw tooManyPagesError(pages.length);
  return pages;
}

async function importOnce(file: PickedFile, options: ImportOptions): Promise<ImportOutcome> {
  const check = () => throwIfCancelled(options.signal);
  const read = await readPickedFile(file, options);
  const { bytes, version } = read;
  const format = read.format as 'pdf' | 'text';
  const { report, curated } = await curatedReport(options.db);
  // The same file as the stored full text: nothing to do, and no need to parse it again.
  if ((await storedFullTextVersion(options.db, REPORT_ID)) === version) {
    const record = await currentFullText(options.db);
    if (record) return { status: 'unchanged', record, fileName: file.name };
  }

  const pages = await pagesOfFile(file, bytes, format, options);
  options.onProgress?.('building', 0, 1);
  const build = buildFullText({
    pages,
    format,
    fileName: file.name,
    version,
    report,
    curated,
    importedAt: options.now?.(),
  });
  check();
  options.onProgress?.('storing', 0, 1);
  const stored = await storeFullText(options.db, build, {
    fileName: file.name,
    now: options.now?.().getTime(),
  });
  if (stored.status === 'stored') await options.notify();
  return { ...stored, stats: build.stats, fileName: file.name };
}
