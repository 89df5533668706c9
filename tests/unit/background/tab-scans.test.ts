import { describe, expect, it, vi } from 'vitest';
import { type SessionArea, TabScanStore } from '@/entrypoints/background/tab-scans';
import type { TabScan } from '@/utils/domain';

function memoryArea(): SessionArea & { items: Map<string, unknown> } {
  const items = new Map<string, unknown>();
  return {
    items,
    async get(key) {
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
