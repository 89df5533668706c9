/** A debounced MutationObserver that ignores the DOM changes Verbatim makes itself. */
import { isOwnNode } from './shadow';

export interface Watcher {
  /** Runs `fn` with the observer off, so inserting badges or splitting text nodes does not trigger a rescan. */
  pause<T>(fn: () => T): T;
  stop(): void;
}

const OPTIONS: MutationObserverInit = { childList: true, subtree: true, characterData: true };

function isOwnMutation(record: MutationRecord): boolean {
  if (record.type !== 'childList') return false;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every(isOwnNode);
}

export function watchMutations(target: Node, onChange: () => void, delayMs: number): Watcher {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const observer = new MutationObserver((records) => {
    if (records.every(isOwnMutation)) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!stopped) onChange();
    }, delayMs);
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
