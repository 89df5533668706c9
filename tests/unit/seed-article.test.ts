/**
 * The whole pipeline on the seed page, as the CLI and the background run it:
 * HTML → readArticle (Readability on a linkedom DOM) → extractQuotes → matchQuote.
 * Every non-soft row of seed-article.expected.json must come out with exactly its verdict and passages;
 * soft rows may be left out or must match; nothing else may be extracted.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { bundledCorpus } from '../../data/corpus';
import { buildIndex, extractQuotes, matchQuote, readArticle } from '../../lib/engine';
import { BLOCK_SEPARATOR, type ExtractedQuote } from '../../lib/types';

interface SeedRow {
  quote: string;
  expected: string;
  passages: string[];
  attributed_to: string | null;
  soft: boolean;
}

const expected = JSON.parse(readFileSync('tests/fixtures/seed-article.expected.json', 'utf8')) as {
  quotes: SeedRow[];
};
const { document } = parseHTML(readFileSync('tests/fixtures/seed-article.html', 'utf8'));
const article = readArticle(document as unknown as Document);
const quotes = article ? extractQuotes(article.blocks) : [];
const text = article ? article.blocks.map((b) => b.text).join(BLOCK_SEPARATOR) : '';
const index = buildIndex(bundledCorpus);

const extractedRow = (row: SeedRow): ExtractedQuote | undefined => quotes.find((q) => q.quote === row.quote);

describe('seed article, end to end', () => {
  it('finds the article', () => {
    expect(article).not.toBeNull();
    expect(article?.title).toContain('driving force');
  });

  it('does not extract the sidebar quotation (outside the article)', () => {
    expect(text).not.toContain('We are not done yet');
    expect(quotes.some((q) => q.quote.includes('We are not done yet'))).toBe(false);
  });

  it('extracts nothing but the expected quotations, with offsets that hold their text', () => {
    const rows = new Set(expected.quotes.map((r) => r.quote));
    for (const q of quotes) {
      expect(rows.has(q.quote), q.quote).toBe(true);
      expect(text.slice(q.start, q.end)).toBe(q.quote);
      expect(text.slice(q.end, q.after)).toMatch(/^[”"’']$/);
    }
  });

  const hard = expected.quotes.filter((r) => !r.soft);
  it.each(hard.map((r) => [r.quote.slice(0, 50), r] as const))('%s', (_label, row) => {
    const q = extractedRow(row);
    expect(q, 'extracted').toBeDefined();
    const result = matchQuote(index, { text: q!.quote, attributedTo: q!.attributedTo });
    expect(result.status).toBe(row.expected);
    expect(result.passageIds).toEqual(row.passages);
  });

  it('soft rows are left out or match their expected verdict', () => {
    for (const row of expected.quotes.filter((r) => r.soft)) {
      const q = extractedRow(row);
      if (!q) continue;
      expect(q.fragment).toBe(true);
      expect(matchQuote(index, { text: q.quote, attributedTo: q.attributedTo }).status).toBe(row.expected);
    }
  });

  it('attributes each quotation as the article does (general rules, no per-row cases)', () => {
    const got = expected.quotes
      .filter((r) => extractedRow(r))
      .map((r) => [r.quote.slice(0, 40), extractedRow(r)?.attributedTo]);
    const want = expected.quotes
      .filter((r) => extractedRow(r))
      .map((r) => [r.quote.slice(0, 40), r.attributed_to]);
    expect(got).toEqual(want);
  });

  it('flags the scare quotes as fragments and nothing else', () => {
    expect(quotes.filter((q) => q.fragment).map((q) => q.quote)).toEqual(['driving force', 'zero tolerance']);
  });

  it('reads the quotation opened with a closing mark as closed', () => {
    const q = quotes.find((x) => x.quote.startsWith('found no evidence'));
    expect(q).toMatchObject({ unclosed: false, form: 'marks' });
    expect(text[q!.start - 1]).toBe('”');
  });
});
