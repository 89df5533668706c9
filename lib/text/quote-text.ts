/**
 * The stored form of a quotation, and the key it is found by: whitespace runs (line breaks of a
 * selection across paragraphs, non-breaking spaces) become one space. Words and marks stay as written.
 */
export function normaliseQuote(quote: string): string {
  return quote.replace(/\s+/gu, ' ').trim();
}
