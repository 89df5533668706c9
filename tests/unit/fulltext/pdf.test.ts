import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { bundledCorpus } from '@/data/corpus';
import { buildFullText } from '@/lib/fulltext/build';
import { FullTextImportError } from '@/lib/fulltext/errors';
import { extractPdfPagesInNode } from '@/utils/fulltext/node-pdf';
import {
  corruptPdf,
  encryptedPdf,
  HEADER,
  ONLY_IN_FULL_TEXT,
  reportPages,
  scannedPdf,
  toPdf,
} from './documents';

const report = bundledCorpus.sources.find((s) => s.id === 'oig-21-028')!;
const curated = bundledCorpus.passages.filter((p) => p.source === 'oig-21-028');

async function refusal(promise: Promise<unknown>): Promise<FullTextImportError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (error instanceof FullTextImportError) return error;
  throw new Error(`expected a refusal, got ${String(error)}`);
}

async function buildPdf(pdf: Uint8Array, fileName = 'report.pdf') {
  const pages = await extractPdfPagesInNode(pdf, { fileName });
  return buildFullText({ pages, format: 'pdf', fileName, version: 'b'.repeat(64), report, curated });
}

describe('PDF text extraction (pdfjs-dist legacy build, as in the CLI)', () => {
  it('refuses a PDF with far more pages than the report before reading any page', async () => {
    const doc = await PDFDocument.create();
    for (let i = 0; i < 401; i++) doc.addPage([200, 200]);
    const progress: number[] = [];
    const error = await refusal(
      extractPdfPagesInNode(await doc.save(), {
        fileName: 'huge.pdf',
        onProgress: (done) => progress.push(done),
      }),
    );
    expect(error.code).toBe('too-many-pages');
    expect(error.message).toMatch(/401 pages/);
    expect(progress).toEqual([]);
  });

  it('extracts pages with their PDF page labels and reports progress', async () => {
    const progress: string[] = [];
    const pages = await extractPdfPagesInNode(await toPdf(reportPages()), {
      fileName: 'r.pdf',
      onProgress: (done, total) => progress.push(`${done}/${total}`),
    });
    expect(pages.map((p) => p.label)).toEqual(['i', 'ii', '1', '2', '3']);
    expect(progress).toEqual(['1/5', '2/5', '3/5', '4/5', '5/5']);
    expect(pages[1]?.lines).toContain('The OIG found no written guidance on the imple-');
  });

  it('builds sentences on printed pages, without header, with the hyphenation and footnote marker undone', async () => {
    const build = await buildPdf(await toPdf(reportPages()));
    const texts = build.passages.map((p) => p.text);
    expect(texts.some((t) => t.includes(HEADER))).toBe(false);
    expect(texts).toContain(ONLY_IN_FULL_TEXT.hyphenated.replace('|', ''));
    expect(texts).toContain('The Department did not track the number of family unit adults it prosecuted.');
    expect(build.passages.find((p) => p.section === 'Footnote 1')?.text).toBe(ONLY_IN_FULL_TEXT.footnote1);
    expect(build.passages.find((p) => p.text === ONLY_IN_FULL_TEXT.detention)?.page).toBe('1');
    expect(build.curatedPages).toMatchObject({ r001: 'i', r005: 'ii', r008: '2', r014: '2', r010: '3' });
  });

  it('falls back to the PDF page index when the PDF has no labels and prints no numbers', async () => {
    const build = await buildPdf(await toPdf(reportPages(), { labels: false, furniture: false }));
    expect(build.passages.find((p) => p.text === ONLY_IN_FULL_TEXT.detention)?.page).toBe('3');
    expect(build.curatedPages).toMatchObject({ r001: '1', r008: '4' });
  });

  it('refuses an encrypted PDF', async () => {
    const error = await refusal(extractPdfPagesInNode(await encryptedPdf(), { fileName: 'locked.pdf' }));
    expect(error.code).toBe('encrypted');
    expect(error.message).toBe(
      '“locked.pdf” is password-protected. Open it in a PDF reader and save a copy without a password, or import a text version made with pdftotext.',
    );
  });

  it('refuses a corrupt PDF', async () => {
    const error = await refusal(extractPdfPagesInNode(corruptPdf(), { fileName: 'broken.pdf' }));
    expect(error.code).toBe('corrupt');
    expect(error.message).toMatch(
      /^“broken\.pdf” could not be read as a PDF \(the file is damaged or not a PDF\)\./,
    );
  });

  it('refuses a scanned PDF (no text layer)', async () => {
    const error = await refusal(buildPdf(await scannedPdf(4), 'scan.pdf'));
    expect(error.code).toBe('no-text-layer');
    expect(error.message).toMatch(/^“scan\.pdf” has no text layer: 4 of its 4 pages are images without text/);
  });

  it('stops when cancelled', async () => {
    const abort = new AbortController();
    const error = await refusal(
      extractPdfPagesInNode(await toPdf(reportPages()), {
        fileName: 'r.pdf',
        signal: abort.signal,
        onProgress: (done) => done === 2 && abort.abort(),
      }),
    );
    expect(error).toMatchObject({ code: 'cancelled', message: 'Import cancelled: nothing was changed.' });
  });
});
