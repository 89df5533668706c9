/**
 * The background observes the corpus tables instead of being told about writes: Dexie announces every
 * committed write to every same-origin context (a BroadcastChannel, which service workers have), so an
 * import the library stores itself reaches the match index without a message. A worker that was asleep
 * during the write misses the announcement and needs none: it builds its index from the tables on wake.
 */
import Dexie, { type ObservabilitySet } from 'dexie';
import type { VerbatimDB } from '@/utils/db';

// `packs`: enabling or disabling a pack changes which documents are matched against.
const CORPUS_TABLES = ['sources', 'passages', 'packs'] as const;

/** Calls `changed` after each committed write to `sources`, `passages` or `packs`, from any context. */
export function watchCorpusTables(db: VerbatimDB, changed: () => void): () => void {
  const prefixes = CORPUS_TABLES.map((table) => `idb://${db.name}/${table}/`);
  const listener = (parts: ObservabilitySet) => {
    // `all`: Dexie's "anything may have changed" (a page restored from the back/forward cache).
    if (Object.keys(parts).some((part) => part === 'all' || prefixes.some((p) => part.startsWith(p))))
      changed();
  };
  Dexie.on('storagemutated', listener);
  return () => Dexie.on.storagemutated.unsubscribe(listener);
}
