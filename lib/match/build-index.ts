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
function isTitleCase(text: string, tokens: Token[]): boolean {
  const content = tokens.filter((t) => t.kind === 'word' && !isStopWord(t.key) && /^\p{L}/u.test(t.key));
  if (content.length < 3) return false;
  const capitalised = content.filter((t) => /^\p{Lu}/u.test(text.slice(t.start, t.end))).length;
  return capitalised >= 0.8 * content.length;
}

export interface CorpusIndex {
  sources: Map<string, Source>;
  passages: IndexedPassage[];
  /** Per stream position: the passage (index into `passages`), the word's ordinal in it, its key. */
  posPassage: Int32Array;
  posWord: Int32Array;
  /** Per stream position: the source (index into `sourceIds`). */
  posSource: Int32Array;
  sourceIds: string[];
  /** Per source (index into `sourceIds`): the stream position after its last word (a source's words are contiguous). */
  sourceEnd: Int32Array;
  keys: string[];
  /**
   * Per stream position: the stretch of text known to be continuous. A curated passage is an excerpt, so
   * it is its own segment; an imported full text (`fullTextOf`) is continuous from start to end.
   */
  segment: Int32Array;
  /** Per segment: [first position, end position). */
  segments: Array<[number, number]>;
  /** Every distinct key of the stream, numbered: trigrams are looked up by these numbers (gramKey). */
  vocabulary: Map<string, number>;
  trigrams: Map<GramKey, number[]>;
  unigrams: Map<string, number[]>;
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

export function buildIndex(corpus: CorpusContent): CorpusIndex {
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
  return {
    sources,
    passages,
    posPassage: Int32Array.from(posPassage),
    posWord: Int32Array.from(posWord),
    posSource: Int32Array.from(posSource),
    sourceIds,
    sourceEnd: Int32Array.from(sourceEnd),
    keys,
    segment: Int32Array.from(segment),
    segments,
    vocabulary,
    trigrams,
    unigrams,
  };
}
