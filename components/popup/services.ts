/**
 * Everything the popup asks of the browser and the background, behind one interface so the components
 * can be tested with plain fakes. The popup's knowledge of the page comes only from the background's
 * own scan (getTabScan), never from the page's DOM, where a page could draw fake badges.
 */
import { browser } from 'wxt/browser';
import type { VerificationRecord } from '@/utils/db';
import type { TabScan } from '@/utils/domain';
import type { CheckResponse } from '@/utils/messaging/protocol';

export interface ActiveTab {
  id: number;
  /** Only known when the popup was opened on the tab (activeTab) or the page is the extension's. */
  url: string | null;
  title: string | null;
}

export type LatestCheck = CheckResponse & { url: string; at: number };

export interface PopupServices {
  activeTab(): Promise<ActiveTab | null>;
  getTabScan(tabId: number): Promise<TabScan | null>;
  saveTabScan(tabId: number): Promise<{ saved: number }>;
  /** Scrolls the page to quotation `index` of its scan and opens its card. */
  focusQuote(tabId: number, index: number): Promise<boolean>;
  checkText(text: string, page: { url: string; title: string }): Promise<CheckResponse>;
  isSiteEnabled(hostname: string): Promise<boolean>;
  setSiteEnabled(hostname: string, enabled: boolean): Promise<void>;
  /** The latest saved verifications, newest first. */
  recent(limit: number): Promise<VerificationRecord[]>;
  latestCheck(): Promise<LatestCheck | null>;
  /** What the popup calls each of these documents (by source id): its short name, else its title. */
  documentNames?(ids: string[]): Promise<Record<string, string>>;
  /** Marks saved check `id` as looking wrong to the reader, with their reason. */
  disputeRecord(id: number, reason: string): Promise<void>;
  openLibrary(): Promise<void>;
  closePopup(): void;
}

export function browserServices(): PopupServices {
  // Loaded on first use so the popup paints before Dexie and the storage wrappers are evaluated.
  const db = import('@/utils/db').then(({ openDatabase }) => openDatabase());
  const settings = import('@/utils/settings');
  const messaging = import('@/utils/messaging');
  return {
    async activeTab() {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) return null;
      return { id: tab.id, url: tab.url ?? null, title: tab.title ?? null };
    },
    async getTabScan(tabId) {
      return (await messaging).sendToBackground('getTabScan', { tabId });
    },
    async saveTabScan(tabId) {
      return (await messaging).sendToBackground('saveTabScan', { tabId });
    },
    async focusQuote(tabId, index) {
      return (await messaging).sendToTab('focusQuote', { index }, tabId);
    },
    async checkText(text, page) {
      return (await messaging).sendToBackground('checkText', {
        text,
        url: page.url,
        title: page.title,
        origin: 'popup',
      });
    },
    async isSiteEnabled(hostname) {
      return (await settings).isSiteEnabled(hostname);
    },
    async setSiteEnabled(hostname, enabled) {
      return (await settings).setSiteEnabled(hostname, enabled);
    },
    async recent(limit) {
      return (await db).verifications.orderBy('updatedAt').reverse().limit(limit).toArray();
    },
    async documentNames(ids) {
      const { shortTitle } = await import('@/components/card/parts/SourceLine');
      const names: Record<string, string> = {};
      for (const source of await (await db).sources.bulkGet(ids))
        if (source) names[source.id] = source.shortName ?? shortTitle(source);
      return names;
    },
    async latestCheck() {
      return (await import('@/utils/latest-check')).latestCheck.getValue();
    },
    async disputeRecord(id, reason) {
      const { setDisputed } = await import('@/components/library/records-store');
      await setDisputed(await db, id, { reason });
    },
    async openLibrary() {
      await browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
    },
    closePopup() {
      window.close();
    },
  };
}
