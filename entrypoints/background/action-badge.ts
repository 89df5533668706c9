/**
 * The toolbar fallback for pages nothing can be injected into (browser pages, the PDF viewer, the
 * extension store): the verdict as badge text on the action icon with a spelled-out title, and the
 * check kept as `latestCheck` so the popup opens on its card.
 */
import { browser } from 'wxt/browser';
import { shownVerdict } from '@/components/card/verdict-text';
import type { MatchResult, Verdict } from '@/lib/types';
import type { TabScan } from '@/utils/domain';
import { latestCheck } from '@/utils/latest-check';
import type { CheckResponse } from '@/utils/messaging/protocol';

/** Badge text is a symbol (4 characters at most fit); the title always says the verdict in words. */
export const ACTION_BADGES: Record<Verdict, { text: string; label: string; color: string }> = {
  verified: { text: '✓', label: 'Verified', color: '#1b6e3a' },
  edited: { text: '✓…', label: 'Edited', color: '#1b5e8a' },
  altered: { text: '≠', label: 'Altered', color: '#a33a00' },
  partial: { text: '½', label: 'Partly found', color: '#8a5a00' },
  elsewhere: { text: '↗', label: 'In another source', color: '#5a4a8a' },
  phrase: { text: '…', label: 'Phrase only (too short to verify)', color: '#555555' },
  'not-found': { text: '?', label: 'Not found in the corpus', color: '#555555' },
  hidden: { text: '⚠', label: 'The page hides part of the quoted text', color: '#8a1c1c' },
};

const MESSAGE_BADGE = { text: '!', color: '#555555' };

function excerpt(quote: string, max = 80): string {
  return quote.length > max ? `${quote.slice(0, max - 1)}…` : quote;
}

export function actionBadgeFor(response: CheckResponse): { text: string; title: string; color: string } {
  if (!response.ok) {
    return { text: MESSAGE_BADGE.text, color: MESSAGE_BADGE.color, title: `Verbatim: ${response.message}` };
  }
  const badge = ACTION_BADGES[response.result.status];
  return {
    text: badge.text,
    color: badge.color,
    title: `Verbatim: ${badge.label} — “${excerpt(response.quote)}”. Open Verbatim to see the card.`,
  };
}

/** Shows `response` on the action for `tabId` and keeps it for the popup. */
export async function showOnAction(
  tabId: number,
  response: CheckResponse,
  url: string,
  now: number = Date.now(),
): Promise<void> {
  await latestCheck.setValue({ ...response, url, at: now });
  const badge = actionBadgeFor(response);
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: badge.text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: badge.color }),
    browser.action.setTitle({ tabId, title: badge.title }),
  ]);
}

/** Verdicts a reader should look at: words changed, only partly found, or put in another mouth. */
export function needsAttention(result: Pick<MatchResult, 'status' | 'attribution'>): boolean {
  const shown = shownVerdict(result.status, result.attribution);
  return shown === 'altered' || shown === 'partial' || shown === 'wrong-speaker';
}

const ATTENTION_COLOR = '#8a5d00';

/** The toolbar summary of a page's scan: how many quotations need attention; none is no badge at all. */
export function attentionBadge(scan: TabScan | null): { text: string; title: string } {
  const count = scan?.enabled ? scan.quotes.filter((q) => needsAttention(q.result)).length : 0;
  if (count === 0) {
    const checked = scan?.enabled ? scan.quotes.length : 0;
    return {
      text: '',
      title:
        checked > 0
          ? `Verbatim: ${checked} quotation${checked === 1 ? '' : 's'} checked, none needs attention`
          : 'Verbatim',
    };
  }
  return {
    text: String(count),
    title: `Verbatim: ${count} quotation${count === 1 ? '' : 's'} on this page need${count === 1 ? 's' : ''} attention (altered, partly found or wrong speaker)`,
  };
}

const TAB_SCAN_KEY = /^tabScan:(\d+)$/;

/**
 * Keeps each tab's toolbar badge in step with the background's record of its scan: TabScanStore writes
 * each scan to session storage after keeping it in memory, so a write is the signal to read the scan
 * (whole, from the store) again; a removed one clears the badge.
 */
export function watchTabScansOnAction(scans: { get(tabId: number): Promise<TabScan | null> }): void {
  browser.storage.session.onChanged.addListener((changes) => {
    for (const [key, change] of Object.entries(changes)) {
      const tabId = Number(TAB_SCAN_KEY.exec(key)?.[1] ?? Number.NaN);
      if (!Number.isInteger(tabId)) continue;
      const read = change.newValue === undefined ? Promise.resolve(null) : scans.get(tabId);
      void read.then((scan) => showAttention(tabId, attentionBadge(scan)));
    }
  });
}

function showAttention(tabId: number, badge: { text: string; title: string }): void {
  Promise.all([
    browser.action.setBadgeText({ tabId, text: badge.text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: ATTENTION_COLOR }),
    browser.action.setTitle({ tabId, title: badge.title }),
  ]).catch(() => {
    // The tab closed meanwhile: nothing to show it on.
  });
}
