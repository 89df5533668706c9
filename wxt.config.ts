import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

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
    action: { default_title: 'Verbatim' },
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
              strict_min_version: '121.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
