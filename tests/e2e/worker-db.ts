/**
 * Reading and writing the extension's `verbatim` database from the service worker, with raw IndexedDB
 * (the test does not depend on the code under test to look at its results). The functions passed to
 * `inWorker` are serialised: they must not use anything from this module.
 */
import type { Harness } from './harness';
import { readStore } from './seed-page';

export function readAll<T = Record<string, unknown>>(h: Harness, store: string): Promise<T[]> {
  return h.inWorker(readStore<T>, store);
}

/** Puts `rows` into `store` in one transaction; resolves with the keys. */
export function putAll(h: Harness, store: string, rows: unknown[]): Promise<IDBValidKey[]> {
  return h.inWorker(
    async ({ name, values }: { name: string; values: unknown[] }) => {
      const db = await new Promise<IDBDatabase>((ok, ko) => {
        const req = indexedDB.open('verbatim');
        req.onsuccess = () => ok(req.result);
        req.onerror = () => ko(req.error);
      });
      try {
        const tx = db.transaction(name, 'readwrite');
        const keys = values.map(
          (value) =>
            new Promise<IDBValidKey>((ok, ko) => {
              const req = tx.objectStore(name).put(value);
              req.onsuccess = () => ok(req.result);
              req.onerror = () => ko(req.error);
            }),
        );
        const all = await Promise.all(keys);
        await new Promise<void>((ok, ko) => {
          tx.oncomplete = () => ok();
          tx.onerror = () => ko(tx.error);
        });
        return all;
      } finally {
        db.close();
      }
    },
    { name: store, values: rows },
  );
}

export async function metaValue(h: Harness, key: string): Promise<unknown> {
  const rows = await readAll<{ key: string; value: unknown }>(h, 'meta');
  return rows.find((r) => r.key === key)?.value;
}
