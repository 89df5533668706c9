/** The generated ruling as a two-page PDF (the tests, the browser test and the screenshot add it). */
import { toPdf } from '../fulltext/documents';
import { RULING_SENTENCES } from './sentences';

export function rulingPdf(): Promise<Uint8Array> {
  return toPdf(
    [
      { label: '1', paragraphs: ['Memorandum Opinion', RULING_SENTENCES[0] as string] },
      { label: '2', paragraphs: [RULING_SENTENCES[1] as string, RULING_SENTENCES[2] as string] },
    ],
    { furniture: false },
  );
}
