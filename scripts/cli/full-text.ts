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
import { decodeText, fileFormat, REPORT_ID } from '../../utils/fulltext/import';
import { extractPdfPagesInNode } from '../../utils/fulltext/node-pdf';

export interface CliFullText {
  source: Source;
  passages: Passage[];
  /** Curated passage id → page found in the full text (apply with `withFullText` from lib/fulltext). */
  curatedPages: Record<string, string>;
  stats: FullTextBuild['stats'];
}

export async function loadFullTextForCli(path: string): Promise<CliFullText> {
  const fileName = basename(path);
  let size: number;
  try {
    size = statSync(path).size;
  } catch (error) {
    throw new FullTextImportError(
      'unreadable',
      `Cannot read the full text “${path}”: ${(error as Error).message}`,
    );
  }
  // Checked before reading, so a huge file is never loaded.
  if (size > MAX_FULL_TEXT_BYTES) throw tooLargeError(size);
  const bytes = new Uint8Array(readFileSync(path));
  const format = fileFormat(fileName, '', bytes);
  if (!format) throw unsupportedTypeError(fileName);
  const report = bundledCorpus.sources.find((s) => s.id === REPORT_ID);
  if (!report) throw new Error(`the bundled corpus has no source ${REPORT_ID}`);
  const pages =
    format === 'pdf'
      ? await extractPdfPagesInNode(bytes, { fileName })
      : pagesFromFormFeedText(decodeText(bytes));
  const build = buildFullText({
    pages,
    format,
    fileName,
    version: await contentHash(bytes),
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
