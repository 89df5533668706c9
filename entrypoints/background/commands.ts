/** The keyboard command (manifest `commands`, Alt+Shift+V by default, user-changeable). */
import { browser } from 'wxt/browser';
import type { SelectionRequest } from './selection-check';

export const VERIFY_COMMAND = 'verify-selection';

/**
 * The check request for our command: the tab it was pressed in (some browsers omit it; then the active
 * tab of the last focused window). The selection is read from the page, whichever frame holds it.
 */
export async function requestFromCommand(
  command: string,
  tab: SelectionRequest['tab'] | undefined,
): Promise<SelectionRequest | null> {
  if (command !== VERIFY_COMMAND) return null;
  const target =
    tab?.id !== undefined ? tab : (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0];
  if (target?.id === undefined) return null;
  return { tab: target };
}
