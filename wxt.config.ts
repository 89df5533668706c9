import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/** Rendered from assets/icon.svg by scripts/render-icons.ts. */
const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };

// Permissions are the narrowest set the features need (see README, "Permissions").
export default defineConfig({
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Verbatim',
    description:
      'Checks every quotation in a news article against the source document it is attributed to, locally.',
    // `offscreen` (Chrome only): the document that reads pages off their main thread (README, Permissions).
    permissions: [
      'storage',
      'contextMenus',
      'activeTab',
      'scripting',
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    icons: ICONS,
    action: { default_title: 'Verbatim', default_icon: ICONS },
    commands: {
      'verify-selection': {
        suggested_key: { default: 'Alt+Shift+V' },
        description: 'Verify the selected quotation',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'verbatim@verbatim.invalid',
              // data_collection_permissions is read from Firefox 140 on (the key the store asks for).
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
