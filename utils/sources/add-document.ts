/**
 * Adding a document to the library from a file the reader picked: a PDF, a text file or a saved web page,
 * through the same steps as the full-report import (size checked before reading, pages with progress,
 * Cancel between steps), stored as a user pack of its own. Free of extension APIs: the page passes in its
 * PDF reader and HTML parser, the tests pass Node's.
 */
import { articleBlocks } from '@/lib/article/blocks';
import { FullTextImportError } from '@/lib/fulltext/errors';
import type { RawPage } from '@/lib/fulltext/types';
import { buildDocument, type DocumentDetails, suggestedDate, suggestedTitle } from '@/lib/sources/document';
import type { Pack } from '@/lib/sources/pack';
import {
  decodeText,
  fileFormat,
  type ImportOptions,
  type PickedFile,
  pagesOfFile,
  readPickedFile,
  throwIfCancelled,
} from '@/utils/fulltext/import';
import { putPack } from './store';

export type DocumentFormat = 'pdf' | 'text' | 'html';

export interface AddDocumentOptions extends Omit<ImportOptions, 'now'> {
  /** Parses a saved web page (DOMParser in the library page, linkedom in Node). */
  parseHtml: (html: string) => Document;
  now?: () => number;
}

/** Adding the same file again replaces it (with the details given this time). */
export interface AddDocumentOutcome {
  status: 'added';
  pack: Pack;
  sourceId: string;
  passageCount: number;
  pages: number;
}

/** The details the reader fills in; an empty title or date is taken from the file. */
export type DocumentForm = Partial<DocumentDetails>;

export function documentFormat(name: string, type: string, head: Uint8Array): DocumentFormat | null {
  const start = new TextDecoder().decode(head.slice(0, 512)).trimStart().toLowerCase();
  if (/\.x?html?$/i.test(name) || type === 'text/html' || /^<(!doctype html|html)\b/.test(start))
    return 'html';
  return fileFormat(name, type, head);
}

/**
 * A saved web page's text, one line per block of its article (or main part, or body). Not Readability:
 * the library page would then carry its innerHTML writes, and the reader chose this page as a document.
 */
function pagesOfHtml(html: string, parseHtml: (html: string) => Document, fileName: string): RawPage[] {
  const doc = parseHtml(html);
  const root = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
  const blocks = root ? articleBlocks(root).map((b) => b.text) : [];
  const lines = blocks.length ? blocks : (root?.textContent ?? '').split(/\n+/);
  if (!lines.some((l) => l.trim()))
    throw new FullTextImportError('empty', `“${fileName}” holds no text to add.`);
  return [{ lines, label: null }];
}

export const packIdOf = (sourceId: string) => `pack-${sourceId}`;

export async function addDocument(
  file: PickedFile,
  form: DocumentForm,
  options: AddDocumentOptions,
): Promise<AddDocumentOutcome> {
  try {
    const { bytes, format, version } = await readPickedFile(file, options, documentFormat);
    const pages =
      format === 'html'
        ? pagesOfHtml(decodeText(bytes), options.parseHtml, file.name)
        : await pagesOfFile(file, bytes, format as 'pdf' | 'text', options);
    options.onProgress?.('building', 0, 1);
    const title = form.title?.trim() || suggestedTitle(pages, file.name);
    const now = options.now?.() ?? Date.now();
    const pack: Pack = {
      id: '',
      title,
      version: form.date?.trim() || '1',
      hash: version,
      origin: 'user',
      enabled: true,
      addedAt: now,
    };
    const build = buildDocument({
      pages,
      format: format === 'pdf' ? 'pdf' : 'text',
      fileName: file.name,
      version,
      pack: '',
      title,
      kind: form.kind ?? 'other',
      date: form.date?.trim() || suggestedDate(pages),
      publisher: form.publisher ?? null,
      speakers: form.speakers ?? [],
      aliases: form.aliases ?? [],
      shortName: form.shortName ?? null,
    });
    pack.id = packIdOf(build.source.id);
    throwIfCancelled(options.signal);
    options.onProgress?.('storing', 0, 1);
    await putPack(options.db, {
      pack,
      sources: [{ ...build.source, pack: pack.id }],
      passages: build.passages,
    });
    await options.notify();
    return {
      status: 'added',
      pack,
      sourceId: build.source.id,
      passageCount: build.passages.length,
      pages: build.source.pages ?? pages.length,
    };
  } catch (error) {
    if (options.signal?.aborted && !(error instanceof FullTextImportError && error.code === 'storage-failed'))
      throwIfCancelled(options.signal);
    throw error;
  }
}
