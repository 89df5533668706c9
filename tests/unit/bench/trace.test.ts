import { describe, expect, it } from 'vitest';
import { PageTrace, type Sample, type TraceEvent } from '@/scripts/bench/trace';

const ORIGIN = 'chrome-extension://abc/';
const SCRIPT = `${ORIGIN}content-scripts/content.js`;
const task = (ts: number, dur: number, tid = 1): TraceEvent => ({
  name: 'RunTask',
  cat: 'toplevel',
  ph: 'X',
  ts,
  dur,
  pid: 1,
  tid,
});
const event = (name: string, ts: number, dur: number, url?: string): TraceEvent => ({
  name,
  cat: 'devtools.timeline',
  ph: 'X',
  ts,
  dur,
  pid: 1,
  tid: 1,
  ...(url ? { args: { data: { url } } } : {}),
});
const sample = (ts: number, url: string): Sample => ({
  ts,
  frames: [{ functionName: 'f', url, lineNumber: 0 }],
});

describe("the page's tasks the bench counts as Verbatim's", () => {
  const events = [
    task(0, 5_000),
    event('EvaluateScript', 100, 4_000, SCRIPT),
    // A reply task whose promise continuation runs Verbatim's code: no script name in the trace.
    task(10_000, 3_000),
    event('RunMicrotasks', 10_100, 2_800),
    task(20_000, 2_000),
    event('FunctionCall', 20_100, 1_500, SCRIPT),
    // The page's own work, and another thread's.
    task(30_000, 7_000),
    task(10_500, 9_000, 2),
  ];
  const samples = [
    sample(1_000, SCRIPT),
    sample(11_000, SCRIPT),
    sample(31_000, 'http://page.example/app.js'),
  ];

  it('counts tasks the trace names, and tasks whose sampled stacks hold its code', () => {
    const tasks = PageTrace.fromRecording(events, samples).tasksOf(ORIGIN);
    expect(tasks).toEqual({ totalMs: 10, longestMs: 5, count: 3 });
  });

  it("never counts the page's own tasks", () => {
    const tasks = PageTrace.fromRecording(events, []).tasksOf(ORIGIN);
    expect(tasks).toEqual({ totalMs: 7, longestMs: 5, count: 2 });
  });
});
