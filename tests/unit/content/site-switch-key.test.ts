import { describe, expect, it } from 'vitest';
import { badgeEveryQuotationIn, isSiteEnabledIn, watchDisabledSitesIn } from '@/utils/site-switch-key';

const area = (values: Record<string, unknown>) => ({
  get: async (key: string) => (key in values ? { [key]: values[key] } : {}),
});

type Listener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => void;
function changeEvents() {
  const listeners = new Set<Listener>();
  return {
    addListener: (l: Listener) => void listeners.add(l),
    removeListener: (l: Listener) => void listeners.delete(l),
    fire: (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
      for (const l of listeners) l(changes, areaName);
    },
    get size() {
      return listeners.size;
    },
  };
}

describe('the settings the content script reads without WXT storage', () => {
  it('reads the stored list: listed hosts are off, everything else (and a missing or odd value) is on', async () => {
    await expect(isSiteEnabledIn(area({ disabledSites: ['news.example'] }), 'news.example')).resolves.toBe(
      false,
    );
    await expect(isSiteEnabledIn(area({ disabledSites: ['news.example'] }), 'other.example')).resolves.toBe(
      true,
    );
    await expect(isSiteEnabledIn(area({}), 'news.example')).resolves.toBe(true);
    await expect(isSiteEnabledIn(area({ disabledSites: 'news.example' }), 'news.example')).resolves.toBe(
      true,
    );
  });

  it('badges every quotation only when the setting is stored as true', async () => {
    await expect(badgeEveryQuotationIn(area({ badgeEveryQuotation: true }))).resolves.toBe(true);
    await expect(badgeEveryQuotationIn(area({ badgeEveryQuotation: false }))).resolves.toBe(false);
    await expect(badgeEveryQuotationIn(area({ badgeEveryQuotation: 'true' }))).resolves.toBe(false);
    await expect(badgeEveryQuotationIn(area({}))).resolves.toBe(false);
  });

  it('hears changes of the switch list in local storage only, until unwatched', () => {
    const events = changeEvents();
    const seen: string[][] = [];
    const stop = watchDisabledSitesIn(events, (sites) => seen.push(sites));
    events.fire({ disabledSites: { newValue: ['news.example', 3] } }, 'local');
    events.fire({ disabledSites: { newValue: ['ignored.example'] } }, 'sync');
    events.fire({ badgeEveryQuotation: { newValue: true } }, 'local');
    events.fire({ disabledSites: {} }, 'local');
    stop();
    events.fire({ disabledSites: { newValue: ['late.example'] } }, 'local');
    expect(seen).toEqual([['news.example'], []]);
    expect(events.size).toBe(0);
  });
});
