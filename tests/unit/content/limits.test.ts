// @vitest-environment jsdom
import { expect, it } from 'vitest';
import { withinMessageLimits } from '@/entrypoints/content/app';
import type { LocatedQuote } from '@/entrypoints/content/locate';
import { requestSchemas } from '@/utils/messaging/protocol';

const located = (quote: string, attributedTo: string | null = null): LocatedQuote => ({
  block: document.body,
  offset: 1,
  quote: {
    quote,
    start: 0,
    end: quote.length,
    after: quote.length + 1,
    fragment: false,
    attributedTo,
    form: 'marks',
    unclosed: false,
  },
});

it('keeps a hostile page from breaking the one matchQuotes message of a scan', () => {
  const page = [
    located('x'.repeat(20_001)),
    located('a normal quotation', 'y'.repeat(501)),
    ...Array.from({ length: 2100 }, (_, i) => located(`quotation ${i}`)),
  ];
  const kept = withinMessageLimits(page);
  expect(kept).toHaveLength(2000);
  expect(kept[0]?.quote.quote).toBe('a normal quotation');
  expect(kept[0]?.quote.attributedTo).toBeNull();
  const message = {
    url: 'https://news.example/',
    title: 'T',
    quotes: kept.map((q) => ({
      quote: q.quote.quote,
      attributedTo: q.quote.attributedTo,
      fragment: q.quote.fragment,
    })),
  };
  expect(requestSchemas.matchQuotes.safeParse(message).success).toBe(true);
});
