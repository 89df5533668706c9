/**
 * Host access for the content scripts. Chrome grants a content script's `matches` at install (unless the
 * user restricts site access); Firefox treats MV3 host permissions, these included, as optional: the user
 * may never grant them, or revoke them per site. Without them the badges silently never appear, so the
 * popup and the welcome page ask here.
 *
 * `permissions.request` must run inside the user's click: Firefox refuses it after any `await` in the
 * handler. `requestSiteAccess` therefore calls it synchronously; compute its origins before the click.
 */
import { browser } from 'wxt/browser';

type Manifest = { content_scripts?: Array<{ matches?: string[] }> };

/** Every origin pattern the content scripts match (the manifest's `content_scripts[].matches`). */
export function contentScriptOrigins(
  manifest: Manifest = browser.runtime.getManifest() as Manifest,
): string[] {
  return [...new Set((manifest.content_scripts ?? []).flatMap((c) => c.matches ?? []))];
}

/** The match pattern for one page's site (`https://example.com/*`), or null when no content script runs there. */
export function siteOrigin(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return `${u.protocol}//${u.hostname}/*`;
  } catch {
    return null;
  }
}

/** Whether the content scripts may run on `url`'s site; without a URL, whether they may run everywhere. */
export function hasSiteAccess(url?: string | null): Promise<boolean> {
  const origin = siteOrigin(url);
  return browser.permissions.contains({ origins: origin ? [origin] : contentScriptOrigins() });
}

/** Asks for `origins` (default: every site the content scripts match). Call it straight from a click. */
export function requestSiteAccess(origins: string[] = contentScriptOrigins()): Promise<boolean> {
  return browser.permissions.request({ origins });
}

export interface SiteAccessApi {
  has(url?: string | null): Promise<boolean>;
  request(origins?: string[]): Promise<boolean>;
  allOrigins(): string[];
  /** Reloads a tab, so the content scripts run on it once access is granted. */
  reload(tabId: number): Promise<void>;
}

export const browserSiteAccess: SiteAccessApi = {
  has: hasSiteAccess,
  request: requestSiteAccess,
  allOrigins: () => contentScriptOrigins(),
  reload: (tabId) => browser.tabs.reload(tabId),
};
