/**
 * The content script's stage times (entrypoints/content/timing.ts), read in its isolated world through the
 * DevTools protocol: pages cannot see them, and neither can page.evaluate. Nothing test-only ships.
 */
import type { CDPSession, Page } from 'playwright-core';

export interface ContentTimings {
  first: Partial<Record<'start' | 'extract' | 'readability' | 'located' | 'matched' | 'scan', number>>;
  count: Partial<Record<'start' | 'extract' | 'readability' | 'located' | 'matched' | 'scan', number>>;
}

interface ContextDescription {
  id: number;
  origin: string;
  name: string;
  auxData?: { type?: string; isDefault?: boolean; frameId?: string };
}

const READ = `globalThis[Symbol.for('verbatim.timings')] ?? null`;

/** Watches a page's execution contexts from before it loads; reads the extension's isolated world. */
export class ContentWorld {
  private readonly contexts = new Map<number, ContextDescription>();

  private constructor(
    private readonly cdp: CDPSession,
    private readonly extensionId: string,
  ) {}

  static async attach(page: Page, extensionId: string): Promise<ContentWorld> {
    const cdp = await page.context().newCDPSession(page);
    const world = new ContentWorld(cdp, extensionId);
    cdp.on('Runtime.executionContextCreated', ({ context }: { context: ContextDescription }) => {
      world.contexts.set(context.id, context);
    });
    cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }: { executionContextId: number }) => {
      world.contexts.delete(executionContextId);
    });
    cdp.on('Runtime.executionContextsCleared', () => world.contexts.clear());
    await cdp.send('Runtime.enable');
    return world;
  }

  private contextId(): number | null {
    for (const c of [...this.contexts.values()].reverse()) {
      if (c.auxData?.type === 'isolated' && c.origin.includes(this.extensionId)) return c.id;
    }
    return null;
  }

  /** The timings so far; null before the content script has started. */
  async timings(): Promise<ContentTimings | null> {
    const contextId = this.contextId();
    if (contextId === null) return null;
    const { result } = (await this.cdp.send('Runtime.evaluate', {
      expression: READ,
      contextId,
      returnByValue: true,
    })) as { result: { value: ContentTimings | null } };
    return result.value;
  }

  /**
   * Resolves with the timings once `stage` is reached, waiting inside the isolated world (a timer there,
   * not polling from here, so nothing runs on the page's main thread in between but a cheap check).
   */
  async when(stage: keyof ContentTimings['first'], timeoutMs = 20_000): Promise<ContentTimings> {
    const deadline = Date.now() + timeoutMs;
    let contextId = this.contextId();
    while (contextId === null) {
      if (Date.now() > deadline) throw new Error('the content script never started');
      await new Promise((r) => setTimeout(r, 20));
      contextId = this.contextId();
    }
    const { result, exceptionDetails } = (await this.cdp.send('Runtime.evaluate', {
      expression: `new Promise((resolve, reject) => {
        const until = Date.now() + ${Math.max(0, deadline - Date.now())};
        const look = () => {
          const t = ${READ};
          if (t && t.first[${JSON.stringify(stage)}] !== undefined) resolve(t);
          else if (Date.now() > until) reject(new Error('no ${stage} stage'));
          else setTimeout(look, 10);
        };
        look();
      })`,
      contextId,
      returnByValue: true,
      awaitPromise: true,
    })) as { result: { value: ContentTimings }; exceptionDetails?: { text: string } };
    if (exceptionDetails) throw new Error(exceptionDetails.text);
    return result.value;
  }

  async detach(): Promise<void> {
    await this.cdp.detach().catch(() => undefined);
  }
}
