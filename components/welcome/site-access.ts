/**
 * Access to the sites the content scripts run on. Chrome grants it at install; Firefox treats MV3 host
 * permissions as optional, so the reader may have to grant it once (from a click: browsers require one).
 */
import { browser } from 'wxt/browser';

/** The origins the manifest's content scripts match. */
export function contentScriptOrigins(): string[] {
  const scripts = browser.runtime.getManifest().content_scripts ?? [];
  return [...new Set(scripts.flatMap((s) => s.matches ?? []))];
}

export interface SiteAccess {
  granted(): Promise<boolean>;
  request(): Promise<boolean>;
}

export const browserSiteAccess: SiteAccess = {
  async granted() {
    const origins = contentScriptOrigins();
    return origins.length === 0 || browser.permissions.contains({ origins });
  },
  request() {
    return browser.permissions.request({ origins: contentScriptOrigins() });
  },
};
