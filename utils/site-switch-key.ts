/**
 * Where the per-site switch lives in `storage.local`, and a read of it without WXT's storage layer: the
 * document-start script that runs on every page reads it with this (10 KB less to load there).
 * `utils/settings.ts` defines the same item for everything else.
 */
export const DISABLED_SITES_KEY = 'disabledSites';

export async function isSiteEnabledIn(
  area: { get(key: string): Promise<Record<string, unknown>> },
  hostname: string,
): Promise<boolean> {
  const sites = (await area.get(DISABLED_SITES_KEY))[DISABLED_SITES_KEY];
  return !(Array.isArray(sites) && sites.includes(hostname));
}
