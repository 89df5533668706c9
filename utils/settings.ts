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
