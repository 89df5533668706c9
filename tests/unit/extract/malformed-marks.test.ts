/** Quotations printed inside out and spaced, `” like this “`, as rewrite sites print them. */
import { describe, expect, it } from 'vitest';
import { articleText, blocksOf, onlyQuote, quotesOf, quoteTexts } from './helpers';

describe('a closing mark used to open and an opening mark to close, with spaces inside', () => {
  it('is one quotation, its words without the blanks, with its attribution', () => {
    const text = 'The agency said ” we found no evidence of a plan “ in its report.';
    const q = onlyQuote(text);
    expect(q.quote).toBe('we found no evidence of a plan');
    expect(q.unclosed).toBe(false);
    expect(text.slice(q.end, q.after).trim()).toBe('“');
    expect(q.attributedTo).toBe('The agency');
  });

  it('at the start of a paragraph, followed by its attribution', () => {
    const q = onlyQuote('” We need to take away children “ Sessions said.');
    expect(q.quote).toBe('We need to take away children');
    expect(q.attributedTo).toBe('Sessions');
  });

  it('with punctuation after the closing mark', () => {
    expect(quoteTexts('He wrote: ” we need to take away children “, according to notes.')).toEqual([
      'we need to take away children',
    ]);
  });

  it('does not swallow a well-marked quotation after it', () => {
    const blocks = blocksOf('Officials called it ” a disaster “ and left. Later she said “it was fine.”');
    const quotes = quotesOf(...blocks);
    expect(quotes.map((q) => q.quote)).toEqual(['a disaster', 'it was fine.']);
    const text = articleText(blocks);
    for (const q of quotes) expect(text.slice(q.start, q.end)).toBe(q.quote);
  });

  it('an inch sign or a stray closing mark alone is no quotation', () => {
    expect(quotesOf('The screen measures 27 ” across and weighs little.').every((q) => q.unclosed)).toBe(
      true,
    );
    expect(quoteTexts('A stray ” mark and nothing else.')).toEqual([]);
  });
});
