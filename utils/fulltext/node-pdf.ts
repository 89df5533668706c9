/** pdfjs for Node (CLI, tests, bench): the legacy build, which runs its worker in-process. */
import type { RawPage } from '@/lib/fulltext/types';
import { type ExtractOptions, extractPdfPages, type PdfjsModule } from './pdf-text';

export async function extractPdfPagesInNode(data: Uint8Array, options: ExtractOptions): Promise<RawPage[]> {
  const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfjsModule;
  return extractPdfPages(pdfjs, data, options);
}
