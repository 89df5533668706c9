import type { RawPage } from './types';

/**
 * Plain text as `pdftotext` writes it: pages separated by form feeds. A trailing form feed (pdftotext ends
 * every page with one) does not make an extra page.
 */
export function pagesFromFormFeedText(text: string): RawPage[] {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const parts = normalized.split('\f');
  if (parts.length > 1 && parts[parts.length - 1]?.trim() === '') parts.pop();
  return parts.map((part) => ({ lines: part.split('\n'), label: null }));
}
