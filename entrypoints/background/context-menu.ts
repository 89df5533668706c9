/** "Verify quote with Verbatim" on any text selection. Its id is a contract: outside checks dispatch it. */
import { browser } from 'wxt/browser';
import type { SelectionRequest } from './selection-check';

export const VERIFY_MENU_ID = 'verify-quote';
export const VERIFY_MENU_TITLE = 'Verify quote with Verbatim';

/** Menu items persist across worker restarts: create on install/update (after clearing the old ones). */
export async function createContextMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create(
    { id: VERIFY_MENU_ID, title: VERIFY_MENU_TITLE, contexts: ['selection'] },
    () => {
      // Reading lastError marks it handled; an error here means the item already exists, which is fine.
      void browser.runtime.lastError;
    },
  );
}

interface MenuClick {
  menuItemId: string | number;
  selectionText?: string;
  pageUrl?: string;
  frameId?: number;
}

/** The check request a click on our item makes, or null for other items or clicks without a tab. */
export function requestFromMenuClick(
  info: MenuClick,
  tab: SelectionRequest['tab'] | undefined,
): SelectionRequest | null {
  if (info.menuItemId !== VERIFY_MENU_ID || tab?.id === undefined) return null;
  return {
    tab,
    ...(info.frameId !== undefined ? { frameId: info.frameId } : {}),
    ...(info.selectionText !== undefined ? { selectionText: info.selectionText } : {}),
    ...(info.pageUrl !== undefined ? { pageUrl: info.pageUrl } : {}),
  };
}
