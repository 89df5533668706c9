/** A partly found quotation says which of its words are in no source (MatchResult.unsupported). */
import { describe, expect, it } from 'vitest';
import { match } from './helpers';

const marked = (quote: string) => (match(quote).unsupported ?? []).map(([s, e]) => quote.slice(s, e));

describe('partial results carry the quotation’s unsupported words', () => {
  it('a report sentence with a claim of the writer’s own after it', () => {
    const quote =
      'Sessions told the Southwest border U.S. Attorneys that prosecution of family unit adults would be swift, and then the governors of three states refused to send troops to help them';
    expect(match(quote).status).toBe('partial');
    expect(marked(quote)).toEqual(['then the governors of three states refused to send troops to help them']);
  });

  it('a claim of the writer’s own before the report’s words', () => {
    const quote =
      'the governors refused to help and then Sessions told the Southwest border U.S. Attorneys that prosecution of family unit adults would be swift';
    expect(match(quote).status).toBe('partial');
    expect(marked(quote)).toEqual(['the governors refused to help and then']);
  });

  it('only partial results carry them', () => {
    expect(match('We need to take away children').unsupported).toBeUndefined();
    expect(match('This sentence is in no source whatsoever').unsupported).toBeUndefined();
  });
});

describe('saved and exported', () => {
  it('a library file keeps the unsupported ranges of a partial result valid for import', async () => {
    const { matchResultSchema } = await import('@/utils/export/schema');
    const r = match(
      'the governors refused to help and then Sessions told the Southwest border U.S. Attorneys that prosecution of family unit adults would be swift',
    );
    expect(matchResultSchema.safeParse(r).success).toBe(true);
  });
});
