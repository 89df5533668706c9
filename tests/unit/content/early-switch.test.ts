import { describe, expect, it } from 'vitest';
import { holdSiteSwitch, takeSiteSwitch } from '@/entrypoints/content/early-switch';
import { isSiteEnabledIn } from '@/utils/site-switch-key';

const area = (value: unknown) => ({
  get: async (key: string) =>
    key === 'disabledSites' && value !== undefined ? { disabledSites: value } : {},
});

describe('the switch read at document start', () => {
  it('is handed to the scan once, for the host it was read for', async () => {
    holdSiteSwitch('news.example', Promise.resolve(false));
    await expect(takeSiteSwitch('news.example')).resolves.toBe(false);
    expect(takeSiteSwitch('news.example')).toBeUndefined();
  });

  it('is not used for another host (the scan reads the switch itself)', () => {
    holdSiteSwitch('news.example', Promise.resolve(true));
    expect(takeSiteSwitch('other.example')).toBeUndefined();
    expect(takeSiteSwitch('news.example')).toBeUndefined();
  });

  it('reads the stored list: listed hosts are off, everything else (and a missing or odd value) is on', async () => {
    await expect(isSiteEnabledIn(area(['news.example']), 'news.example')).resolves.toBe(false);
    await expect(isSiteEnabledIn(area(['news.example']), 'other.example')).resolves.toBe(true);
    await expect(isSiteEnabledIn(area(undefined), 'news.example')).resolves.toBe(true);
    await expect(isSiteEnabledIn(area('news.example'), 'news.example')).resolves.toBe(true);
  });
});
