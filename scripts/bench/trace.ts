/**
 * The page's main-thread tasks, from a Chromium trace: what Verbatim costs the page itself, whatever the
 * wall-clock time (waiting for the extension's other processes is not the page's time).
 *
 * A task is Verbatim's when its script runs in it. The trace names the script only where a task starts
 * it (EvaluateScript, FunctionCall: injection, callbacks, timers, observers); the continuation of a
 * promise that an extension API resolves (`await browser.storage.local.get(…)`) runs in that API's reply
 * task as a microtask and carries no script name there. So the renderer's CPU is sampled over the same
 * window too (the DevTools profiler, every 100 µs), and a task in which a sample's stack holds one of
 * Verbatim's functions counts as well. Sampling slows the sampled side a little; Readability alone, the
 * other side of the bench's ratio, is timed without it.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string } };
}

interface CpuProfile {
  nodes: Array<{
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
  }>;
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** One sample of the renderer's main thread: when (trace clock, µs) and the stack's frames, innermost first. */
export interface Sample {
  ts: number;
  frames: Array<{ functionName: string; url: string; lineNumber: number }>;
}

export interface MainThreadTasks {
  /** Sum of the main thread's tasks that overlap the window, in ms (a task is counted whole). */
  totalMs: number;
  longestMs: number;
  count: number;
}

export interface TaskDetail {
  ts: number;
  dur: number;
  children: Array<{ name: string; dur: number; url?: string }>;
  kinds: Map<string, number>;
}

const CATEGORIES = [
  'disabled-by-default-devtools.timeline',
  'devtools.timeline',
  'blink.user_timing',
  'toplevel',
];
const SAMPLING_US = 100;

export class PageTrace {
  private events: TraceEvent[] = [];
  samples: Sample[] = [];
  private constructor(private readonly cdp: CDPSession) {
    cdp.on('Tracing.dataCollected', (e) => {
      this.events.push(...(e.value as unknown as TraceEvent[]));
    });
  }

  /** A trace already recorded (tests). */
  static fromRecording(events: TraceEvent[], samples: Sample[]): PageTrace {
    const trace = new PageTrace({ on: () => undefined } as unknown as CDPSession);
    trace.events = events;
    trace.samples = samples;
    return trace;
  }

  /** Starts tracing and sampling `page` (before it navigates, so the content script's injection is in). */
  static async start(
    context: BrowserContext,
    page: Page,
    extraCategories: string[] = [],
  ): Promise<PageTrace> {
    const cdp = await context.newCDPSession(page);
    const trace = new PageTrace(cdp);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
    await cdp.send('Tracing.start', {
      transferMode: 'ReportEvents',
      traceConfig: { includedCategories: [...CATEGORIES, ...extraCategories], excludedCategories: ['*'] },
    });
    await cdp.send('Profiler.start');
    return trace;
  }

  async stop(): Promise<void> {
    const { profile } = (await this.cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    this.samples = samplesOf(profile);
    const complete = new Promise((ok) => this.cdp.once('Tracing.tracingComplete', ok));
    await this.cdp.send('Tracing.end');
    await complete;
    await this.cdp.detach().catch(() => undefined);
  }

  /**
   * The tasks of `scriptOrigin`'s scripts on the page's main thread, from the start of the trace to its
   * end (stopped once the scan is done): each task, counted whole, in which a script of that origin is
   * evaluated, called or sampled — the content scripts' start, their message replies and the promise
   * continuations in them, timers and observers. The page's own tasks (its first layout, its images) are
   * not Verbatim's. The main thread is the one the content script was evaluated on.
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
    const named = this.events.filter(
      (e) =>
        (e.name === 'EvaluateScript' || e.name === 'FunctionCall') &&
        e.args?.data?.url?.startsWith(scriptOrigin),
    );
    const first = named.find((e) => e.name === 'EvaluateScript');
    if (!first) throw new Error('trace: the content script was never evaluated');
    const sampled = this.samples
      .filter((s) => s.frames.some((f) => f.url.startsWith(scriptOrigin)))
      .map((s) => s.ts);
    const onThread = this.events.filter((e) => e.pid === first.pid && e.tid === first.tid && e.ph === 'X');
    const inside = (ts: number, t: TraceEvent) => ts >= t.ts && ts <= t.ts + (t.dur ?? 0);
    return onThread
      .filter(
        (t) =>
          t.name === 'RunTask' &&
          (named.some((o) => o.pid === t.pid && o.tid === t.tid && inside(o.ts, t)) ||
            sampled.some((ts) => inside(ts, t))),
      )
      .map((t) => {
        const events = onThread.filter((e) => e !== t && inside(e.ts, t));
        const kinds = new Map<string, number>();
        for (const e of events) kinds.set(e.name, (kinds.get(e.name) ?? 0) + (e.dur ?? 0));
        return {
          ts: t.ts,
          dur: t.dur ?? 0,
          children: events.map((e) => ({ name: e.name, dur: e.dur ?? 0, url: e.args?.data?.url })),
          kinds,
        };
      });
  }
}

function samplesOf(profile: CpuProfile): Sample[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const out: Sample[] = [];
  let ts = profile.startTime;
  profile.samples.forEach((id, i) => {
    ts += profile.timeDeltas[i] ?? 0;
    const frames: Sample['frames'] = [];
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      const frame = byId.get(n)?.callFrame;
      if (frame) frames.push(frame);
    }
    out.push({ ts, frames });
  });
  return out;
}
