/**
 * The background's own record of what it matched in each tab: the popup's authoritative view and the
 * source of truth when a badge asks to save its verification. Kept in memory and in session storage,
 * so a service-worker restart keeps it; dropped when the tab closes or loads another page.
 */
import type { TabScan } from '@/utils/domain';

/** The part of `storage.session` used here (a fake in unit tests). */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const keyOf = (tabId: number) => `tabScan:${tabId}`;

/** The document a URL loads: the fragment does not change it (in-page links, anchors). */
const documentOf = (url: string) => url.split('#')[0];

export class TabScanStore {
  readonly #memory = new Map<number, TabScan>();

  constructor(private readonly area: SessionArea) {}

  async get(tabId: number): Promise<TabScan | null> {
    const cached = this.#memory.get(tabId);
    if (cached) return cached;
    try {
      const stored = (await this.area.get(keyOf(tabId)))[keyOf(tabId)] as TabScan | undefined;
      if (stored) this.#memory.set(tabId, stored);
      return stored ?? null;
    } catch (e) {
      console.warn('Verbatim: could not read a tab scan from session storage.', e);
      return null;
    }
  }

  async set(tabId: number, scan: TabScan): Promise<void> {
    this.#memory.set(tabId, scan);
    try {
      await this.area.set({ [keyOf(tabId)]: scan });
    } catch (e) {
      // Over the session quota: the scan still lives in memory until the worker stops.
      console.warn('Verbatim: could not keep a tab scan in session storage.', e);
    }
  }

  /**
   * For a reply on the critical path: the scan is in memory (authoritative) at once, and written to
   * session storage on a later task, so the structured clone of the write does not delay the reply.
   * A scan replaced or deleted meanwhile is not written.
   */
  keep(tabId: number, scan: TabScan): void {
    this.#memory.set(tabId, scan);
    setTimeout(() => {
      if (this.#memory.get(tabId) === scan) void this.set(tabId, scan);
    }, 0);
  }

  async delete(tabId: number): Promise<void> {
    this.#memory.delete(tabId);
    try {
      await this.area.remove(keyOf(tabId));
    } catch (e) {
      console.warn('Verbatim: could not remove a tab scan from session storage.', e);
    }
  }

  /**
   * A tab started loading. Its scan belongs to the previous document unless only the fragment changed;
   * a reload or an unknown URL drops it too (the content script rescans what it can).
   */
  async tabLoading(tabId: number, url: string | undefined): Promise<void> {
    const scan = await this.get(tabId);
    if (!scan) return;
    if (url !== undefined && documentOf(url) === documentOf(scan.url)) return;
    await this.delete(tabId);
  }
}
