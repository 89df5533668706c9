/**
 * Where the page's main-thread time goes during Verbatim's first scan: `npx tsx scripts/bench/profile-scan.ts
 * [extensionDir] [loads]`. For each bench page it traces the loads (the same task rule as the bench,
 * trace.ts) and samples the renderer's CPU (the DevTools profiler) over them, then prints each of
 * Verbatim's tasks with what ran in it (script, style, layout, parsing) and the functions the samples
 * fall in, self time, inside those tasks. Build an unminified copy for readable names:
 * `npx wxt build -c <config with build.minify false and another outDir>`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ContentWorld } from '../../tests/e2e/content-world';
import { EXTENSION_DIR, launch } from '../../tests/e2e/harness';
import { largeArticle } from './pages';
import { PageTrace } from './trace';

const dir = resolve(process.argv[2] ?? EXTENSION_DIR);
const LOADS = Number(process.argv[3] ?? 3);

interface CpuNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: CpuNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const h = await launch({ extensionDir: dir });
try {
  h.routes.set('/bench-large-article.html', largeArticle());
  await h.inWorker(() =>
    (
      globalThis as unknown as { chrome: { storage: { local: { set(i: object): Promise<void> } } } }
    ).chrome.storage.local.set({ disabledSites: ['localhost'] }),
  );
  const origin = `chrome-extension://${h.extensionId}/`;
  for (const path of ['/seed-article.html', '/bench-large-article.html']) {
    const self = new Map<string, number>();
    const inclusive = new Map<string, number>();
    const kinds = new Map<string, number>();
    const totals: number[] = [];
    for (let i = 0; i <= LOADS; i++) {
      const page = await h.context.newPage();
      const world = await ContentWorld.attach(page, h.extensionId);
      const trace = await PageTrace.start(
        h.context,
        page,
        (process.env.TRACE_CATEGORIES ?? '').split(',').filter(Boolean),
      );
      const cdp = await h.context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
      if (!process.env.NO_PROFILER) await cdp.send('Profiler.start');
      await page.goto(`${h.baseUrl}${path}`);
      const timings = await world.when('scan', 60_000);
      const { profile } = process.env.NO_PROFILER
        ? { profile: { nodes: [], startTime: 0, samples: [], timeDeltas: [] } as CpuProfile }
        : ((await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile });
      await trace.stop();
      await world.detach();
      await page.close();
      if (i === 0) continue; // the first load warms the worker and the scan host
      const tasks = trace.taskList(origin);
      totals.push(tasks.reduce((s, t) => s + t.dur, 0) / 1000);
      console.log(
        `${path} load ${i}: ${tasks.length} tasks, ${(tasks.reduce((s, t) => s + t.dur, 0) / 1000).toFixed(1)} ms; stages ${JSON.stringify(
          Object.fromEntries(
            Object.entries(timings.first).map(([k, v]) => [
              k,
              Math.round((v - (timings.first.start ?? 0)) * 10) / 10,
            ]),
          ),
        )}`,
      );
      for (const t of tasks) {
        console.log(
          `  task ${(t.dur / 1000).toFixed(1)} ms: ${t.children
            .filter((c) => c.dur >= Number(process.env.MIN_US ?? 300))
            .map(
              (c) => `${c.name}${c.url ? `(${c.url.replace(origin, '')})` : ''} ${(c.dur / 1000).toFixed(1)}`,
            )
            .join(', ')}`,
        );
        for (const c of t.kinds) kinds.set(c[0], (kinds.get(c[0]) ?? 0) + c[1]);
      }
      // Samples inside Verbatim's tasks, self time per function.
      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      const parent = new Map<number, number>();
      for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
      let ts = profile.startTime;
      for (let s = 0; s < profile.samples.length; s++) {
        ts += profile.timeDeltas[s] ?? 0;
        if (!tasks.some((t) => ts >= t.ts && ts <= t.ts + t.dur)) continue;
        const node = byId.get(profile.samples[s] as number);
        if (!node) continue;
        const f = node.callFrame;
        const key = `${f.functionName || '(anonymous)'} ${f.url.replace(origin, '')}:${f.lineNumber + 1}`;
        const dt = (profile.timeDeltas[s + 1] ?? 50) / 1000;
        self.set(key, (self.get(key) ?? 0) + dt);
        const names = new Set<string>();
        for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
          const cf = byId.get(id)?.callFrame;
          if (cf?.url.startsWith(origin))
            names.add(
              `${cf.functionName || '(anonymous)'} ${cf.url.replace(origin, '')}:${cf.lineNumber + 1}`,
            );
        }
        if (names.size === 0) names.add(`[outside JS: ${key}]`);
        for (const n of names) inclusive.set(n, (inclusive.get(n) ?? 0) + dt);
      }
    }
    console.log(`\n${path}: total per load ${totals.map((t) => t.toFixed(1)).join(', ')} ms`);
    console.log('  trace events by name (ms per load, nested events counted in each):');
    for (const [k, v] of [...kinds].sort((a, b) => b[1] - a[1]).slice(0, 25))
      console.log(`    ${(v / 1000 / LOADS).toFixed(2).padStart(7)} ${k}`);
    console.log('  sampled self time (ms per load):');
    for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 45))
      console.log(`    ${(v / LOADS).toFixed(2).padStart(7)} ${k}`);
    console.log('  sampled inclusive time (ms per load):');
    for (const [k, v] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 70))
      console.log(`    ${(v / LOADS).toFixed(2).padStart(7)} ${k}`);
    console.log();
  }
} finally {
  await h.close();
}
void readFileSync;
