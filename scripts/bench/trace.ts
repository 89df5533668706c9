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
  static async start(context: BrowserContext, page: Page): Promise<PageTrace> {
    const cdp = await context.newCDPSession(page);
    const trace = new PageTrace(cdp);
    await cdp.send('Tracing.start', {
      transferMode: 'ReportEvents',
      traceConfig: { includedCategories: CATEGORIES, excludedCategories: ['*'] },
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
   * The tasks of `scriptOrigin`'s scripts on the main thread that marked `startMark`, between that mark
   * and the end of `measure`: each task (counted whole) in which a script of that origin is evaluated or
   * called — the content script's start, its message replies, timers and observers. The page's own tasks
   * in that window (its first layout, its images) are not Verbatim's.
   */
  tasksBetween(startMark: string, measure: string, scriptOrigin: string): MainThreadTasks {
    const mark = this.events.find((e) => e.name === startMark && e.cat.includes('user_timing'));
    if (!mark) throw new Error(`trace: no ${startMark} mark`);
    const ends = this.events.filter(
      (e) => e.name === measure && e.cat.includes('user_timing') && (e.ph === 'e' || e.ph === 'E'),
    );
    const end = ends[0];
    if (!end) throw new Error(`trace: no end of ${measure}`);
    // The measure's async events may sit on another thread id; the mark's is the page's main thread.
    const onMain = this.events.filter((e) => e.pid === mark.pid && e.tid === mark.tid);
    const ours = onMain.filter(
      (e) =>
        (e.name === 'EvaluateScript' || e.name === 'FunctionCall') &&
        e.args?.data?.url?.startsWith(scriptOrigin),
    );
    const tasks = onMain.filter(
      (e) =>
        e.name === 'RunTask' &&
        e.ph === 'X' &&
        e.ts < end.ts &&
        e.ts + (e.dur ?? 0) > mark.ts &&
        ours.some((o) => o.ts >= e.ts && o.ts <= e.ts + (e.dur ?? 0)),
    );
    let totalUs = 0;
    let longestUs = 0;
    for (const t of tasks) {
      totalUs += t.dur ?? 0;
      longestUs = Math.max(longestUs, t.dur ?? 0);
    }
    return { totalMs: totalUs / 1000, longestMs: longestUs / 1000, count: tasks.length };
  }
}
