/**
 * The corpus as one stream of words per source, in reading order, with an n-gram index over it.
 *
 * Why a stream: a quotation may run across passage boundaries where the source really is continuous (the
 * sentence passages of an imported full text), and an ellipsis-split quotation's fragments may land in
 * different passages of one source, in order. Stream positions grow in reading order within a source, so
 * "in order" is a comparison of positions.
 *
 * Why trigrams: retrieval looks up the quotation's word trigrams, so its cost depends on how often those
 * trigrams occur, not on the size of the corpus (a 3-word sequence of a real quotation is rare even in a
 * large text). Short quotations (one or two words) fall back to the postings of their rarest word.
 */

import type { CorpusContent, Passage, Source } from '../corpus/types';
import { at } from '../text/at';
import { isStopWord } from '../text/stopwords';
import { type Token, tokenise } from '../text/tokenise';
import type { MatchResult } from '../types';

export interface IndexedPassage {
  passage: Passage;
  source: Source;
  /** Every token of the passage text, marks included. */
  tokens: Token[];
  /** Indexes (into `tokens`) of the word tokens, in order. */
  words: number[];
  /** Stream position of the passage's first word. */
  first: number;
  /** A title-case heading ("The Department Did Not Effectively Plan"): the case of its words is typography. */
  titleCase: boolean;
}

/**
 * Title case: at least 3 content words, 80% or more of them capitalised. Running prose capitalises only
 * names and sentence starts, far below that share.
 */
export function isTitleCase(text: string, tokens: Token[]): boolean {
  const content = tokens.filter((t) => t.kind === 'word' && !isStopWord(t.key) && /^\p{L}/u.test(t.key));
  if (content.length < 3) return false;
  const capitalised = content.filter((t) => /^\p{Lu}/u.test(text.slice(t.start, t.end))).length;
  return capitalised >= 0.8 * content.length;
}

/**
 * Postings of a key: stream positions in ascending order. `count` (when the table has it) answers how
 * many there are without reading them: a stored library keeps its postings on disk and its counts in
 * memory (library-index.ts). `onlySource`: the caller keeps only positions of that source.
 */
export interface PostingTable<K> {
  get(key: K, onlySource?: string): ArrayLike<number> | undefined;
  count?(key: K): number;
  /** The postings in [lo, hi] only (what a table that loads on demand can answer without the rest). */
  within?(key: K, lo: number, hi: number): ArrayLike<number>;
}

/** How many postings `key` has in `table`. */
export function postingCount<K>(table: PostingTable<K>, key: K): number {
  return table.count ? table.count(key) : (table.get(key)?.length ?? 0);
}

/**
 * The matcher's view of the corpus stream. Per-position facts are read through methods, so an index may
 * hold only part of the stream in memory (a stored library loads documents as a quotation needs them).
 */
export interface CorpusIndex {
  sources: Map<string, Source>;
  /** Number of stream positions. */
  size: number;
  /** A passage by its number (see `passageAt`). */
  passage(n: number): IndexedPassage;
  /** Per stream position: the passage's number, the word's ordinal in it, its source, its key. */
  passageAt(pos: number): number;
  wordAt(pos: number): number;
  sourceAt(pos: number): number;
  keyAt(pos: number): string;
  /** Source ids by number (`sourceAt`). */
  sourceIds: readonly string[];
  /** Per source (by number): the stream position after its last word (a source's words are contiguous). */
  sourceEnd: ArrayLike<number>;
  /**
   * Per stream position: the stretch of text known to be continuous. A curated passage is an excerpt, so
   * it is its own segment; an imported full text (`fullTextOf`) is continuous from start to end.
   */
  segmentAt(pos: number): number;
  /** A segment's [first position, end position). */
  segmentRange(segment: number): readonly [number, number];
  /** Every distinct key of the stream, numbered: trigrams are looked up by these numbers (gramKey). */
  vocabulary: ReadonlyMap<string, number>;
  trigrams: PostingTable<GramKey>;
  unigrams: PostingTable<string>;
  /** Whether the word at `pos` is `word` (same key, or its alternative); an index may answer it from postings. */
  wordIs?(pos: number, word: { key: string; alt?: string }): boolean;
  /** A result this index already computed for the input, with the default source policy (see LibraryIndex). */
  resultFor?(input: { text: string; attributedTo?: string | null }): MatchResult | undefined;
  /** Called with the stretches a quotation is about to be aligned with (an index that loads on demand reads them). */
  prepare?(stretches: ReadonlyArray<{ lo: number; hi: number }>): void;
}

/** The whole stream in memory (`buildIndex`). */
export class MemoryIndex implements CorpusIndex {
  constructor(
    readonly sources: Map<string, Source>,
    readonly passages: IndexedPassage[],
    readonly posPassage: Int32Array,
    readonly posWord: Int32Array,
    readonly posSource: Int32Array,
    readonly sourceIds: string[],
    readonly sourceEnd: Int32Array,
    readonly keys: string[],
    readonly segment: Int32Array,
    readonly segments: Array<[number, number]>,
    readonly vocabulary: Map<string, number>,
    readonly trigrams: Map<GramKey, number[]>,
    readonly unigrams: Map<string, number[]>,
  ) {}
  get size() {
    return this.keys.length;
  }
  passage(n: number) {
    return at(this.passages, n);
  }
  passageAt(pos: number) {
    return at(this.posPassage, pos);
  }
  wordAt(pos: number) {
    return at(this.posWord, pos);
  }
  sourceAt(pos: number) {
    return at(this.posSource, pos);
  }
  keyAt(pos: number) {
    return at(this.keys, pos);
  }
  segmentAt(pos: number) {
    return at(this.segment, pos);
  }
  segmentRange(segment: number) {
    return at(this.segments, segment);
  }
}

/**
 * A trigram's key from its words' vocabulary numbers. One number (a · V² + b · V + c, V the vocabulary
 * size) while that is exact in a double, so lookups hash no strings; a string beyond that (a vocabulary of
 * over 200,000 distinct words).
 */
export type GramKey = number | string;
const EXACT_VOCABULARY = Math.floor(Math.cbrt(Number.MAX_SAFE_INTEGER));
export function gramKey(a: number, b: number, c: number, vocabularySize: number): GramKey {
  return vocabularySize <= EXACT_VOCABULARY
    ? (a * vocabularySize + b) * vocabularySize + c
    : `${a},${b},${c}`;
}

function push<K>(map: Map<K, number[]>, key: K, pos: number) {
  const list = map.get(key);
  if (list) list.push(pos);
  else map.set(key, [pos]);
}

export function buildIndex(corpus: CorpusContent): MemoryIndex {
  const sources = new Map(corpus.sources.map((s) => [s.id, s]));
  // Group passages by source, keeping the corpus order within each (it is the reading order).
  const bySource = new Map<string, Passage[]>();
  for (const p of corpus.passages) {
    if (!sources.has(p.source)) continue;
    const list = bySource.get(p.source);
    if (list) list.push(p);
    else bySource.set(p.source, [p]);
  }
  const passages: IndexedPassage[] = [];
  const posPassage: number[] = [];
  const posWord: number[] = [];
  const posSource: number[] = [];
  const sourceIds: string[] = [];
  const sourceEnd: number[] = [];
  const keys: string[] = [];
  const segment: number[] = [];
  const segments: Array<[number, number]> = [];
  for (const [sourceId, list] of bySource) {
    const source = sources.get(sourceId);
    if (!source) continue;
    const continuous = Boolean(source.fullTextOf);
    const sourceIndex = sourceIds.push(sourceId) - 1;
    for (const passage of list) {
      const tokens = tokenise(passage.text);
      const words: number[] = [];
      tokens.forEach((t, i) => {
        if (t.kind === 'word') words.push(i);
      });
      const first = keys.length;
      if (!continuous || segments.length === 0 || passages[passages.length - 1]?.source !== source) {
        segments.push([first, first]);
      }
      const seg = segments.length - 1;
      const passageIndex = passages.length;
      passages.push({ passage, source, tokens, words, first, titleCase: isTitleCase(passage.text, tokens) });
      words.forEach((ti, w) => {
        posPassage.push(passageIndex);
        posWord.push(w);
        posSource.push(sourceIndex);
        keys.push(at(tokens, ti).key);
        segment.push(seg);
      });
      at(segments, seg)[1] = keys.length;
    }
    sourceEnd[sourceIndex] = keys.length;
  }
  const vocabulary = new Map<string, number>();
  const ids = new Int32Array(keys.length);
  const unigrams = new Map<string, number[]>();
  for (let p = 0; p < keys.length; p++) {
    const key = at(keys, p);
    let id = vocabulary.get(key);
    if (id === undefined) {
      id = vocabulary.size;
      vocabulary.set(key, id);
    }
    ids[p] = id;
    push(unigrams, key, p);
  }
  const trigrams = new Map<GramKey, number[]>();
  for (let p = 0; p + 2 < keys.length; p++) {
    if (segment[p] === segment[p + 2]) {
      push(trigrams, gramKey(at(ids, p), at(ids, p + 1), at(ids, p + 2), vocabulary.size), p);
    }
  }
  return new MemoryIndex(
    sources,
    passages,
    Int32Array.from(posPassage),
    Int32Array.from(posWord),
    Int32Array.from(posSource),
    sourceIds,
    Int32Array.from(sourceEnd),
    keys,
    Int32Array.from(segment),
    segments,
    vocabulary,
    trigrams,
    unigrams,
  );
}
