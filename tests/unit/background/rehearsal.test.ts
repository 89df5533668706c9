import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bundledCorpus } from '@/data/corpus';
import { buildLoadedCorpus, CorpusCache, type LoadedCorpus } from '@/entrypoints/background/corpus-index';
import {
  type Matcher,
  type RehearsalArticle,
  ROUNDS,
  rehearsalArticles,
  rehearse,
} from '@/entrypoints/background/rehearsal';
import type { Passage } from '@/lib/corpus/types';
import { matchQuote, notFound } from '@/lib/match';
import { quotesForScan } from '@/lib/scan';

// The real engine throughout: the self-check is about the verdicts the real matcher gives.

const stored = {
  version: bundledCorpus.version,
  sources: bundledCorpus.sources,
  passages: bundledCorpus.passages,
};
let loaded: LoadedCorpus;
beforeEach(() => {
  loaded ??= buildLoadedCorpus(stored);
  vi.spyOn(console, 'info').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

/** The matcher the handler calls, for fakes that change one verdict and keep the rest. */
const realMatch = matchQuote as Matcher;
const planned = (articles: RehearsalArticle[]) => articles.flatMap((a) => a.quotes);
const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

describe('rehearsalArticles', () => {
  it('builds news paragraphs from the stored passages, one planned quotation each, every kind', () => {
    const articles = rehearsalArticles(loaded);
    const quotes = planned(articles);
    expect(quotes.length).toBeGreaterThan(20);
    expect(new Set(quotes.map((q) => q.kind))).toEqual(
      new Set(['verbatim', 'ellipsis', 'bracket', 'reordered']),
    );
    for (const article of articles) {
      expect(article.blocks).toHaveLength(article.quotes.length);
      article.blocks.forEach((block, i) => {
        const quote = article.quotes[i]!;
        expect(block).toEqual({ text: expect.any(String), kind: 'p', onPage: true });
        expect(block.text).toContain(`“${quote.quote}`);
        const passage = loaded.passages.get(quote.passageId)!;
        // Every quoted word is the passage's (a bracket adds one of the passage's words).
        const passageWords = new Set(words(passage.text));
        for (const w of words(quote.quote)) expect(passageWords).toContain(w);
        if (quote.kind === 'verbatim') expect(passage.text).toContain(quote.quote);
        else expect(passage.text).not.toContain(quote.quote);
      });
    }
  });

  it('is deterministic, differs by round, and follows the corpus', () => {
    const again = buildLoadedCorpus(stored);
    expect(rehearsalArticles(again)).toEqual(rehearsalArticles(loaded));
    expect(rehearsalArticles(loaded, 1)).not.toEqual(rehearsalArticles(loaded, 0));

    // Another corpus (each passage's words in another order): other quotations, taken from its passages.
    const changed = new Map(
      [...loaded.passages].map(([id, p]): [string, Passage] => [
        id,
        { ...p, text: p.text.split(' ').reverse().join(' ') },
      ]),
    );
    const other = planned(rehearsalArticles({ passages: changed, sources: loaded.sources }));
    const original = planned(rehearsalArticles(loaded));
    expect(other.map((q) => q.quote)).not.toEqual(original.map((q) => q.quote));
    for (const q of other.filter((q) => q.kind === 'verbatim')) {
      expect(changed.get(q.passageId)?.text).toContain(q.quote);
    }
    expect(rehearsalArticles({ passages: new Map(), sources: loaded.sources })).toEqual([]);
  });

  it('plans what the self-check demands: verified for the report’s verbatim spans, not verified for the rest', () => {
    const quotes = planned(rehearsalArticles(loaded));
    const report = (q: { passageId: string }) =>
      loaded.sources.get(loaded.passages.get(q.passageId)!.source)?.role === 'primary';
    for (const q of quotes) {
      if (q.kind !== 'verbatim') expect(q.expect).toBe('not-verified');
      else expect(q.expect).toBe(report(q) ? 'verified' : 'any');
    }
    expect(quotes.filter((q) => q.expect === 'verified').length).toBeGreaterThan(5);
  });

  it('puts each planned quotation where the scan extractor finds it', () => {
    for (const article of rehearsalArticles(loaded)) {
      const extracted = quotesForScan(article.blocks).map((q) => q.quote.replace(/[\s.,;:]+$/, ''));
      for (const q of article.quotes) expect(extracted).toContain(q.quote);
    }
  });
});

describe('rehearse', () => {
  it('passes its self-check on the bundled corpus with the real engine, within its budget', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const report = await rehearse(loaded, { budgetMs: 10_000 });
    expect(report.failures).toEqual([]);
    expect(error).not.toHaveBeenCalled();
    expect(report).toMatchObject({ completed: true, rounds: ROUNDS });
    expect(report.quotes).toBeGreaterThan(60);
  });

  it('reports (once, with the passage ids) a matcher that verifies an altered quotation', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const altered = planned(rehearsalArticles(loaded)).find((q) => q.kind === 'reordered')!;
    const match: Matcher = (index, input) => {
      const result = realMatch(index, input);
      return input.text.startsWith(altered.quote) ? { ...result, status: 'verified' } : result;
    };
    const report = await rehearse(loaded, { match, budgetMs: 10_000 });
    expect(report.failures).toContainEqual(
      expect.objectContaining({ passageId: altered.passageId, kind: 'reordered', status: 'verified' }),
    );
    expect(error).toHaveBeenCalledTimes(1);
    expect(String(error.mock.calls[0]?.[0])).toContain(altered.passageId);
  });

  it('reports a matcher that does not find a verbatim span of the report, or throws, without throwing itself', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const verbatim = planned(rehearsalArticles(loaded)).find((q) => q.expect === 'verified')!;
    const missing: Matcher = (index, input) =>
      input.text.startsWith(verbatim.quote) ? notFound(null) : realMatch(index, input);
    const report = await rehearse(loaded, { match: missing, rounds: 1, budgetMs: 10_000 });
    expect(report.failures).toEqual([
      expect.objectContaining({ passageId: verbatim.passageId, status: 'not-found' }),
    ]);
    expect(error).toHaveBeenCalledTimes(1);
    expect(String(error.mock.calls[0]?.[0])).toContain(verbatim.passageId);

    error.mockClear();
    const broken: Matcher = () => {
      throw new Error('engine bug');
    };
    const crashed = await rehearse(loaded, { match: broken, rounds: 1, budgetMs: 10_000 });
    expect(crashed.failures.length).toBeGreaterThan(0);
    expect(crashed.failures.every((f) => f.status === 'error')).toBe(true);
    expect(error).toHaveBeenCalledTimes(1);
  });

  it('works in slices: a request arriving meanwhile runs before the rehearsal ends', async () => {
    const order: string[] = [];
    const running = rehearse(loaded, { budgetMs: 10_000 }).then((r) => {
      order.push('rehearsal done');
      return r;
    });
    // A page's request, arriving just after the worker started rehearsing.
    setTimeout(() => order.push('request served'), 0);
    const report = await running;
    expect(order).toEqual(['request served', 'rehearsal done']);
    expect(report.slices).toBeGreaterThan(1);
  });

  it('stops at its budget, and when the index it rehearses is replaced', async () => {
    const clock = { t: 0 };
    // Every step "costs" 10 ms: a 25 ms budget allows three slices of one step at most.
    const match: Matcher = (index, input) => {
      clock.t += 10;
      return realMatch(index, input);
    };
    const cut = await rehearse(loaded, { match, now: () => clock.t, budgetMs: 25, sliceMs: 4 });
    expect(cut.completed).toBe(false);
    expect(cut.slices).toBeLessThanOrEqual(3);

    let stale = false;
    let slices = 0;
    const stopped = await rehearse(loaded, {
      budgetMs: 10_000,
      pause: async () => {
        if (++slices === 3) stale = true;
      },
      cancelled: () => stale,
    });
    expect(stopped.completed).toBe(false);
    expect(stopped.slices).toBe(2);
  });
});

describe('CorpusCache', () => {
  const loader = async () => stored;

  it('rehearses every build without making get() wait for it', async () => {
    const rehearsal = vi.fn((_loaded: LoadedCorpus, _stale: () => boolean) => new Promise<never>(() => {}));
    const cache = new CorpusCache(loader, rehearsal);
    const timeout = new Promise((ok) => setTimeout(() => ok('timed out'), 2000));
    const got = await Promise.race([cache.get(), timeout]);
    expect(got).not.toBe('timed out');
    expect(rehearsal).toHaveBeenCalledTimes(1);
    expect(rehearsal.mock.calls[0]?.[0]).toBe(got);

    // A rebuild (reseed, full-text import) is rehearsed too; the old rehearsal learns its index is stale.
    const stale = rehearsal.mock.calls[0]![1];
    expect(stale()).toBe(false);
    cache.invalidate();
    cache.warm();
    await vi.waitFor(() => expect(rehearsal).toHaveBeenCalledTimes(2));
    expect(stale()).toBe(true);
    expect(rehearsal.mock.calls[1]![1]()).toBe(false);
  });

  it('runs the real rehearsal after the build, and get() resolves before it ends', async () => {
    const info = vi.mocked(console.info);
    const rehearsed = () => info.mock.calls.some(([m]) => String(m).includes('rehearsal scan'));
    const cache = new CorpusCache(loader);
    await cache.get();
    expect(rehearsed()).toBe(false);
    await vi.waitFor(() => expect(rehearsed()).toBe(true), { timeout: 5000 });
  });
});
