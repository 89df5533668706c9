/**
 * Where the page's main-thread time goes during Verbatim's first scan:
 * `npx tsx scripts/bench/profile-scan.ts [extensionDir] [loads]`. For each bench page it traces the loads
 * (the bench's own task rule, trace.ts) and prints each of Verbatim's tasks with the trace events inside
 * it (`TRACE_CATEGORIES=v8,blink,…` adds categories), then the sampled functions, self and inclusive time,
 * inside those tasks. Build an unminified copy for readable names: `npx wxt build -c <a config with
 * build.minify false and another outDir>`.
 */
import { resolve } from 'node:path';
import { ContentWorld } from '../../tests/e2e/content-world';
import { EXTENSION_DIR, launch } from '../../tests/e2e/harness';
import { largeArticle } from './pages';
import { PageTrace } from './trace';

const dir = resolve(process.argv[2] ?? EXTENSION_DIR);
const LOADS = Number(process.argv[3] ?? 3);
const MIN_US = Number(process.env.MIN_US ?? 300);
const extra = (process.env.TRACE_CATEGORIES ?? '').split(',').filter(Boolean);
const ms = (us: number) => (us / 1000).toFixed(1);

const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
const top = (m: Map<string, number>, n: number, scale: number) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `    ${(v / scale).toFixed(2).padStart(7)} ${k}`)
    .join('\n');

const h = await launch({ extensionDir: dir });
try {
  h.routes.set('/bench-large-article.html', largeArticle());
  await h.inWorker(() =>
    (
      globalThis as unknown as { chrome: { storage: { local: { set(i: object): Promise<void> } } } }
    ).chrome.storage.local.set({ disabledSites: ['localhost'] }),
  );
  const origin = `chrome-extension://${h.extensionId}/`;
  const name = (f: { functionName: string; url: string; lineNumber: number }) =>
    `${f.functionName || '(anonymous)'} ${f.url.replace(origin, '')}:${f.lineNumber + 1}`;
  for (const path of ['/seed-article.html', '/bench-large-article.html']) {
    const self = new Map<string, number>();
    const inclusive = new Map<string, number>();
    const kinds = new Map<string, number>();
    const totals: number[] = [];
    for (let i = 0; i <= LOADS; i++) {
      const page = await h.context.newPage();
      const world = await ContentWorld.attach(page, h.extensionId);
      const trace = await PageTrace.start(h.context, page, extra);
      await page.goto(`${h.baseUrl}${path}`);
      const timings = await world.when('scan', 60_000);
      await trace.stop();
      await world.detach();
      await page.close();
      if (i === 0) continue; // the first load warms the worker and the scan host
      const tasks = trace.taskList(origin);
      const total = tasks.reduce((s, t) => s + t.dur, 0);
      totals.push(total / 1000);
      const t0 = timings.first.start ?? 0;
      const stages = Object.entries(timings.first).map(([k, v]) => `${k} ${(v - t0).toFixed(1)}`);
      console.log(`${path} load ${i}: ${tasks.length} tasks, ${ms(total)} ms; stages: ${stages.join(', ')}`);
      for (const t of tasks) {
        const parts = t.children
          .filter((c) => c.dur >= MIN_US)
          .map((c) => `${c.name}${c.url ? `(${c.url.replace(origin, '')})` : ''} ${ms(c.dur)}`);
        console.log(`  task ${ms(t.dur)} ms: ${parts.join(', ')}`);
        for (const [k, v] of t.kinds) add(kinds, k, v);
      }
      trace.samples.forEach((s, n) => {
        if (!tasks.some((t) => s.ts >= t.ts && s.ts <= t.ts + t.dur)) return;
        const dt = ((trace.samples[n + 1]?.ts ?? s.ts + 100) - s.ts) / 1000;
        const inner = s.frames[0];
        if (inner) add(self, name(inner), dt);
        const ours = new Set(s.frames.filter((f) => f.url.startsWith(origin)).map(name));
        if (ours.size === 0) ours.add(`[not in Verbatim's code: ${inner ? name(inner) : '?'}]`);
        for (const k of ours) add(inclusive, k, dt);
      });
    }
    console.log(`\n${path}: Verbatim's tasks per load ${totals.map((t) => t.toFixed(1)).join(', ')} ms`);
    console.log(
      `  trace events by name (ms per load; nested events counted in each):\n${top(kinds, 30, 1000 * LOADS)}`,
    );
    console.log(`  sampled self time (ms per load):\n${top(self, 40, LOADS)}`);
    console.log(`  sampled inclusive time (ms per load):\n${top(inclusive, 60, LOADS)}\n`);
  }
} finally {
  await h.close();
}
