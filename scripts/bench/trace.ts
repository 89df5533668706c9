/**
 * The page's main-thread tasks, from a Chromium trace: what Verbatim costs the page itself, whatever the
 * wall-clock time (waiting for the extension's other processes is not the page's time).
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string } };
}

export interface MainThreadTasks {
  /** Sum of the main thread's tasks that overlap the window, in ms (a task is counted whole). */
  totalMs: number;
  longestMs: number;
  count: number;
}

const CATEGORIES = [
  'disabled-by-default-devtools.timeline',
  'devtools.timeline',
  'blink.user_timing',
  'toplevel',
];

export class PageTrace {
  private events: TraceEvent[] = [];
  private constructor(private readonly cdp: CDPSession) {
    cdp.on('Tracing.dataCollected', (e) => {
      this.events.push(...(e.value as unknown as TraceEvent[]));
    });
  }

  /** Starts tracing `page` (before it navigates, so the content script's injection is in the trace). */
  static async start(
    context: BrowserContext,
    page: Page,
    extraCategories: string[] = [],
  ): Promise<PageTrace> {
    const cdp = await context.newCDPSession(page);
    const trace = new PageTrace(cdp);
    await cdp.send('Tracing.start', {
      transferMode: 'ReportEvents',
      traceConfig: { includedCategories: [...CATEGORIES, ...extraCategories], excludedCategories: ['*'] },
    });
    return trace;
  }

  async stop(): Promise<void> {
    const complete = new Promise((ok) => this.cdp.once('Tracing.tracingComplete', ok));
    await this.cdp.send('Tracing.end');
    await complete;
    await this.cdp.detach().catch(() => undefined);
  }

  /**
   * The tasks of `scriptOrigin`'s scripts on the page's main thread, from the start of the trace to its
   * end (stopped once the scan is done): each task, counted whole, in which a script of that origin is
   * evaluated or called — the content scripts' start, their message replies, timers and observers. The
   * page's own tasks (its first layout, its images) are not Verbatim's. The main thread is the one the
   * content script was evaluated on.
   */
  tasksOf(scriptOrigin: string): MainThreadTasks {
    const tasks = this.taskList(scriptOrigin);
    let totalUs = 0;
    let longestUs = 0;
    for (const t of tasks) {
      totalUs += t.dur;
      longestUs = Math.max(longestUs, t.dur);
    }
    return { totalMs: totalUs / 1000, longestMs: longestUs / 1000, count: tasks.length };
  }

  /** The tasks `tasksOf` counts (µs, trace clock), each with the events inside it, for profiling. */
  taskList(scriptOrigin: string): TaskDetail[] {
    const ours = this.events.filter(
      (e) =>
        (e.name === 'EvaluateScript' || e.name === 'FunctionCall') &&
        e.args?.data?.url?.startsWith(scriptOrigin),
    );
    const first = ours.find((e) => e.name === 'EvaluateScript');
    if (!first) throw new Error('trace: the content script was never evaluated');
    const onThread = this.events.filter((e) => e.pid === first.pid && e.tid === first.tid && e.ph === 'X');
    const within = (e: TraceEvent, t: TraceEvent) => e.ts >= t.ts && e.ts <= t.ts + (t.dur ?? 0);
    return onThread
      .filter(
        (e) => e.name === 'RunTask' && ours.some((o) => o.pid === e.pid && o.tid === e.tid && within(o, e)),
      )
      .map((t) => {
        const inside = onThread.filter((e) => e !== t && within(e, t));
        const kinds = new Map<string, number>();
        for (const e of inside) kinds.set(e.name, (kinds.get(e.name) ?? 0) + (e.dur ?? 0));
        return {
          ts: t.ts,
          dur: t.dur ?? 0,
          children: inside.map((e) => ({ name: e.name, dur: e.dur ?? 0, url: e.args?.data?.url })),
          kinds,
        };
      });
  }
}

export interface TaskDetail {
  ts: number;
  dur: number;
  children: Array<{ name: string; dur: number; url?: string }>;
  kinds: Map<string, number>;
}
