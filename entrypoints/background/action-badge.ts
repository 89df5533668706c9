/**
 * The toolbar fallback for pages nothing can be injected into (browser pages, the PDF viewer, the
 * extension store): the verdict as badge text on the action icon with a spelled-out title, and the
 * check kept as `latestCheck` so the popup opens on its card.
 */
import { browser } from 'wxt/browser';
import type { Verdict } from '@/lib/types';
import { latestCheck } from '@/utils/latest-check';
import type { CheckResponse } from '@/utils/messaging/protocol';

/** Badge text is a symbol (4 characters at most fit); the title always says the verdict in words. */
export const ACTION_BADGES: Record<Verdict, { text: string; label: string; color: string }> = {
  verified: { text: '✓', label: 'Verified', color: '#1b6e3a' },
  edited: { text: '✓…', label: 'Edited', color: '#1b5e8a' },
  altered: { text: '≠', label: 'Altered', color: '#a33a00' },
  partial: { text: '½', label: 'Partly found', color: '#8a5a00' },
  elsewhere: { text: '↗', label: 'Said elsewhere', color: '#5a4a8a' },
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
