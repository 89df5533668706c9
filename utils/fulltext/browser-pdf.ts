/**
 * pdfjs in the library page: the worker is a file bundled with the extension (Vite's `?url`), so no
 * code is fetched from anywhere and the extension CSP's `script-src 'self'` holds.
 */
import type { RawPage } from '@/lib/fulltext/types';
import { type ExtractOptions, extractPdfPages, type PdfjsModule } from './pdf-text';

let loaded: Promise<PdfjsModule> | null = null;

async function loadPdfjs(): Promise<PdfjsModule> {
  const [pdfjs, worker] = await Promise.all([
    import('pdfjs-dist'),
    import('pdfjs-dist/build/pdf.worker.min.mjs?url'),
  ]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  return pdfjs;
}

export function extractPdfPagesInBrowser(data: Uint8Array, options: ExtractOptions): Promise<RawPage[]> {
  loaded ??= loadPdfjs();
  return loaded.then((pdfjs) => extractPdfPages(pdfjs, data, options));
}
