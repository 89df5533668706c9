/**
 * Chrome: the link between the service worker and the offscreen document that answers scans. The
 * document reads pages with a real DOMParser (a worker has none) and stays up while the worker sleeps,
 * so a page never waits for the worker to start; it can use no extension API but messaging, so the
 * worker tells it the per-site switch and keeps the tabs' scans it reports (corpus changes it sees
 * itself, as the worker does: corpus-watch.ts).
 * These notices are plain runtime messages (not the typed protocol: no page ever sends or receives
 * them), accepted only from this extension's own contexts outside any tab.
 */

export const SCAN_HOST_PATH = '/offscreen.html';

export type HostNotice =
  /** worker → document: the switched-off sites changed. */
  | { verbatimHost: 'sites'; sites: string[] }
  /** document → worker: which sites are switched off (answered with a string array). */
  | { verbatimHost: 'sites?' };

export function isHostNotice(message: unknown): message is HostNotice {
  const kind = (message as { verbatimHost?: unknown } | null)?.verbatimHost;
  if (kind === 'sites') return Array.isArray((message as { sites?: unknown }).sites);
  return kind === 'sites?';
}

/** Our own extension's context, not a content script in a tab. */
export function fromOwnContext(sender: { id?: string; tab?: unknown }, extensionId: string): boolean {
  return sender.id === extensionId && !sender.tab;
}

/** The parts of `chrome.offscreen` and `chrome.runtime.getContexts` used here. */
export interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
}
export interface ContextsApi {
  getContexts(filter: { contextTypes: string[]; documentUrls: string[] }): Promise<unknown[]>;
}

/** Makes the offscreen document unless it is there (one at a time: a second create would throw). */
export function offscreenOpener(offscreen: OffscreenApi, runtime: ContextsApi, url: string) {
  let creating: Promise<void> | null = null;
  return async (): Promise<void> => {
    const open = await runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
    if (open.length > 0) return;
    creating ??= offscreen
      .createDocument({
        url,
        reasons: ['DOM_PARSER'],
        justification: 'Reads news articles (Readability) and checks their quotations off the page.',
      })
      .finally(() => {
        creating = null;
      });
    await creating;
  };
}
