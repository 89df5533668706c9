/** User settings kept with WXT storage (extension storage, not the page's). */
import { storage } from '#imports';
import { DISABLED_SITES_KEY } from './site-switch-key';

/** Hostnames where the user switched Verbatim off. Default: on everywhere. */
export const disabledSites = storage.defineItem<string[]>(`local:${DISABLED_SITES_KEY}`, {
  fallback: [],
});

export async function isSiteEnabled(hostname: string): Promise<boolean> {
  return !(await disabledSites.getValue()).includes(hostname);
}

export async function setSiteEnabled(hostname: string, enabled: boolean): Promise<void> {
  const current = await disabledSites.getValue();
  const next = enabled ? current.filter((h) => h !== hostname) : [...new Set([...current, hostname])];
  await disabledSites.setValue(next);
}

/**
 * The latest explicit check, for pages where nothing can be injected (browser pages, PDF viewer):
 * the background sets the action badge and the popup opens on this record.
 */
export const latestCheck = storage.defineItem<
  (import('./messaging/protocol').CheckResponse & { url: string; at: number }) | null
>('session:latestCheck', { fallback: null });

/** Badge every quotation, including one- and two-word fragments that are in no source (default: off). */
export const badgeEveryQuotation = storage.defineItem<boolean>('local:badgeEveryQuotation', {
  fallback: false,
});
