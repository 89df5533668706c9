/**
 * Runs at document start on the pages the main content script runs on, and only reads the per-site
 * switch (see content/early-switch.ts for why).
 */
import { browser } from 'wxt/browser';
import { isSiteEnabledIn } from '@/utils/site-switch-key';
import { holdSiteSwitch } from './content/early-switch';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_start',
  // WXT would also post its start message to the page, naming the extension id.
  noScriptStartedPostMessage: true,
  main() {
    holdSiteSwitch(location.hostname, isSiteEnabledIn(browser.storage.local, location.hostname));
  },
});
