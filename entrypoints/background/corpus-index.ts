/**
 * The match index the background answers every check with: the bundled pack's built in memory from the
 * stored corpus, the user's documents matched from their stored index (utils/library-store.ts, read as
 * quotations need them); rebuilt when the corpus changes (a reseed, a full-report import, a pack added,
 * removed, enabled or disabled).
 */
import { bundledCorpus } from '@/data/corpus';
import { validateCorpus } from '@/lib/corpus/schema';
import type { Passage, Source } from '@/lib/corpus/types';
// The matcher only: `@/lib/engine` also re-exports Readability, which the service worker never needs.
import { buildIndex, type CorpusIndex } from '@/lib/match';
import { LibraryIndex, type LibraryStore, type LibraryTables } from '@/lib/match/library-index';
import type { QuoteInput } from '@/lib/types';
import { corpusInfoOf, readCorpus, type StoredCorpus } from '@/utils/corpus-store';
import type { VerbatimDB } from '@/utils/db';
import { type CorpusLookup, corpusLookup } from '@/utils/domain';
import { libraryDocuments, libraryTables, storedLibrary } from '@/utils/library-store';

/** The stored corpus with its match index. */
export interface LoadedCorpus extends CorpusLookup {
  index: CorpusIndex;
  /** Time taken by `buildIndex`, for the logs and the benchmark. */
  buildMs: number;
  /**
   * Runs `then` (synchronously) once what these quotations need is in memory — a stored library reads
   * it first — and keeps it there while `then` runs: the matcher and `passages` find it all.
   */
  withQuotes?<T>(inputs: readonly QuoteInput[], then: () => T): Promise<T>;
}

/** `then` with what the quotations need in memory (see LoadedCorpus.withQuotes). */
export function whenLoaded<T>(
  corpus: LoadedCorpus,
  inputs: readonly QuoteInput[],
  then: () => T,
): Promise<T> {
  return corpus.withQuotes ? corpus.withQuotes(inputs, then) : Promise.resolve().then(then);
}

/** The user's documents, matched from the stored index. */
export interface StoredLibraryPart {
  tables: LibraryTables;
  sources: Source[];
  store: LibraryStore;
}

export type CorpusLoader = () => Promise<StoredCorpus & { library?: StoredLibraryPart | null }>;

/**
 * Reads the corpus from the database once `ready` (seeding) settles. Until the database holds a corpus
 * (first start, or a failed seed on a fresh profile) the bundled corpus answers, if it is valid, so a
 * check never runs against nothing.
 */
export function storedCorpusLoader(db: VerbatimDB, ready: () => Promise<unknown>): CorpusLoader {
  return async () => {
    await ready().catch(() => undefined);
    let stored: StoredCorpus | null = null;
    let library: StoredLibraryPart | null = null;
    try {
      stored = await readCorpus(db, bundledCorpus.passages, { bundledOnly: true });
      const documents = await libraryDocuments(db);
      const tables = await libraryTables(db, documents);
      if (tables) library = { tables, sources: documents.sources, store: storedLibrary(db, tables) };
    } catch (e) {
      console.error('Verbatim: could not read the corpus from the database; using the bundled corpus.', e);
      library = null;
    }
    // A database whose every pack the reader disabled answers nothing, rather than the bundled corpus.
    if (stored && (stored.passages.length > 0 || (stored.disabledPacks ?? 0) > 0))
      return { ...stored, library };
    if (!validateCorpus(bundledCorpus).ok)
      return { ...(stored ?? { version: null, sources: [], passages: [], disabledPacks: 0 }), library };
    return {
      disabledPacks: 0,
      version: bundledCorpus.version,
      sources: bundledCorpus.sources,
      passages: bundledCorpus.passages,
      library,
    };
  };
}

/** Passages by id: those in memory, then those of the library's documents in memory now. */
class PassageLookup extends Map<string, Passage> {
  constructor(
    passages: readonly Passage[],
    private readonly library: LibraryIndex,
  ) {
    super(passages.map((p) => [p.id, p]));
  }
  override get(id: string): Passage | undefined {
    return super.get(id) ?? this.library.passageById(id);
  }
  override has(id: string): boolean {
    return this.get(id) !== undefined;
  }
}

export function buildLoadedCorpus(
  corpus: StoredCorpus & { library?: StoredLibraryPart | null },
): LoadedCorpus {
  const started = performance.now();
  const pinned = buildIndex({ sources: corpus.sources, passages: corpus.passages });
  const part = corpus.library;
  const library = part ? new LibraryIndex(pinned, part.tables, part.sources, part.store) : null;
  const buildMs = performance.now() - started;
  const version = corpus.version ?? bundledCorpus.version;
  const info = corpusInfoOf({ ...corpus, version });
  if (!library || !part) return { ...corpusLookup(corpus, info), index: pinned, buildMs };
  // The library's documents count as if their passages were in memory.
  const primary = new Set(part.sources.filter((s) => s.role === 'primary').map((s) => s.id));
  for (const d of part.tables.docs) {
    info.passageCount += d.passages;
    if (primary.has(d.source)) info.reportPassageCount += d.passages;
  }
  const lookup = corpusLookup({ sources: [...corpus.sources, ...part.sources], passages: [] }, info);
  return {
    ...lookup,
    passages: new PassageLookup(corpus.passages, library),
    index: library,
    buildMs,
    // A library that cannot be read claims nothing: the matcher then finds its documents missing, and
    // each quotation it needed is "not found" (lib/scan.ts tryMatch).
    withQuotes: (inputs, then) =>
      library.matchAll(inputs, then).catch((e) => {
        console.error('Verbatim: could not read the stored match index.', e);
        return then();
      }),
  };
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
