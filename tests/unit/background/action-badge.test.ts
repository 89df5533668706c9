import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  ACTION_BADGES,
  actionBadgeFor,
  attentionBadge,
  showOnAction,
} from '@/entrypoints/background/action-badge';
import { type AttributionCheck, type MatchResult, VERDICTS, type Verdict } from '@/lib/types';
import type { TabScan } from '@/utils/domain';
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

describe('the toolbar count', () => {
  const scanOf = (results: Array<[Verdict, AttributionCheck]>, enabled = true): TabScan => ({
    url: 'https://news.example/a',
    title: 'A',
    article: true,
    enabled,
    scannedAt: 1,
    quotes: results.map(([status, attribution], i) => ({
      quote: `q${i}`,
      result: { ...(ok(status) as { result: MatchResult }).result, attribution },
    })),
  });

  it('counts altered, partly found and wrong-speaker quotations; verified, edited, other and not found do not count', () => {
    const badge = attentionBadge(
      scanOf([
        ['verified', 'ok'],
        ['altered', 'unknown'],
        ['partial', 'unknown'],
        ['verified', 'mismatch'],
        ['edited', 'mismatch'],
        ['edited', 'ok'],
        ['elsewhere', 'mismatch'],
        ['not-found', 'unknown'],
      ]),
    );
    expect(badge.text).toBe('4');
    expect(badge.title).toContain('4 quotations on this page need attention');
  });

  it('a count of zero is no badge; a switched-off site or no scan neither', () => {
    expect(attentionBadge(scanOf([['verified', 'ok']])).text).toBe('');
    expect(attentionBadge(scanOf([['altered', 'ok']], false)).text).toBe('');
    expect(attentionBadge(null).text).toBe('');
  });
});
