/**
 * Content script entry. Registers the explicit-check and focus listeners first (synchronously, so a
 * message sent right after an on-demand injection is heard), then runs the gated scan.
 */
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { onMessageToTab } from '@/utils/messaging';
import { ContentApp } from './app';
import { showCheck } from './explicit-card';
import { focusQuote } from './focus';
import { mark } from './timing';

/** A previous injection's stop function in this isolated world, called before a new one starts. */
const INSTANCE = Symbol.for('verbatim.content.app');
type WithInstance = typeof globalThis & { [INSTANCE]?: { app: ContentApp; stop(): void } };

/**
 * WXT stops a content script when a newer one of the same name announces itself with an event on the
 * document. The page can dispatch that event too (its name is public: the extension id and the script's
 * name), so it is stopped before it reaches WXT's listener while this extension is alive. A re-injection
 * in this world stops its predecessor itself (INSTANCE); an orphan left by an extension update, whose
 * runtime is gone, still lets the event through and stops.
 */
function ignoreForgedRestarts(ctx: ContentScriptContext): void {
  const type = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string })
    .SCRIPT_STARTED_MESSAGE_TYPE;
  const guard = (event: Event) => {
    if (browser.runtime?.id) event.stopImmediatePropagation();
  };
  window.addEventListener(type, guard, { capture: true, signal: ctx.signal });
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT would also post its start message to the page, naming the extension id.
  noScriptStartedPostMessage: true,
  main(ctx) {
    mark('start');
    const world = globalThis as WithInstance;
    world[INSTANCE]?.stop();
    ignoreForgedRestarts(ctx);
    const app = new ContentApp(ctx);
    world[INSTANCE] = { app, stop: () => ctx.abort('replaced by a new injection') };

    const fromExtension = (sender: { id?: string }) => sender.id === browser.runtime.id;
    const removers = [
      onMessageToTab('showCheck', ({ data, sender }) => {
        if (fromExtension(sender) && data && typeof data === 'object') showCheck(data);
      }),
      onMessageToTab('focusQuote', ({ data, sender }) =>
        fromExtension(sender) && Number.isInteger(data?.index) ? focusQuote(app.badges, data.index) : false,
      ),
      app.watchSiteSwitch(),
    ];
    // The event only says "look again": the app compares the URL itself (a page can dispatch it too).
    ctx.addEventListener(window, 'wxt:locationchange', () => app.onLocationChange());
    ctx.onInvalidated(() => {
      for (const remove of removers) remove();
      app.stop();
      if (world[INSTANCE]?.app === app) delete world[INSTANCE];
    });
    void app.start();
  },
});
