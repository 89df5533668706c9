/**
 * Where the per-site switch and "Badge every quotation" live in `storage.local`, and reads of them
 * without WXT's storage layer: the content script, which every page loads, reads them with these (WXT's
 * storage module is a sixth of its bundle, compiled on every page). `utils/settings.ts` defines the same
 * items for everything else; the values are stored as they are, under these keys.
 */
export const DISABLED_SITES_KEY = 'disabledSites';
/** Checks outside this repo set this key: keep its name. */
export const BADGE_EVERY_QUOTATION_KEY = 'badgeEveryQuotation';

type Area = { get(key: string): Promise<Record<string, unknown>> };

export async function isSiteEnabledIn(area: Area, hostname: string): Promise<boolean> {
  const sites = (await area.get(DISABLED_SITES_KEY))[DISABLED_SITES_KEY];
  return !(Array.isArray(sites) && sites.includes(hostname));
}

/** "Badge every quotation": on only when stored as `true` (the default is off). */
export async function badgeEveryQuotationIn(area: Area): Promise<boolean> {
  return (await area.get(BADGE_EVERY_QUOTATION_KEY))[BADGE_EVERY_QUOTATION_KEY] === true;
}

interface StorageChanges {
  addListener(cb: (changes: Record<string, { newValue?: unknown }>, areaName: string) => void): void;
  removeListener(cb: (changes: Record<string, { newValue?: unknown }>, areaName: string) => void): void;
}

/** Calls `onChange` with the new list (a missing or odd value: none) whenever the switch list changes. */
export function watchDisabledSitesIn(
  events: StorageChanges,
  onChange: (sites: string[]) => void,
): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
    if (areaName !== 'local' || !(DISABLED_SITES_KEY in changes)) return;
    const sites = changes[DISABLED_SITES_KEY]?.newValue;
    onChange(Array.isArray(sites) ? sites.filter((s): s is string => typeof s === 'string') : []);
  };
  events.addListener(listener);
  return () => events.removeListener(listener);
}
