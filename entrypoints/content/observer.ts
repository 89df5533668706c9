/** A debounced MutationObserver that ignores the DOM changes Verbatim makes itself. */
import { isOwnNode } from './shadow';

export interface Watcher {
  /** Runs `fn` with the observer off, so inserting badges or splitting text nodes does not trigger a rescan. */
  pause<T>(fn: () => T): T;
  stop(): void;
}

const OPTIONS: MutationObserverInit = { childList: true, subtree: true, characterData: true };

/** The page's own mutations among `records` (not the badges and cards Verbatim inserts). */
export function foreignRecords(records: readonly MutationRecord[]): MutationRecord[] {
  return records.filter((r) => !isOwnMutation(r));
}

/**
 * Records what the page changes under `target` until taken: what changed while a scan was away reading
 * a copy of the page (the copy does not have it; the watcher that follows starts too late to see it).
 */
export function recordMutations(target: Node): { take(): MutationRecord[] } {
  const observer = new MutationObserver(() => {});
  observer.observe(target, OPTIONS);
  return {
    take() {
      const records = foreignRecords(observer.takeRecords());
      observer.disconnect();
      return records;
    },
  };
}

function isOwnMutation(record: MutationRecord): boolean {
  if (record.type !== 'childList') return false;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every(isOwnNode);
}

export interface WatchOptions {
  /**
   * The longest a change waits for its call while changes keep coming faster than `delayMs` (a page that
   * never stops changing would otherwise never be read again).
   */
  maxWaitMs?: number;
  /** Sees every batch of the page's own mutations as it happens (cheap bookkeeping only). */
  onRecords?: (records: MutationRecord[]) => void;
}

/**
 * Calls `onChange` once the page's mutations pause for `delayMs`, or `maxWaitMs` after the first one
 * still waiting, whichever comes first.
 */
export function watchMutations(
  target: Node,
  onChange: () => void,
  delayMs: number,
  options: WatchOptions = {},
): Watcher {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let firstWaitingAt: number | null = null;
  const fire = () => {
    firstWaitingAt = null;
    if (!stopped) onChange();
  };
  const observer = new MutationObserver((records) => {
    const foreign = foreignRecords(records);
    if (foreign.length === 0) return;
    options.onRecords?.(foreign);
    const now = Date.now();
    firstWaitingAt ??= now;
    const untilMax = options.maxWaitMs === undefined ? delayMs : firstWaitingAt + options.maxWaitMs - now;
    clearTimeout(timer);
    timer = setTimeout(fire, Math.max(0, Math.min(delayMs, untilMax)));
  });
  observer.observe(target, OPTIONS);
  return {
    pause(fn) {
      observer.disconnect();
      try {
        return fn();
      } finally {
        if (!stopped) observer.observe(target, OPTIONS);
      }
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      observer.disconnect();
    },
  };
}
