/** User settings kept with WXT storage (extension storage, not the page's). */
import { storage } from '#imports';
import { BADGE_EVERY_QUOTATION_KEY, DISABLED_SITES_KEY } from './site-switch-key';

/** Hostnames where the user switched Verbatim off. Default: on everywhere. */
export const disabledSites = storage.defineItem<string[]>(`local:${DISABLED_SITES_KEY}`, {
  fallback: [],
});

/**
 * Badge every quotation, also on pages that are not about a source in the corpus (lib/relevance.ts).
 * Default: only pages about the corpus get badges. Checks outside this repo set this key: keep its name.
 */
export const badgeEveryQuotation = storage.defineItem<boolean>(`local:${BADGE_EVERY_QUOTATION_KEY}`, {
  fallback: false,
});

export async function isSiteEnabled(hostname: string): Promise<boolean> {
  return !(await disabledSites.getValue()).includes(hostname);
}

export async function setSiteEnabled(hostname: string, enabled: boolean): Promise<void> {
  const current = await disabledSites.getValue();
  const next = enabled ? current.filter((h) => h !== hostname) : [...new Set([...current, hostname])];
  await disabledSites.setValue(next);
}
