/**
 * The one path the context menu and the keyboard command share: read the selection from the tab, check
 * it, save it, show the card next to it (or on the toolbar).
 */

import { normaliseQuote } from '@/lib/text/quote-text';
import type { CheckResponse } from '@/utils/messaging/protocol';
import { type CheckServices, runCheck } from './explicit-check';
import type { PageSelection } from './read-selection';
import { type Shown, type ShowServices, showCheck } from './show-check';

export const UNREADABLE_SELECTION_MESSAGE =
  'Verbatim cannot read the selection on this page. Copy the quotation into the “Check a quote” box of the Verbatim popup.';

export interface SelectionCheckServices extends CheckServices {
  show: ShowServices;
  readSelection(tabId: number, frameId?: number): Promise<PageSelection | null>;
}

export interface SelectionRequest {
  tab: { id?: number; url?: string; title?: string };
  /** The frame the selection is in, when the browser says (context menu); else every frame is asked. */
  frameId?: number;
  /** The selected text as the browser reports it (context menu). */
  selectionText?: string;
  pageUrl?: string;
}

export interface SelectionCheckOutcome {
  response: CheckResponse;
  shown: Shown;
}

export async function checkSelectionInTab(
  services: SelectionCheckServices,
  request: SelectionRequest,
): Promise<SelectionCheckOutcome | null> {
  const tabId = request.tab.id;
  if (tabId === undefined || tabId < 0) return null;
  // The index may still be building (first check after the worker started): let it build meanwhile.
  services.corpus().catch(() => undefined);
  const page = await services.readSelection(tabId, request.frameId);
  const text = request.selectionText ?? page?.text;
  const url = request.tab.url || request.pageUrl || '';
  const target = { tabId, frameId: request.frameId ?? page?.frameId ?? 0 };

  let response: CheckResponse;
  if (text === undefined) {
    response = { ok: false, message: UNREADABLE_SELECTION_MESSAGE };
  } else {
    // The context is only kept when it surrounds these very words (the selection may have moved since).
    const sameSelection = page && normaliseQuote(page.text).includes(normaliseQuote(text).slice(0, 200));
    response = await runCheck(services, {
      text,
      url,
      title: request.tab.title || page?.title || '',
      origin: 'selection',
      ...(sameSelection && page.context ? { context: page.context } : {}),
    });
  }
  const shown = await showCheck(services.show, target, response, url);
  return { response, shown };
}
