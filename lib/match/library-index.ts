/**
 * A document library matched from a stored index, loaded as quotations need it.
 *
 * Building the in-memory index (build-index.ts) tokenises every passage and keeps every posting in
 * memory: fine for the bundled pack, not for a hundred report-size documents. Here the work is split:
 *
 * - `buildDocumentIndex`, once per document when it is added: its word stream as typed arrays (its own
 *   vocabulary, a vocabulary number per position, each passage's first position).
 * - `buildLibrary`, when the set of documents changes: the library's vocabulary, per word its posting
 *   count and the documents holding it, each passage's first position (all small: kept in memory), and
 *   the trigram postings, bucketed by trigram (stored; one read fetches the buckets a quotation needs).
 * - `LibraryIndex`, at scan time: the matcher's CorpusIndex over the pinned in-memory part (the bundled
 *   pack) followed by the library's documents. Retrieval reads trigram buckets and the in-memory
 *   tables; a document's words and passages are read only when a quotation is aligned in it, and kept in
 *   a bounded cache.
 *
 * The matcher is synchronous and the store is not, so `LibraryIndex.match` runs the matcher, and when it
 * reached data not in memory (recorded, never guessed), loads that data and runs it again. A result is
 * only ever returned from a run that read nothing missing: it is exactly what the matcher gives over the
 * whole library built in memory (tested), and a run that fails for want of data claims nothing.
 */

import type { Passage, Source } from '../corpus/types';
import { at } from '../text/at';
import { type Token, tokenise, wordTokens } from '../text/tokenise';
import type { MatchResult, QuoteInput } from '../types';
import {
  type CorpusIndex,
  type GramKey,
  gramKey,
  type IndexedPassage,
  isTitleCase,
  type MemoryIndex,
  type PostingTable,
} from './build-index';
import { matchQuote, notFound } from './match-quote';
import { firstAtLeast } from './retrieve';
import { REPORT_FIRST, type SourcePolicy } from './source-policy';

/** Bumped when the stored shapes below change: a stored index of another format is rebuilt. */
export const INDEX_FORMAT = 1;

/** One document's word stream, as stored. */
export interface DocumentIndex {
  format: number;
  source: string;
  /** The content hash it was built from: another hash means another content, and a rebuild. */
  hash: string;
  /** An imported full text: continuous from start to end (one segment). */
  continuous: boolean;
  vocabulary: string[];
  /** Per position: the number of its word in `vocabulary`. */
  words: Int32Array;
  /** Passages in reading order. */
  passageIds: string[];
  /** Per passage: its first position; one more entry, the end. */
  passageFirst: Int32Array;
  titleCase: Uint8Array;
}

/** `passages`: the document's passages in reading order. */
export function buildDocumentIndex(
  source: Source,
  passages: readonly Passage[],
  hash: string,
): DocumentIndex {
  const vocabulary = new Map<string, number>();
  const words: number[] = [];
  const passageFirst = new Int32Array(passages.length + 1);
  const titleCase = new Uint8Array(passages.length);
  passages.forEach((p, i) => {
    if (p.source !== source.id) throw new Error(`library index: passage ${p.id} is not of ${source.id}`);
    passageFirst[i] = words.length;
    const tokens = tokenise(p.text);
    titleCase[i] = isTitleCase(p.text, tokens) ? 1 : 0;
    for (const t of tokens) {
      if (t.kind !== 'word') continue;
      let id = vocabulary.get(t.key);
      if (id === undefined) {
        id = vocabulary.size;
        vocabulary.set(t.key, id);
      }
      words.push(id);
    }
  });
  passageFirst[passages.length] = words.length;
  return {
    format: INDEX_FORMAT,
    source: source.id,
    hash,
    continuous: Boolean(source.fullTextOf),
    vocabulary: [...vocabulary.keys()],
    words: Int32Array.from(words),
    passageIds: passages.map((p) => p.id),
    passageFirst,
    titleCase,
  };
}

/** What the library keeps in memory. Positions are library positions: 0 is the first document's first word. */
export interface LibraryTables {
  format: number;
  /** Names the documents it was built from (`libraryKey`). */
  key: string;
  docs: Array<{ source: string; hash: string; continuous: boolean; positions: number; passages: number }>;
  vocabulary: string[];
  /** Per word: its postings in the library (the postings themselves are in word buckets). */
  wordCount: Int32Array;
  /** Every passage's first position, document after document (each document's passages in order). */
  passageFirst: Int32Array;
  /** Trigram buckets are numbered [0, bucketCount), word buckets [bucketCount, bucketCount + wordBucketCount). */
  bucketCount: number;
  wordBucketCount: number;
}

/**
 * The trigram postings of the trigrams hashed to one bucket: keys sorted by (ab, c) — ab = a · V + b in
 * library word numbers — each with its positions ascending, `start` delimiting them. A word bucket holds
 * words' postings the same way (ab the word's number, c 0).
 */
export interface TrigramBucket {
  id: number;
  ab: Float64Array;
  c: Int32Array;
  start: Int32Array;
  positions: Int32Array;
}

/** The library a set of documents makes, in order: another set is another library. */
export function libraryKey(docs: ReadonlyArray<{ source: string; hash: string }>): string {
  return `${INDEX_FORMAT}|${docs.map((d) => `${d.source.length}:${d.source}=${d.hash}`).join('|')}`;
}

const bucketFor = (a: number, b: number, c: number, buckets: number) =>
  ((Math.imul(a, 73856093) ^ Math.imul(b, 19349663) ^ Math.imul(c, 83492791)) >>> 0) % buckets;

/** Trigram postings per bucket: small enough that a quotation's buckets are a quick read. */
const POSTINGS_PER_BUCKET = 512;

export function buildLibrary(docs: readonly DocumentIndex[]): {
  tables: LibraryTables;
  buckets: TrigramBucket[];
} {
  const vocabulary = new Map<string, number>();
  const globalIds = docs.map((doc) =>
    Int32Array.from(doc.vocabulary, (word) => {
      let id = vocabulary.get(word);
      if (id === undefined) {
        id = vocabulary.size;
        vocabulary.set(word, id);
      }
      return id;
    }),
  );
  const V = vocabulary.size;
  const wordCount = new Int32Array(V);
  let totalPositions = 0;
  let totalPassages = 0;
  for (const doc of docs) {
    totalPositions += doc.words.length;
    totalPassages += doc.passageIds.length;
  }
  const bucketCount = Math.max(1, Math.ceil(totalPositions / POSTINGS_PER_BUCKET));
  // Per bucket: (ab, c, position) triples, gathered then sorted.
  const raw: number[][] = Array.from({ length: bucketCount }, () => []);
  const passageFirst = new Int32Array(totalPassages);
  let base = 0;
  let passageBase = 0;
  docs.forEach((doc, d) => {
    const ids = at(globalIds, d);
    for (let p = 0; p < doc.words.length; p++) {
      const id = at(ids, at(doc.words, p));
      wordCount[id] = at(wordCount, id) + 1;
    }
    for (let i = 0; i < doc.passageIds.length; i++)
      passageFirst[passageBase + i] = base + at(doc.passageFirst, i);
    // Trigrams within a segment: the document when continuous, else each passage.
    for (let i = 0; i < doc.passageIds.length; i++) {
      const lo = at(doc.passageFirst, i);
      const hi = doc.continuous ? doc.words.length : at(doc.passageFirst, i + 1);
      const from = doc.continuous && i > 0 ? hi : lo; // a continuous document: once, from its start
      for (let p = from; p + 2 < hi; p++) {
        const a = at(ids, at(doc.words, p));
        const b = at(ids, at(doc.words, p + 1));
        const c = at(ids, at(doc.words, p + 2));
        at(raw, bucketFor(a, b, c, bucketCount)).push(a * V + b, c, base + p);
      }
    }
    base += doc.words.length;
    passageBase += doc.passageIds.length;
  });
  const wordBucketCount = bucketCount;
  const words: number[][] = Array.from({ length: wordBucketCount }, () => []);
  base = 0;
  docs.forEach((doc, d) => {
    const ids = at(globalIds, d);
    for (let p = 0; p < doc.words.length; p++) {
      const id = at(ids, at(doc.words, p));
      at(words, id % wordBucketCount).push(id, 0, base + p);
    }
    base += doc.words.length;
  });
  const buckets = [
    ...raw.map((triples, id) => packBucket(id, triples)),
    ...words.map((triples, id) => packBucket(bucketCount + id, triples)),
  ];
  return {
    tables: {
      format: INDEX_FORMAT,
      key: libraryKey(docs),
      docs: docs.map((d) => ({
        source: d.source,
        hash: d.hash,
        continuous: d.continuous,
        positions: d.words.length,
        passages: d.passageIds.length,
      })),
      vocabulary: [...vocabulary.keys()],
      wordCount,
      passageFirst,
      bucketCount,
      wordBucketCount,
    },
    buckets,
  };
}

function packBucket(id: number, triples: number[]): TrigramBucket {
  const n = triples.length / 3;
  const order = Array.from({ length: n }, (_, i) => i);
  const ab = (i: number) => at(triples, 3 * i);
  const c = (i: number) => at(triples, 3 * i + 1);
  const pos = (i: number) => at(triples, 3 * i + 2);
  order.sort((x, y) => ab(x) - ab(y) || c(x) - c(y) || pos(x) - pos(y));
  const keysAb: number[] = [];
  const keysC: number[] = [];
  const start: number[] = [];
  const positions = new Int32Array(n);
  order.forEach((i, k) => {
    positions[k] = pos(i);
    const last = keysAb.length - 1;
    if (last < 0 || keysAb[last] !== ab(i) || keysC[last] !== c(i)) {
      keysAb.push(ab(i));
      keysC.push(c(i));
      start.push(k);
    }
  });
  start.push(n);
  return {
    id,
    ab: Float64Array.from(keysAb),
    c: Int32Array.from(keysC),
    start: Int32Array.from(start),
    positions,
  };
}

/** Passages per stored chunk: what aligning a quotation in a document reads (its window's passages). */
export const CHUNK_PASSAGES = 32;

/** Passages [chunk · CHUNK_PASSAGES, …) of a document, with their words' keys, as stored. */
export interface PassageChunk {
  format: number;
  source: string;
  hash: string;
  chunk: number;
  passages: Passage[];
  /** The keys of the chunk's words, in stream order. */
  keys: string[];
  titleCase: Uint8Array;
}

/** A document's chunks (`passages`: in the index's order). */
export function documentChunks(index: DocumentIndex, passages: readonly Passage[]): PassageChunk[] {
  const chunks: PassageChunk[] = [];
  for (let k = 0; k * CHUNK_PASSAGES < passages.length; k++) {
    const from = k * CHUNK_PASSAGES;
    const to = Math.min(passages.length, from + CHUNK_PASSAGES);
    const keys: string[] = [];
    for (let p = at(index.passageFirst, from); p < at(index.passageFirst, to); p++)
      keys.push(at(index.vocabulary, at(index.words, p)));
    chunks.push({
      format: INDEX_FORMAT,
      source: index.source,
      hash: index.hash,
      chunk: k,
      passages: passages.slice(from, to),
      keys,
      titleCase: index.titleCase.slice(from, to),
    });
  }
  return chunks;
}

/** Where the library's stored parts are read from (IndexedDB in the extension, memory in Node). */
export interface LibraryStore {
  buckets(ids: readonly number[]): Promise<Array<TrigramBucket | undefined>>;
  /** Chunks by document and number; undefined when not stored. */
  chunks(wanted: ReadonlyArray<{ source: string; chunk: number }>): Promise<Array<PassageChunk | undefined>>;
}

/** A store over records in memory (the CLI, the bench, tests). */
export function memoryStore(
  buckets: readonly TrigramBucket[],
  chunks: readonly PassageChunk[],
): LibraryStore {
  const byId = new Map(buckets.map((b) => [b.id, b]));
  const byKey = new Map(chunks.map((c) => [`${c.chunk}:${c.source}`, c]));
  return {
    buckets: async (ids) => ids.map((id) => byId.get(id)),
    chunks: async (wanted) => wanted.map((w) => byKey.get(`${w.chunk}:${w.source}`)),
  };
}

export interface LibraryCacheLimits {
  /** Chunks of passages kept in memory between scans (a scan holds every chunk it needs until it ends). */
  chunks: number;
  /** Trigram and word buckets kept in memory. */
  buckets: number;
}
const DEFAULT_LIMITS: LibraryCacheLimits = { chunks: 256, buckets: 4096 };

/** A chunk in memory. */
interface LoadedChunk {
  chunk: PassageChunk;
  /** Its first stream position. */
  first: number;
  indexed: Array<IndexedPassage | undefined>;
  byId?: Map<string, Passage>;
  used: number;
}

/** Words aligned beyond a retrieved stretch (match-quote's SLACK and REACH, and more): read with it. */
const PREPARE_REACH = 24;

/** Thrown by an accessor that reached data not in memory; what is missing is recorded on the index. */
class NotLoaded extends Error {}

export class LibraryIndex implements CorpusIndex {
  readonly sources: Map<string, Source>;
  readonly vocabulary: Map<string, number>;
  readonly sourceIds: string[];
  readonly sourceEnd: Int32Array;
  readonly size: number;
  readonly trigrams: PostingTable<GramKey>;
  readonly unigrams: PostingTable<string>;

  readonly #pinned: MemoryIndex;
  readonly #tables: LibraryTables;
  readonly #store: LibraryStore;
  readonly #limits: LibraryCacheLimits;
  readonly #libraryVocabulary: number;
  /** Per document: first stream position, first passage number, first segment number, first passage entry. */
  readonly #docBase: Int32Array;
  readonly #passageBase: Int32Array;
  readonly #segmentBase: Int32Array;
  readonly #docSource: Source[];
  readonly #pinnedTrigrams: Map<GramKey, number[]>;
  /** Per document: the number of its first chunk (chunks are numbered across the library). */
  readonly #chunkBase: Int32Array;
  readonly #chunks = new Map<number, LoadedChunk>();
  readonly #buckets = new Map<number, TrigramBucket>();
  readonly #missingChunks = new Set<number>();
  readonly #missingBuckets = new Set<number>();
  #clock = 0;
  #holds = 0;
  #lastDoc = 0;
  /** While `matchAll` holds its data: its results, for the same inputs asked again (scanArticle). */
  readonly #results = new Map<string, MatchResult>();
  /** Whether the current run reached for data not in memory. */
  #missed = false;
  #lastEntry = 0;

  constructor(
    pinned: MemoryIndex,
    tables: LibraryTables,
    sources: readonly Source[],
    store: LibraryStore,
    limits: Partial<LibraryCacheLimits> = {},
  ) {
    if (tables.format !== INDEX_FORMAT) throw new Error('library index: stored in another format');
    this.#pinned = pinned;
    this.#tables = tables;
    this.#store = store;
    this.#limits = { ...DEFAULT_LIMITS, ...limits };
    const byId = new Map(sources.map((s) => [s.id, s]));
    this.#docSource = tables.docs.map((d) => {
      const source = byId.get(d.source);
      if (!source) throw new Error(`library index: no source ${d.source}`);
      return source;
    });
    this.sources = new Map([...pinned.sources, ...this.#docSource.map((s) => [s.id, s] as const)]);
    // Library words first, so a trigram's library key is read straight off its numbers.
    this.vocabulary = new Map(tables.vocabulary.map((w, i) => [w, i]));
    this.#libraryVocabulary = tables.vocabulary.length;
    for (const word of pinned.vocabulary.keys())
      if (!this.vocabulary.has(word)) this.vocabulary.set(word, this.vocabulary.size);
    const n = tables.docs.length;
    this.#docBase = new Int32Array(n + 1);
    this.#passageBase = new Int32Array(n + 1);
    this.#segmentBase = new Int32Array(n + 1);
    this.#chunkBase = new Int32Array(n + 1);
    this.#docBase[0] = pinned.size;
    this.#passageBase[0] = pinned.passages.length;
    this.#segmentBase[0] = pinned.segments.length;
    tables.docs.forEach((d, i) => {
      this.#docBase[i + 1] = at(this.#docBase, i) + d.positions;
      this.#passageBase[i + 1] = at(this.#passageBase, i) + d.passages;
      this.#segmentBase[i + 1] = at(this.#segmentBase, i) + (d.continuous ? 1 : d.passages);
      this.#chunkBase[i + 1] = at(this.#chunkBase, i) + Math.ceil(d.passages / CHUNK_PASSAGES);
    });
    this.size = at(this.#docBase, n);
    this.sourceIds = [...pinned.sourceIds, ...tables.docs.map((d) => d.source)];
    this.sourceEnd = Int32Array.from([...pinned.sourceEnd, ...this.#docBase.subarray(1)]);
    // The pinned part's trigrams, renumbered in this vocabulary.
    const pinnedWords = [...pinned.vocabulary.keys()];
    const Vp = pinnedWords.length;
    const V = this.vocabulary.size;
    const id = (local: number) => this.vocabulary.get(at(pinnedWords, local)) ?? -1;
    this.#pinnedTrigrams = new Map();
    for (const [key, postings] of pinned.trigrams) {
      const [a, b, c] = decodeGram(key, Vp);
      this.#pinnedTrigrams.set(gramKey(id(a), id(b), id(c), V), postings);
    }
    this.trigrams = {
      count: (key) => this.#trigramCount(key),
      get: (key, onlySource) => this.#trigramPostings(key, onlySource),
    };
    this.unigrams = {
      count: (word) => this.#wordCount(word),
      get: (word, onlySource) => this.#wordPostings(word, onlySource),
      within: (word, lo, hi) => this.#wordPostingsWithin(word, lo, hi),
    };
  }

  resultFor(input: QuoteInput): MatchResult | undefined {
    return this.#results.get(resultKey(input));
  }

  /** Chunks and buckets in memory now (for tests and the bench). */
  get resident(): { chunks: number; buckets: number } {
    return { chunks: this.#chunks.size, buckets: this.#buckets.size };
  }

  /** A passage of a chunk in memory now. */
  passageById(id: string): Passage | undefined {
    for (const loaded of this.#chunks.values()) {
      loaded.byId ??= new Map(loaded.chunk.passages.map((p) => [p.id, p]));
      const passage = loaded.byId.get(id);
      if (passage) return passage;
    }
    return undefined;
  }

  // --- stream positions ---

  /** The document holding library position `pos` (≥ the pinned part). */
  #docAt(pos: number): number {
    // Accesses come in runs over one stretch: the last answer is usually the next one.
    const last = this.#lastDoc;
    if (pos >= at(this.#docBase, last) && pos < at(this.#docBase, last + 1)) return last;
    this.#lastDoc = lastAtMost(this.#docBase, pos, this.#tables.docs.length);
    return this.#lastDoc;
  }

  /** Local passage of document `d` holding `pos`. */
  #localPassage(d: number, pos: number): number {
    const entry = at(this.#passageBase, d) - this.#pinned.passages.length;
    const passages = at(this.#tables.docs, d).passages;
    const libraryPos = pos - this.#pinned.size;
    const first = this.#tables.passageFirst;
    // The last answer, or the passage after it, usually holds the next position asked for.
    for (const guess of [this.#lastEntry, this.#lastEntry + 1]) {
      const local = guess - entry;
      if (local < 0 || local >= passages) continue;
      const end = local + 1 < passages ? at(first, guess + 1) : at(this.#docBase, d + 1) - this.#pinned.size;
      if (at(first, guess) <= libraryPos && libraryPos < end) {
        this.#lastEntry = guess;
        return local;
      }
    }
    const local = lastAtMost(first.subarray(entry), libraryPos, passages);
    this.#lastEntry = entry + local;
    return local;
  }

  /** The chunk holding local passage `local` of document `d`, recorded and thrown for when not in memory. */
  #chunk(d: number, local: number): LoadedChunk {
    const id = at(this.#chunkBase, d) + Math.floor(local / CHUNK_PASSAGES);
    const loaded = this.#chunks.get(id);
    if (!loaded) {
      this.#missChunk(id);
      throw new NotLoaded(`chunk ${id} is not loaded`);
    }
    loaded.used = ++this.#clock;
    return loaded;
  }

  passageAt(pos: number): number {
    if (pos < this.#pinned.size) return this.#pinned.passageAt(pos);
    const d = this.#docAt(pos);
    return at(this.#passageBase, d) + this.#localPassage(d, pos);
  }

  wordAt(pos: number): number {
    if (pos < this.#pinned.size) return this.#pinned.wordAt(pos);
    const d = this.#docAt(pos);
    const entry = at(this.#passageBase, d) - this.#pinned.passages.length + this.#localPassage(d, pos);
    return pos - this.#pinned.size - at(this.#tables.passageFirst, entry);
  }

  sourceAt(pos: number): number {
    if (pos < this.#pinned.size) return this.#pinned.sourceAt(pos);
    return this.#pinned.sourceIds.length + this.#docAt(pos);
  }

  keyAt(pos: number): string {
    if (pos < this.#pinned.size) return this.#pinned.keyAt(pos);
    const d = this.#docAt(pos);
    const loaded = this.#chunk(d, this.#localPassage(d, pos));
    return at(loaded.chunk.keys, pos - loaded.first);
  }

  segmentAt(pos: number): number {
    if (pos < this.#pinned.size) return this.#pinned.segmentAt(pos);
    const d = this.#docAt(pos);
    return at(this.#tables.docs, d).continuous
      ? at(this.#segmentBase, d)
      : at(this.#segmentBase, d) + this.#localPassage(d, pos);
  }

  segmentRange(segment: number): readonly [number, number] {
    if (segment < this.#pinned.segments.length) return this.#pinned.segmentRange(segment);
    const d = lastAtMost(this.#segmentBase, segment, this.#tables.docs.length);
    if (at(this.#tables.docs, d).continuous) return [at(this.#docBase, d), at(this.#docBase, d + 1)];
    const entry =
      at(this.#passageBase, d) - this.#pinned.passages.length + segment - at(this.#segmentBase, d);
    const lo = at(this.#tables.passageFirst, entry) + this.#pinned.size;
    const last = entry + 1 === at(this.#passageBase, d + 1) - this.#pinned.passages.length;
    const hi = last ? at(this.#docBase, d + 1) : at(this.#tables.passageFirst, entry + 1) + this.#pinned.size;
    return [lo, hi];
  }

  passage(n: number): IndexedPassage {
    if (n < this.#pinned.passages.length) return this.#pinned.passage(n);
    const d = lastAtMost(this.#passageBase, n, this.#tables.docs.length);
    const local = n - at(this.#passageBase, d);
    const loaded = this.#chunk(d, local);
    const inChunk = local % CHUNK_PASSAGES;
    let ip = loaded.indexed[inChunk];
    if (!ip) {
      const passage = at(loaded.chunk.passages, inChunk);
      const tokens = tokenise(passage.text);
      const words: number[] = [];
      tokens.forEach((t, i) => {
        if (t.kind === 'word') words.push(i);
      });
      ip = {
        passage,
        source: at(this.#docSource, d),
        tokens,
        words,
        first: this.#entryFirst(d, local),
        titleCase: at(loaded.chunk.titleCase, inChunk) === 1,
      };
      loaded.indexed[inChunk] = ip;
    }
    return ip;
  }

  /** Stream position of the first word of local passage `local` of document `d`. */
  #entryFirst(d: number, local: number): number {
    const entry = at(this.#passageBase, d) - this.#pinned.passages.length + local;
    return this.#pinned.size + at(this.#tables.passageFirst, entry);
  }

  /**
   * The matcher is about to align around these stream stretches: the chunks holding them (and the
   * words alignment reaches beyond them) are read in one go.
   */
  prepare(stretches: ReadonlyArray<{ lo: number; hi: number }>): void {
    let missing = false;
    for (const { lo, hi } of stretches) {
      const from = Math.max(this.#pinned.size, lo - PREPARE_REACH);
      const to = Math.min(this.size - 1, hi + PREPARE_REACH);
      if (to < from) continue;
      const d0 = this.#docAt(from);
      const d1 = this.#docAt(to);
      for (let d = d0; d <= d1; d++) {
        if (at(this.#tables.docs, d).passages === 0) continue;
        const a = Math.floor(this.#localPassage(d, Math.max(from, at(this.#docBase, d))) / CHUNK_PASSAGES);
        const b = Math.floor(
          this.#localPassage(d, Math.min(to, at(this.#docBase, d + 1) - 1)) / CHUNK_PASSAGES,
        );
        for (let k = a; k <= b; k++) {
          const id = at(this.#chunkBase, d) + k;
          if (!this.#chunks.has(id)) {
            this.#missChunk(id);
            missing = true;
          }
        }
      }
    }
    if (missing) throw new NotLoaded('chunks not loaded');
  }

  // --- postings ---

  /** Library word numbers of a trigram key of this vocabulary, or null when a word is not the library's. */
  #libraryGram(key: GramKey): [number, number, number] | null {
    const [a, b, c] = decodeGram(key, this.vocabulary.size);
    const V = this.#libraryVocabulary;
    return a < V && b < V && c < V ? [a, b, c] : null;
  }

  /**
   * Postings (library positions) of key (ab, c) in bucket `id`: empty when it has none; undefined, and
   * recorded, when the bucket is not in memory.
   */
  #postings(id: number, ab: number, c: number): Int32Array | undefined {
    const bucket = this.#buckets.get(id);
    if (!bucket) {
      this.#missBucket(id);
      return undefined;
    }
    let lo = 0;
    let hi = bucket.ab.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const m = at(bucket.ab, mid);
      if (m < ab || (m === ab && at(bucket.c, mid) < c)) lo = mid + 1;
      else hi = mid;
    }
    if (lo >= bucket.ab.length || bucket.ab[lo] !== ab || bucket.c[lo] !== c) return new Int32Array(0);
    return bucket.positions.subarray(at(bucket.start, lo), at(bucket.start, lo + 1));
  }

  #gramPostings(gram: [number, number, number]): Int32Array | undefined {
    const [a, b, c] = gram;
    return this.#postings(bucketFor(a, b, c, this.#tables.bucketCount), a * this.#libraryVocabulary + b, c);
  }

  #trigramCount(key: GramKey): number {
    const pinned = this.#pinnedTrigrams.get(key)?.length ?? 0;
    const gram = this.#libraryGram(key);
    return pinned + (gram ? (this.#gramPostings(gram)?.length ?? 0) : 0);
  }

  #trigramPostings(key: GramKey, onlySource?: string): number[] | undefined {
    const pinned = this.#pinnedTrigrams.get(key) ?? [];
    const gram = this.#libraryGram(key);
    const library = gram ? this.#gramPostings(gram) : new Int32Array(0);
    if (!library) throw new NotLoaded('trigram bucket not loaded');
    if (library.length === 0) return pinned.length ? pinned : undefined;
    const out = [...pinned];
    const only = onlySource === undefined ? -1 : this.sourceIds.indexOf(onlySource);
    for (const p of library) {
      const pos = p + this.#pinned.size;
      if (only < 0 || this.sourceAt(pos) === only) out.push(pos);
    }
    return out;
  }

  #libraryWord(word: string): number {
    const id = this.vocabulary.get(word);
    return id !== undefined && id < this.#libraryVocabulary ? id : -1;
  }

  #wordBucket(id: number): number {
    return this.#tables.bucketCount + (id % this.#tables.wordBucketCount);
  }

  /** A library word's postings (library positions); undefined, recorded, when its bucket is not in memory. */
  #wordList(id: number): Int32Array | undefined {
    return this.#postings(this.#wordBucket(id), id, 0);
  }

  #wordCount(word: string): number {
    const pinned = this.#pinned.unigrams.get(word)?.length ?? 0;
    const id = this.#libraryWord(word);
    return pinned + (id < 0 ? 0 : at(this.#tables.wordCount, id));
  }

  #wordPostings(word: string, onlySource?: string): number[] | undefined {
    const pinned = this.#pinned.unigrams.get(word) ?? [];
    const id = this.#libraryWord(word);
    if (id < 0) return pinned.length ? pinned : undefined;
    const list = this.#wordList(id);
    if (!list) throw new NotLoaded('word bucket not loaded');
    const only = onlySource === undefined ? -1 : this.sourceIds.indexOf(onlySource);
    const out = only < 0 || only < this.#pinned.sourceIds.length ? [...pinned] : [];
    for (const p of list) {
      const pos = p + this.#pinned.size;
      if (only < 0 || this.sourceAt(pos) === only) out.push(pos);
    }
    return out;
  }

  #wordPostingsWithin(word: string, lo: number, hi: number): number[] {
    const pinned = this.#pinned.unigrams.get(word) ?? [];
    const out: number[] = [];
    for (let i = firstAtLeast(pinned, lo, 0); i < pinned.length && at(pinned, i) <= hi; i++)
      out.push(at(pinned, i));
    const id = this.#libraryWord(word);
    if (id < 0 || hi < this.#pinned.size) return out;
    // Not in memory: recorded, and the run that asked is not used (see #complete).
    const list = this.#wordList(id);
    if (!list) return out;
    const base = this.#pinned.size;
    for (let i = firstAtLeast(list, lo - base, 0); i < list.length && at(list, i) <= hi - base; i++)
      out.push(at(list, i) + base);
    return out;
  }

  /** Whether the stream's word at `pos` is `word` (its key or alternative), without its document if need be. */
  wordIs(pos: number, word: { key: string; alt?: string }): boolean {
    if (pos < this.#pinned.size || this.#chunks.has(this.#chunkOf(pos))) {
      const key = this.keyAt(pos);
      return word.key === key || (word.alt !== undefined && word.alt === key);
    }
    const libraryPos = pos - this.#pinned.size;
    for (const key of word.alt === undefined ? [word.key] : [word.key, word.alt]) {
      const id = this.#libraryWord(key);
      if (id < 0) continue;
      const list = this.#wordList(id);
      if (!list) throw new NotLoaded('word bucket not loaded');
      const i = firstAtLeast(list, libraryPos, 0);
      if (i < list.length && list[i] === libraryPos) return true;
    }
    return false;
  }

  #chunkOf(pos: number): number {
    const d = this.#docAt(pos);
    return at(this.#chunkBase, d) + Math.floor(this.#localPassage(d, pos) / CHUNK_PASSAGES);
  }

  // --- loading ---

  /** Buckets of every trigram the texts' words could form. */
  #bucketsFor(texts: readonly string[]): number[] {
    const ids = new Set<number>();
    const V = this.#libraryVocabulary;
    for (const text of texts) {
      const tokens = wordTokens(tokenise(text));
      // One- and two-word quotations are looked up by their words.
      if (tokens.length < 3)
        for (const t of tokens) {
          const id = this.#libraryWord(t.key);
          if (id >= 0) ids.add(this.#wordBucket(id));
        }
      const words = tokens.map((w: Token) => this.vocabulary.get(w.key) ?? -1);
      for (let i = 0; i + 2 < words.length; i++) {
        const a = at(words, i);
        const b = at(words, i + 1);
        const c = at(words, i + 2);
        if (a >= 0 && b >= 0 && c >= 0 && a < V && b < V && c < V)
          ids.add(bucketFor(a, b, c, this.#tables.bucketCount));
      }
    }
    return [...ids].filter((id) => !this.#buckets.has(id));
  }

  async #loadBuckets(ids: readonly number[]): Promise<void> {
    if (ids.length === 0) return;
    const buckets = await this.#store.buckets(ids);
    ids.forEach((id, i) => {
      const bucket = buckets[i];
      if (!bucket || bucket.id !== id) throw new Error(`library index: trigram bucket ${id} is not stored`);
      this.#buckets.set(id, bucket);
    });
  }

  async #loadChunks(ids: readonly number[]): Promise<void> {
    if (ids.length === 0) return;
    const wanted = ids.map((id) => {
      const d = lastAtMost(this.#chunkBase, id, this.#tables.docs.length);
      return { d, k: id - at(this.#chunkBase, d), doc: at(this.#tables.docs, d) };
    });
    const stored = await this.#store.chunks(wanted.map((w) => ({ source: w.doc.source, chunk: w.k })));
    ids.forEach((id, i) => {
      const chunk = stored[i];
      const { d, k, doc } = at(wanted, i);
      const from = k * CHUNK_PASSAGES;
      const to = Math.min(doc.passages, from + CHUNK_PASSAGES);
      const first = this.#entryFirst(d, from);
      const end = to === doc.passages ? at(this.#docBase, d + 1) : this.#entryFirst(d, to);
      // A stored chunk of other content than the library was built from is never read.
      if (
        !chunk ||
        chunk.format !== INDEX_FORMAT ||
        chunk.source !== doc.source ||
        chunk.hash !== doc.hash ||
        chunk.chunk !== k ||
        chunk.passages.length !== to - from ||
        chunk.keys.length !== end - first
      )
        throw new Error(`library index: ${doc.source} is not stored as the library expects`);
      this.#chunks.set(id, { chunk, first, indexed: [], used: ++this.#clock });
    });
  }

  #evict(): void {
    if (this.#holds > 0) return;
    if (this.#chunks.size > this.#limits.chunks) {
      const byAge = [...this.#chunks].sort((a, b) => a[1].used - b[1].used);
      for (const [id] of byAge.slice(0, this.#chunks.size - this.#limits.chunks)) this.#chunks.delete(id);
    }
    // Buckets: the first loaded go first (a Map keeps insertion order).
    for (const id of this.#buckets.keys()) {
      if (this.#buckets.size <= this.#limits.buckets) break;
      this.#buckets.delete(id);
    }
  }

  /** Runs `run` until it completes having read nothing missing, loading what it reached for. */
  #missChunk(id: number): void {
    this.#missingChunks.add(id);
    this.#missed = true;
  }

  #missBucket(id: number): void {
    this.#missingBuckets.add(id);
    this.#missed = true;
  }

  /**
   * Matches each input exactly as `matchQuote` over the whole library would, reading what each needs:
   * every input is run, what the runs reached for and missed is read in one go, and the runs that
   * missed something run again, until none does. While `then` runs (synchronously) everything they
   * needed stays in memory, so a scan may run the matcher over this index again (scanArticle) and find
   * it all. The cache is trimmed afterwards.
   */
  async matchAll<T = MatchResult[]>(
    inputs: readonly QuoteInput[],
    then?: (results: MatchResult[]) => T,
    policy: SourcePolicy = REPORT_FIRST,
  ): Promise<T> {
    this.#holds++;
    try {
      await this.#loadBuckets(this.#bucketsFor(inputs.map((i) => i.text)));
      const results: MatchResult[] = inputs.map((i) => notFound(i.attributedTo ?? null));
      let pending = inputs.map((_, i) => i);
      while (pending.length > 0) {
        this.#missingChunks.clear();
        this.#missingBuckets.clear();
        const again: number[] = [];
        for (const i of pending) {
          this.#missed = false;
          const input = at(inputs, i);
          try {
            results[i] = matchQuote(this, input, policy);
          } catch (e) {
            results[i] = notFound(input.attributedTo ?? null);
            // A failure with nothing missing is the matcher's: the quotation claims nothing (as in a scan).
            if (!this.#missed)
              console.error('Verbatim: the engine failed on a quotation; reporting it as not found.', e);
          }
          if (this.#missed) again.push(i);
        }
        await Promise.all([
          this.#loadBuckets([...this.#missingBuckets]),
          this.#loadChunks([...this.#missingChunks]),
        ]);
        pending = again;
      }
      if (policy === REPORT_FIRST)
        for (const [i, input] of inputs.entries()) this.#results.set(resultKey(input), at(results, i));
      return then ? then(results) : (results as T);
    } finally {
      this.#holds--;
      if (this.#holds === 0) this.#results.clear();
      this.#evict();
    }
  }

  async match(input: QuoteInput, policy: SourcePolicy = REPORT_FIRST): Promise<MatchResult> {
    const [result] = await this.matchAll([input], undefined, policy);
    return result as MatchResult;
  }
}

const resultKey = (input: QuoteInput) => `${input.attributedTo ?? ''}\u0000${input.text}`;

/** The last of the first `n` entries of ascending `list` that is ≤ `value` (0 when none is). */
function lastAtMost(list: ArrayLike<number>, value: number, n: number): number {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (at(list, mid) <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A trigram key's three word numbers (see gramKey). */
function decodeGram(key: GramKey, size: number): [number, number, number] {
  if (typeof key === 'string') {
    const [a, b, c] = key.split(',').map(Number);
    return [a ?? -1, b ?? -1, c ?? -1];
  }
  const c = key % size;
  const ab = (key - c) / size;
  const b = ab % size;
  return [(ab - b) / size, b, c];
}
