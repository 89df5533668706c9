import { afterEach, describe, expect, it, vi } from 'vitest';
import * as extract from '@/lib/extract';
import { QUOTE_LIMITS } from '@/lib/limits';
import { quotesForScan } from '@/lib/scan';
import { BLOCK_SEPARATOR } from '@/lib/types';

vi.mock('@/lib/extract', async (real) => ({ ...(await real<typeof import('@/lib/extract')>()) }));

const p = (text: string, onPage = true) => ({ text, kind: 'p' as const, onPage });

afterEach(() => vi.restoreAllMocks());

describe('quotesForScan', () => {
  it('extracts the quotations, with offsets into the blocks as sent', () => {
    const blocks = [
      p('An opening paragraph without quotations.'),
      p('“We need to take away children,” he said.'),
    ];
    const [q] = quotesForScan(blocks);
    expect(q?.quote).toBe('We need to take away children,');
    const text = blocks.map((b) => b.text).join(BLOCK_SEPARATOR);
    expect(text.slice((q?.after ?? 0) - 1, q?.after)).toBe('”');
  });

  it('leaves out a quotation that closes in a block the page does not have (no badge could go there)', () => {
    const quotes = quotesForScan([
      p('“Kept words here,” she said.'),
      p('“Words Readability rewrote,” he said.', false),
      p('“More kept words,” they said.'),
    ]);
    expect(quotes.map((q) => q.quote)).toEqual(['Kept words here,', 'More kept words,']);
  });

  it('keeps every quotation inside the limits the tab scan and the badges were built for', () => {
    const text = 'x'.repeat(30);
    const quote = (words: string, attributedTo: string | null) => ({
      quote: words,
      start: 1,
      end: 2,
      after: 3,
      fragment: false,
      attributedTo,
      form: 'marks' as const,
      unclosed: false,
    });
    vi.spyOn(extract, 'extractQuotes').mockReturnValue([
      quote('w'.repeat(QUOTE_LIMITS.quote + 1), null),
      quote('attributed at length', 's'.repeat(QUOTE_LIMITS.attributedTo + 1)),
      ...Array.from({ length: QUOTE_LIMITS.quotes + 10 }, (_, i) => quote(`quotation ${i}`, 'Someone')),
    ]);
    const quotes = quotesForScan([p(text)]);
    expect(quotes).toHaveLength(QUOTE_LIMITS.quotes);
    expect(quotes[0]).toMatchObject({ quote: 'attributed at length', attributedTo: null });
    expect(quotes[1]).toMatchObject({ quote: 'quotation 0', attributedTo: 'Someone' });
    // The real extractor's long quotation is left out rather than sent on.
    vi.restoreAllMocks();
    const long = `“${'word '.repeat(QUOTE_LIMITS.quote / 5 + 1).trim()}” he said.`;
    expect(quotesForScan([p(long), p('“Short words here,” she said.')]).map((q) => q.quote)).toEqual([
      'Short words here,',
    ]);
  });

  it('claims nothing when the extractor fails', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(extract, 'extractQuotes').mockImplementation(() => {
      throw new Error('extractor bug');
    });
    expect(quotesForScan([p('“Some words,” he said.')])).toEqual([]);
    expect(console.error).toHaveBeenCalled();
  });
});

describe('quotesForScan: blockquotes', () => {
  it('keeps which <blockquote> each block is in, so its paragraphs are one quotation', () => {
    const bq = (text: string, blockquote: number) => ({
      text,
      kind: 'blockquote' as const,
      onPage: true,
      blockquote,
    });
    const quotes = quotesForScan([
      bq('First we plan the work.', 0),
      bq('Then we do the work.', 0),
      bq('Another one.', 1),
    ]);
    expect(quotes.map((q) => q.quote)).toEqual([
      'First we plan the work. Then we do the work.',
      'Another one.',
    ]);
  });
});
