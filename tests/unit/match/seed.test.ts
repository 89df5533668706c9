import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { match } from './helpers';

interface SeedRow {
  quote: string;
  expected: string;
  passages: string[];
  attributed_to: string | null;
  soft: boolean;
}

const seed = JSON.parse(
  readFileSync(resolve(process.cwd(), 'tests/fixtures/seed-article.expected.json'), 'utf8'),
) as {
  quotes: SeedRow[];
};

describe('seed article quotations, matched directly', () => {
  const hard = seed.quotes.filter((q) => !q.soft);
  it('has the rows this test is about', () => {
    expect(hard.length).toBeGreaterThanOrEqual(15);
  });

  it.each(hard.map((q) => [q.quote.slice(0, 60), q] as const))('%s', (_label, row) => {
    const result = match(row.quote, row.attributed_to);
    expect(result.status).toBe(row.expected);
    expect(result.passageIds).toEqual(row.passages);
    expect(result.attributedTo).toBe(row.attributed_to);
  });

  it('soft rows are their expected verdict or not found, never anything else', () => {
    for (const row of seed.quotes.filter((q) => q.soft)) {
      expect([row.expected, 'not-found']).toContain(match(row.quote, row.attributed_to).status);
    }
  });
});
