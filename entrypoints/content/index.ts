/**
 * Content script entry. Registers the explicit-check and focus listeners first (synchronously, so a
 * message sent right after an on-demand injection is heard), then runs the gated scan.
 */
import { onMessageToTab } from '@/utils/messaging';
import { ContentApp } from './app';
import { showCheck } from './explicit-card';
import { focusQuote } from './focus';

/** A previous injection's app in this isolated world, stopped before a new one starts (never two at once). */
const INSTANCE = Symbol.for('verbatim.content.app');
type WithInstance = typeof globalThis & { [INSTANCE]?: ContentApp };

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    performance.mark('verbatim:start');
    const world = globalThis as WithInstance;
    world[INSTANCE]?.stop();
    const app = new ContentApp(ctx);
    world[INSTANCE] = app;

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
    ctx.addEventListener(window, 'wxt:locationchange', () => app.onLocationChange());
    ctx.onInvalidated(() => {
      for (const remove of removers) remove();
      app.stop();
      if (world[INSTANCE] === app) delete world[INSTANCE];
    });
    void app.start();
  },
});
