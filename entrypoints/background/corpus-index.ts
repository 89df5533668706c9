/**
 * The match index the background answers every check with: built once from the stored corpus, kept in
 * memory, rebuilt when the corpus changes (a reseed, a full-report import).
 */
import { bundledCorpus } from '@/data/corpus';
import { validateCorpus } from '@/lib/corpus/schema';
import type { Passage, Source } from '@/lib/corpus/types';
// The matcher only: `@/lib/engine` also re-exports Readability, which the service worker never needs.
import { buildIndex } from '@/lib/match';
import type { MatchResult } from '@/lib/types';
import { corpusInfoOf, readCorpus, type StoredCorpus } from '@/utils/corpus-store';
import type { VerbatimDB } from '@/utils/db';
import type { CardData, CorpusInfo } from '@/utils/messaging/protocol';

export type CorpusIndex = ReturnType<typeof buildIndex>;

export interface LoadedCorpus {
  index: CorpusIndex;
  info: CorpusInfo;
  passages: ReadonlyMap<string, Passage>;
  sources: ReadonlyMap<string, Source>;
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
    if (stored && stored.passages.length > 0) return stored;
    if (!validateCorpus(bundledCorpus).ok) return stored ?? { version: null, sources: [], passages: [] };
    return {
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
  return {
    index,
    info: corpusInfoOf({ ...corpus, version: corpus.version ?? bundledCorpus.version }),
    passages: new Map(corpus.passages.map((p) => [p.id, p])),
    sources: new Map(corpus.sources.map((s) => [s.id, s])),
    buildMs,
  };
}

export class CorpusCache {
  #current: Promise<LoadedCorpus> | null = null;

  constructor(
    private readonly load: CorpusLoader,
    /** Told when the corpus tables changed (the scan host keeps an index of its own). */
    private readonly onInvalidate: () => void = () => {},
  ) {}

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
    this.onInvalidate();
  }
}

/** Passage ids a result refers to: the matched passages and any it highlights. */
export function referencedPassageIds(results: readonly MatchResult[]): Set<string> {
  const ids = new Set<string>();
  for (const r of results) {
    for (const id of r.passageIds) ids.add(id);
    for (const h of r.highlights) ids.add(h.passageId);
  }
  return ids;
}

/** The passages (and their sources) a card needs, and nothing else of the corpus. */
export function cardDataFor(corpus: LoadedCorpus, passageIds: Iterable<string>): CardData {
  const passages: CardData['passages'] = {};
  const sources: CardData['sources'] = {};
  for (const id of passageIds) {
    const passage = corpus.passages.get(id);
    if (!passage) continue;
    passages[id] = passage;
    const source = corpus.sources.get(passage.source);
    if (source) sources[source.id] = source;
  }
  return { passages, sources, corpus: corpus.info };
}
