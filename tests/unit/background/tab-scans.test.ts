import { describe, expect, it, vi } from 'vitest';
import { type SessionArea, TabScanStore } from '@/entrypoints/background/tab-scans';
import { notFound } from '@/lib/match';
import type { MatchResult } from '@/lib/types';
import type { TabScan } from '@/utils/domain';

function memoryArea(): SessionArea & { items: Map<string, unknown> } {
  const items = new Map<string, unknown>();
  return {
    items,
    async get(key) {
      if (key === null) return Object.fromEntries([...items].map(([k, v]) => [k, structuredClone(v)]));
      return items.has(key) ? { [key]: structuredClone(items.get(key)) } : {};
    },
    async set(values) {
      for (const [k, v] of Object.entries(values)) items.set(k, structuredClone(v));
    },
    async remove(key) {
      items.delete(key);
    },
  };
}

const scan = (url: string): TabScan => ({
  url,
  title: 't',
  article: true,
  enabled: true,
  quotes: [],
  scannedAt: 1,
});

describe('TabScanStore', () => {
  it('survives a worker restart through session storage', async () => {
    const area = memoryArea();
    await new TabScanStore(area).set(4, scan('https://a.example/x'));
    const afterRestart = new TabScanStore(area);
    expect(await afterRestart.get(4)).toEqual(scan('https://a.example/x'));
    expect(await afterRestart.get(5)).toBeNull();
  });

  it('drops a scan when its tab closes', async () => {
    const area = memoryArea();
    const store = new TabScanStore(area);
    await store.set(4, scan('https://a.example/x'));
    await store.delete(4);
    expect(await store.get(4)).toBeNull();
    expect(area.items.size).toBe(0);
  });

  it('keeps a scan through an in-page (fragment) navigation, drops it for another document or a reload', async () => {
    const store = new TabScanStore(memoryArea());
    await store.set(1, scan('https://a.example/x#top'));
    await store.tabLoading(1, 'https://a.example/x#section-2');
    expect(await store.get(1)).not.toBeNull();
    await store.tabLoading(1, 'https://a.example/y');
    expect(await store.get(1)).toBeNull();

    await store.set(2, scan('https://a.example/x'));
    await store.tabLoading(2, undefined);
    expect(await store.get(2)).toBeNull();
  });

  it('keep(): in memory at once, in session storage after the current task, unless replaced or deleted', async () => {
    vi.useFakeTimers();
    try {
      const area = memoryArea();
      const store = new TabScanStore(area);
      store.keep(4, scan('https://a.example/x'));
      expect(await store.get(4)).toEqual(scan('https://a.example/x'));
      expect(area.items.size).toBe(0);
      await vi.runAllTimersAsync();
      expect(await new TabScanStore(area).get(4)).toEqual(scan('https://a.example/x'));

      store.keep(5, scan('https://a.example/old'));
      store.keep(5, scan('https://a.example/new'));
      store.keep(6, scan('https://a.example/closed'));
      await store.delete(6);
      await vi.runAllTimersAsync();
      expect(await new TabScanStore(area).get(5)).toEqual(scan('https://a.example/new'));
      expect(await new TabScanStore(area).get(6)).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps working in memory when session storage refuses', async () => {
    const area = memoryArea();
    area.set = async () => {
      throw new Error('QUOTA_BYTES quota exceeded');
    };
    const store = new TabScanStore(area);
    await store.set(3, scan('https://a.example/x'));
    expect(await store.get(3)).toEqual(scan('https://a.example/x'));
  });
});

describe('TabScanStore in session storage', () => {
  const result = (status: MatchResult['status'], words: string): MatchResult => ({
    ...notFound('Sessions'),
    status,
    passageIds: ['r018'],
    source: 'oig-21-028',
    diff: [{ op: 'equal', text: words.repeat(20) }],
    highlights: [{ passageId: 'r018', ranges: [[0, words.length]] }],
  });
  const bigScan = (url: string, n: number): TabScan => ({
    ...scan(url),
    quotes: Array.from({ length: n }, (_, i) => ({
      quote: `We need to take away children, number ${i}`,
      result: result('verified', 'We need to take away children, '),
      span: [i * 100, i * 100 + 40] as [number, number],
    })),
  });

  it('writes each quotation as offsets, verdict, words and attribution, never whole results, and no query or fragment', async () => {
    const area = memoryArea();
    const full = bigScan('https://a.example/story?session=SECRET#part-2', 2000);
    await new TabScanStore(area).set(1, full);
    const written = JSON.stringify([...area.items.values()]);
    expect(written).not.toContain('SECRET');
    expect(written).not.toContain('part-2');
    expect(written).not.toContain('highlights');
    // A fraction of the whole results' size: the words of each quotation and a few numbers.
    expect(written.length).toBeLessThan(JSON.stringify(full).length / 8);
    const stored = [...area.items.values()][0] as { url: string; quotes: unknown[] };
    expect(stored.url).toBe('https://a.example/story');
    expect(stored.quotes[3]).toEqual([
      300,
      340,
      'verified',
      'We need to take away children, number 3',
      'Sessions',
    ]);
  });

  it('after a worker restart, matches the quotations again (Save works), keeping a hidden verdict', async () => {
    const area = memoryArea();
    const first = new TabScanStore(area);
    await first.set(2, bigScan('https://a.example/story?id=7', 3));
    await first.markHidden(2, [1]);
    const rematch = vi.fn(async (quote: string, attributedTo: string | null) => ({
      ...result('edited', quote),
      attributedTo,
    }));
    const restarted = new TabScanStore(area, rematch);
    const back = await restarted.get(2);
    expect(rematch).toHaveBeenCalledTimes(3);
    expect(back?.url).toBe('https://a.example/story');
    expect(back?.quotes.map((q) => q.result.status)).toEqual(['edited', 'hidden', 'edited']);
    expect(back?.quotes[0]).toMatchObject({
      quote: 'We need to take away children, number 0',
      span: [0, 40],
      result: { passageIds: ['r018'], attributedTo: 'Sessions', diff: [{ op: 'equal' }] },
    });
  });

  it('tells documents apart by their full URL after a restart, though the stored URL has no query', async () => {
    const area = memoryArea();
    await new TabScanStore(area).set(3, scan('https://a.example/story?id=1'));
    const restarted = new TabScanStore(area);
    await restarted.tabLoading(3, 'https://a.example/story?id=1#comments');
    expect(area.items.size).toBe(1);
    await restarted.tabLoading(3, 'https://a.example/story?id=2');
    expect(area.items.size).toBe(0);
  });

  it('over the session quota, drops other tabs’ older scans to keep the newest', async () => {
    const area = memoryArea();
    const store = new TabScanStore(area);
    await store.set(1, { ...scan('https://a.example/1'), scannedAt: 1 });
    await store.set(2, { ...scan('https://a.example/2'), scannedAt: 2 });
    const set = area.set.bind(area);
    area.set = async (items) => {
      if (area.items.size >= 2) throw new Error('QUOTA_BYTES quota exceeded');
      await set(items);
    };
    await store.set(3, { ...scan('https://a.example/3'), scannedAt: 3 });
    expect([...area.items.keys()].sort()).toEqual(['tabScan:2', 'tabScan:3']);
  });
});
