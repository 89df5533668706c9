/**
 * Stage times of the content script's first scan, for the benchmark and the browser tests. Kept in this
 * isolated world, out of the page's reach: performance marks would tell every page that Verbatim is
 * installed, and a page that clears them used to make the scan's own measure throw. Read by the tests
 * and the bench through the DevTools protocol (tests/e2e/content-world.ts).
 */
export type Stage = 'start' | 'extract' | 'readability' | 'located' | 'matched' | 'scan';

export interface Timings {
  /** When each stage was first reached (performance.now(), this document's time origin). */
  first: Partial<Record<Stage, number>>;
  /** How often each stage was reached in this document. */
  count: Partial<Record<Stage, number>>;
}

export const TIMINGS_KEY = Symbol.for('verbatim.timings');
type WithTimings = typeof globalThis & { [TIMINGS_KEY]?: Timings };

function timings(): Timings {
  const world = globalThis as WithTimings;
  world[TIMINGS_KEY] ??= { first: {}, count: {} };
  return world[TIMINGS_KEY];
}

export function mark(stage: Stage): void {
  const t = timings();
  t.first[stage] ??= performance.now();
  t.count[stage] = (t.count[stage] ?? 0) + 1;
}
