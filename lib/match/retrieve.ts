/**
 * Candidate retrieval: where in the corpus a run of quotation words could come from.
 *
 * Each quotation trigram found in the index is a hit (quotation word i ↔ stream position p). Hits in the
 * same continuous segment that lie close together form a region; a region's score is how many quotation
 * words its hits cover. Only regions are aligned word by word (align.ts), so the cost of a quotation
 * depends on its own length and on how often its trigrams occur, not on the corpus size.
 */
import { at } from '../text/at';
import type { Token } from '../text/tokenise';
import { type CorpusIndex, type GramKey, gramKey, postingCount } from './build-index';
import { keysEqual } from './compare';

export interface Region {
  source: string;
  segment: number;
  /** Stream positions spanned by the hits: [lo, hi). */
  lo: number;
  hi: number;
  /** Quotation word indexes covered by the hits: [qLo, qHi). */
  qLo: number;
  qHi: number;
  /** Number of distinct quotation words covered by hits. */
  score: number;
}

/**
 * A trigram occurring more often than this is a stock phrase of the corpus ("of the zero", "the U.S.
 * Attorney"): it says nothing about where one particular quotation comes from. It is skipped when the
 * quotation has rarer trigrams, which locate it as well, so the cost stays bounded however large the
 * corpus grows. (Alignment still compares every word; this only limits where we look.)
 */
const MAX_POSTINGS = 32;

/**
 * A hit is quotation word q found at stream position p, packed in one number (p · 2^16 + q) so that a
 * typed array of hits sorts by position natively. Quotations are far shorter than 65,536 words.
 */
const Q_BITS = 65536;

/** Occurrences kept per source for a one- or two-word quotation: with no context, one is as good as another. */
const SHORT_PER_SOURCE = 4;

function trigramHits(index: CorpusIndex, words: Token[], onlySource?: string): Float64Array {
  const lists: Array<{ q: number; key: GramKey; count: number }> = [];
  // A word the corpus never uses (-1) is in no trigram of it.
  const ids = words.map((w) => index.vocabulary.get(w.key) ?? -1);
  const size = index.vocabulary.size;
  for (let q = 0; q + 2 < words.length && q < Q_BITS; q++) {
    const a = at(ids, q);
    const b = at(ids, q + 1);
    const c = at(ids, q + 2);
    if (a < 0 || b < 0 || c < 0) continue;
    const key = gramKey(a, b, c, size);
    const count = postingCount(index.trigrams, key);
    if (count > 0) lists.push({ q, key, count });
  }
  const usable = lists.filter((l) => l.count <= MAX_POSTINGS);
  const chosen = (usable.length > 0 ? usable : lists.sort((a, b) => a.count - b.count).slice(0, 1)).map(
    ({ q, key }) => ({ q, postings: index.trigrams.get(key, onlySource) ?? [] }),
  );
  const hits = new Float64Array(chosen.reduce((n, l) => n + l.postings.length, 0));
  let k = 0;
  for (const { q, postings } of chosen)
    for (let i = 0; i < postings.length; i++) hits[k++] = at(postings, i) * Q_BITS + q;
  return hits.sort();
}

/** One- and two-word quotations: places the whole sequence occurs, found from its rarest word. */
function shortHits(index: CorpusIndex, words: Token[]): Float64Array {
  let rarest = -1;
  let rarestCount = 0;
  words.forEach((w, i) => {
    const count = postingCount(index.unigrams, w.key);
    if (rarest < 0 || count < rarestCount) {
      rarest = i;
      rarestCount = count;
    }
  });
  const rarestList = rarestCount > 0 ? (index.unigrams.get(at(words, rarest).key) ?? []) : [];
  const hits: number[] = [];
  const perSource = new Int32Array(index.sourceIds.length);
  for (let k = 0; k < rarestList.length; k++) {
    const start = at(rarestList, k) - rarest;
    if (start < 0 || start + words.length > index.size) continue;
    if (index.segmentAt(start) !== index.segmentAt(start + words.length - 1)) continue;
    if (!occursAt(index, words, start)) continue;
    const source = index.sourceAt(start);
    perSource[source] = at(perSource, source) + 1;
    hits.push(start * Q_BITS);
    if (perSource[source] === SHORT_PER_SOURCE) {
      // This source is done: skip the rest of its postings (its words are contiguous in the stream), so
      // a phrase common in a large corpus costs a few lookups per source, not one per occurrence.
      k = firstAtLeast(rarestList, at(index.sourceEnd, source) + rarest, k + 1) - 1;
    }
  }
  return Float64Array.from(hits);
}

/** Does the word sequence occur at stream position `start` (which the caller has bounds-checked)? */
function occursAt(index: CorpusIndex, words: Token[], start: number): boolean {
  for (let i = 0; i < words.length; i++) {
    const word = at(words, i);
    if (index.wordIs ? !index.wordIs(start + i, word) : !keysEqual(word, { key: index.keyAt(start + i) }))
      return false;
  }
  return true;
}

/** Index of the first element ≥ `value` in the sorted `list`, searching from `from`. */
export function firstAtLeast(list: ArrayLike<number>, value: number, from: number): number {
  let lo = from;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at(list, mid) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Regions of the corpus that share words with `words` (one fragment of a quotation), best first. */
export function findRegions(index: CorpusIndex, words: Token[], onlySource?: string): Region[] {
  if (words.length === 0) return [];
  const len = Math.min(3, words.length);
  const hits = words.length >= 3 ? trigramHits(index, words, onlySource) : shortHits(index, words);
  const regions: Region[] = [];
  // Covered quotation words of the current region, marked with the region's number.
  const covered = new Int32Array(words.length);
  let current: Region | null = null;
  for (let h = 0; h < hits.length; h++) {
    const packed = at(hits, h);
    const p = Math.floor(packed / Q_BITS);
    const q = packed - p * Q_BITS;
    const seg = index.segmentAt(p);
    // Hits further apart than the fragment itself cannot be parts of one printing of it.
    if (!current || current.segment !== seg || p > current.hi + words.length) {
      const source = at(index.sourceIds, index.sourceAt(p));
      if (onlySource && source !== onlySource) {
        current = null;
        continue;
      }
      current = { source, segment: seg, lo: p, hi: p + len, qLo: q, qHi: q + len, score: 0 };
      regions.push(current);
    }
    const r = current;
    r.hi = Math.max(r.hi, p + len);
    r.qLo = Math.min(r.qLo, q);
    r.qHi = Math.max(r.qHi, q + len);
    for (let i = q; i < q + len; i++) {
      if (covered[i] !== regions.length) {
        covered[i] = regions.length;
        r.score++;
      }
    }
  }
  // Equal coverage: the region whose hits spread least beyond the quotation's length fits it best.
  const spread = (r: Region) => r.hi - r.lo - (r.qHi - r.qLo);
  return regions.sort((a, b) => b.score - a.score || spread(a) - spread(b) || a.lo - b.lo);
}
