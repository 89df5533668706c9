/**
 * `npm run check -- --full-text report.pdf|report.txt`: turns the user's copy of the full report into
 * passages the engine can match against, with the same cleaning, checks and messages as the library's
 * import. Throws a FullTextImportError (its message is meant for the user) on bad input.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { bundledCorpus } from '../../data/corpus';
import type { Passage, Source } from '../../lib/corpus/types';
import { buildFullText, type FullTextBuild } from '../../lib/fulltext/build';
import {
  FullTextImportError,
  MAX_FULL_TEXT_BYTES,
  tooLargeError,
  unsupportedTypeError,
} from '../../lib/fulltext/errors';
import { contentHash } from '../../lib/fulltext/hash';
import { pagesFromFormFeedText } from '../../lib/fulltext/pages';
import type { RawPage } from '../../lib/fulltext/types';
import { decodeText, fileFormat, REPORT_ID } from '../../utils/fulltext/import';
import { extractPdfPagesInNode } from '../../utils/fulltext/node-pdf';

export interface CliFullText {
  source: Source;
  passages: Passage[];
  /** Curated passage id → page found in the full text (apply with `withFullText` from lib/fulltext). */
  curatedPages: Record<string, string>;
  stats: FullTextBuild['stats'];
}

/** A document file's pages (PDF or pdftotext-style text), its bytes' hash and its name. */
export async function readDocumentFile(
  path: string,
  what = 'the full text',
): Promise<{ fileName: string; format: 'pdf' | 'text'; pages: RawPage[]; version: string }> {
  const fileName = basename(path);
  let size: number;
  try {
    size = statSync(path).size;
  } catch (error) {
    throw new FullTextImportError('unreadable', `Cannot read ${what} “${path}”: ${(error as Error).message}`);
  }
  // Checked before reading, so a huge file is never loaded.
  if (size > MAX_FULL_TEXT_BYTES) throw tooLargeError(size);
  const bytes = new Uint8Array(readFileSync(path));
  const format = fileFormat(fileName, '', bytes);
  if (!format) throw unsupportedTypeError(fileName);
  // Hashed first: pdfjs may take the bytes over.
  const version = await contentHash(bytes);
  const pages =
    format === 'pdf'
      ? await extractPdfPagesInNode(bytes, { fileName })
      : pagesFromFormFeedText(decodeText(bytes));
  return { fileName, format, pages, version };
}

export async function loadFullTextForCli(path: string): Promise<CliFullText> {
  const report = bundledCorpus.sources.find((s) => s.id === REPORT_ID);
  if (!report) throw new Error(`the bundled corpus has no source ${REPORT_ID}`);
  const { fileName, format, pages, version } = await readDocumentFile(path);
  const build = buildFullText({
    pages,
    format,
    fileName,
    version,
    report,
    curated: bundledCorpus.passages.filter((p) => p.source === REPORT_ID),
  });
  return {
    source: build.source,
    passages: build.passages,
    curatedPages: build.curatedPages,
    stats: build.stats,
  };
}
