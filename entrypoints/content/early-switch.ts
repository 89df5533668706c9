/**
 * The per-site switch, read as the page starts loading (by the tiny `site-switch` content script, in the
 * same isolated world) and handed to the scan at document idle. By then the storage answer is waiting, so
 * the scan neither makes that round trip on its critical path (5–40 ms here while a page loads) nor does
 * any work at all on a site that is switched off.
 */
const EARLY = Symbol.for('verbatim.content.siteSwitch');
type WithEarly = typeof globalThis & { [EARLY]?: { hostname: string; enabled: Promise<boolean> } };

export function holdSiteSwitch(hostname: string, enabled: Promise<boolean>): void {
  // A failed read is taken again by the scan, which then reads the switch itself.
  enabled.catch(() => undefined);
  (globalThis as WithEarly)[EARLY] = { hostname, enabled };
}

/** The switch read at document start for `hostname`, once; undefined when there is none (injected later). */
export function takeSiteSwitch(hostname: string): Promise<boolean> | undefined {
  const world = globalThis as WithEarly;
  const early = world[EARLY];
  delete world[EARLY];
  return early?.hostname === hostname ? early.enabled : undefined;
}
