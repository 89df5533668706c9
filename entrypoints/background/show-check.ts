/**
 * Putting an explicit check's card in front of the user: in the page next to the selection when our
 * content script can take it (injecting it on demand where it is not running), else on the toolbar.
 */
import { browser } from 'wxt/browser';
import { sendToTab } from '@/utils/messaging';
import type { CheckResponse } from '@/utils/messaging/protocol';
import { showOnAction } from './action-badge';

export interface FrameTarget {
  tabId: number;
  frameId: number;
}

export type Shown = 'card' | 'injected-card' | 'toolbar';

export interface ShowServices {
  showCard(target: FrameTarget, response: CheckResponse): Promise<void>;
  injectContentScript(target: FrameTarget): Promise<void>;
  showOnToolbar(tabId: number, response: CheckResponse, url: string): Promise<void>;
}

/** How long to keep trying after injecting, while the fresh content script registers its listener. */
const RETRY_DELAYS_MS = [0, 50, 150, 300];

/**
 * No receiver in that frame: the content script never ran there (page loaded before install, site
 * switched off before our listener existed) or the page cannot run one at all.
 * Chrome reports this as "No response" through the messenger, Firefox as "Receiving end does not exist".
 */
export function isNoReceiver(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /No response|Receiving end does not exist|Could not establish connection/i.test(message);
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

export async function showCheck(
  services: ShowServices,
  target: FrameTarget,
  response: CheckResponse,
  url: string,
): Promise<Shown> {
  try {
    await services.showCard(target, response);
    return 'card';
  } catch (e) {
    if (!isNoReceiver(e)) {
      // Our content script is there but failed to draw: injecting a second copy would not help.
      console.error('Verbatim: the page could not show the card.', e);
      await services.showOnToolbar(target.tabId, response, url);
      return 'toolbar';
    }
  }
  try {
    await services.injectContentScript(target);
    let lastError: unknown;
    for (const delay of RETRY_DELAYS_MS) {
      if (delay) await sleep(delay);
      try {
        await services.showCard(target, response);
        return 'injected-card';
      } catch (e) {
        lastError = e;
        if (!isNoReceiver(e)) break;
      }
    }
    console.warn('Verbatim: injected the content script but it did not take the card.', lastError);
  } catch {
    // Browser pages, the PDF viewer and the extension store cannot be scripted: the toolbar it is.
  }
  await services.showOnToolbar(target.tabId, response, url);
  return 'toolbar';
}

/** The real browser APIs. */
export const browserShowServices: ShowServices = {
  async showCard(target, response) {
    await sendToTab('showCheck', response, target);
  },
  async injectContentScript(target) {
    await browser.scripting.executeScript({
      target: { tabId: target.tabId, frameIds: [target.frameId] },
      files: ['/content-scripts/content.js'],
    });
  },
  showOnToolbar: (tabId, response, url) => showOnAction(tabId, response, url),
};
