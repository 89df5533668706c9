/**
 * The latest explicit check, in session storage. Its own module: content scripts import the settings,
 * and a content script may not touch `storage.session` (defining the item there logged an error on
 * every page).
 */
import { storage } from '#imports';

/**
 * For pages where nothing can be injected (browser pages, PDF viewer):
 * the background sets the action badge and the popup opens on this record.
 */
export const latestCheck = storage.defineItem<
  (import('./messaging/protocol').CheckResponse & { url: string; at: number }) | null
>('session:latestCheck', { fallback: null });
