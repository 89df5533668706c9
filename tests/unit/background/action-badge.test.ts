import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ACTION_BADGES, actionBadgeFor, showOnAction } from '@/entrypoints/background/action-badge';
import { VERDICTS } from '@/lib/types';
import { latestCheck } from '@/utils/latest-check';
import type { CheckResponse } from '@/utils/messaging/protocol';

const ok = (status: (typeof VERDICTS)[number]): CheckResponse => ({
  ok: true,
  recordId: 1,
  quote: 'We need to take away children',
  result: {
    status,
    passageIds: [],
    source: null,
    page: null,
    speaker: null,
    evidence: null,
    attributedTo: null,
    attribution: 'unknown',
    edits: [],
    diff: [],
    highlights: [],
    coverage: 0,
  },
  passages: {},
  sources: {},
  corpus: { version: 'v', passageCount: 1, reportPassageCount: 1, hasFullText: false },
});

beforeEach(() => fakeBrowser.reset());

describe('the toolbar fallback', () => {
  it.each(VERDICTS)('%s: a short badge and a title that says the verdict in words', (status) => {
    const badge = actionBadgeFor(ok(status));
    expect([...badge.text].length).toBeGreaterThan(0);
    expect([...badge.text].length).toBeLessThanOrEqual(4);
    expect(badge.title).toContain(ACTION_BADGES[status].label);
    expect(badge.title).toContain('We need to take away children');
  });

  it('gives every verdict its own badge text', () => {
    expect(new Set(VERDICTS.map((v) => ACTION_BADGES[v].text)).size).toBe(VERDICTS.length);
  });

  it('shows a refused selection as "!" with the message', () => {
    expect(actionBadgeFor({ ok: false, message: 'Select the words.' })).toMatchObject({
      text: '!',
      title: 'Verbatim: Select the words.',
    });
  });

  it('sets the badge for that tab only and keeps the check for the popup', async () => {
    const setBadgeText = vi.spyOn(fakeBrowser.action, 'setBadgeText').mockResolvedValue();
    vi.spyOn(fakeBrowser.action, 'setBadgeBackgroundColor').mockResolvedValue();
    const setTitle = vi.spyOn(fakeBrowser.action, 'setTitle').mockResolvedValue();
    const response = ok('altered');
    await showOnAction(12, response, 'chrome://settings/', 777);
    expect(setBadgeText).toHaveBeenCalledWith({ tabId: 12, text: ACTION_BADGES.altered.text });
    expect(setTitle).toHaveBeenCalledWith({ tabId: 12, title: expect.stringContaining('Altered') });
    expect(await latestCheck.getValue()).toEqual({ ...response, url: 'chrome://settings/', at: 777 });
  });
});
