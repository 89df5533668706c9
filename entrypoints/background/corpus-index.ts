/**
 * The match index the background answers every check with: built once from the stored corpus, kept in
 * memory, rebuilt when the corpus changes (a reseed, a full-report import).
 */
import { bundledCorpus } from '@/data/corpus';
import { validateCorpus } from '@/lib/corpus/schema';
// The matcher only: `@/lib/engine` also re-exports Readability, which the service worker never needs.
import { buildIndex, type CorpusIndex } from '@/lib/match';
import { corpusInfoOf, readCorpus, type StoredCorpus } from '@/utils/corpus-store';
import type { VerbatimDB } from '@/utils/db';
import { type CorpusLookup, corpusLookup } from '@/utils/domain';

/** The stored corpus with its match index. */
export interface LoadedCorpus extends CorpusLookup {
  index: CorpusIndex;
  /** Time taken by `buildIndex`, for the logs and the benchmark. */
  buildMs: number;
}

export type CorpusLoader = () => Promise<StoredCorpus>;

/**
 * Reads the corpus from the database once `ready` (seeding) settles. Until the database holds a corpus
 * (first start, or a failed seed on a fresh profile) the bundled corpus answers, if it is valid, so a
 * check never runs against nothing.
 */
export function storedCorpusLoader(db: VerbatimDB, ready: () => Promise<unknown>): CorpusLoader {
  return async () => {
    await ready().catch(() => undefined);
    let stored: StoredCorpus | null = null;
    try {
      stored = await readCorpus(db, bundledCorpus.passages);
    } catch (e) {
      console.error('Verbatim: could not read the corpus from the database; using the bundled corpus.', e);
    }
    // A database whose every pack the reader disabled answers nothing, rather than the bundled corpus.
    if (stored && (stored.passages.length > 0 || (stored.disabledPacks ?? 0) > 0)) return stored;
    if (!validateCorpus(bundledCorpus).ok)
      return stored ?? { version: null, sources: [], passages: [], disabledPacks: 0 };
    return {
      disabledPacks: 0,
      version: bundledCorpus.version,
      sources: bundledCorpus.sources,
      passages: bundledCorpus.passages,
    };
  };
}

export function buildLoadedCorpus(corpus: StoredCorpus): LoadedCorpus {
  const started = performance.now();
  const index = buildIndex({ sources: corpus.sources, passages: corpus.passages });
  const buildMs = performance.now() - started;
  const info = corpusInfoOf({ ...corpus, version: corpus.version ?? bundledCorpus.version });
  return { ...corpusLookup(corpus, info), index, buildMs };
}

export class CorpusCache {
  #current: Promise<LoadedCorpus> | null = null;

  constructor(private readonly load: CorpusLoader) {}

  /** The index for the current corpus, building it on first use. */
  get(): Promise<LoadedCorpus> {
    if (!this.#current) {
      const building = this.load().then(buildLoadedCorpus);
      this.#current = building;
      building.then(
        (loaded) => {
          console.info(
            `Verbatim: match index built in ${loaded.buildMs.toFixed(1)} ms (${loaded.info.passageCount} passages).`,
          );
        },
        (e) => {
          // A failed build is not cached: the next request tries again.
          if (this.#current === building) this.#current = null;
          console.error('Verbatim: could not build the match index.', e);
        },
      );
    }
    return this.#current;
  }

  /** Starts building now, so the first page to ask never waits for the index (failures are logged by `get`). */
  warm(): void {
    this.get().catch(() => undefined);
  }

  /** The corpus tables changed: the next request rebuilds from them. */
  invalidate(): void {
    this.#current = null;
  }
}
