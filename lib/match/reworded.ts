/**
 * Reworded quotations: words of a passage reordered, a verb swapped, words dropped or added, so that no
 * three consecutive words survive and trigram retrieval (retrieve.ts) finds nothing. Here candidates are
 * retrieved by the quotation's content words regardless of their order, and a stretch of one passage
 * qualifies only when it carries most of those words, densely, mostly in the same order. What qualifies
 * is aligned word by word (for the diff) and can only ever be `altered`, never verified.
 *
 * The thresholds, and why:
 * - REWORD_MIN_SHARED distinct content words in common. Two sentences about the same subject share two or
 *   three content words by default ("children", "border", "policy"); four distinct ones, in a stretch no
 *   longer than the quotation allows (below), is no longer what a subject alone explains.
 * - ALTERED_MIN_COVERAGE of the quotation's distinct content words found in the stretch: the same "most of
 *   the words" an ordered alteration needs (verdict.ts). A sentence that adds a claim of its own to a few
 *   borrowed words does not reach it.
 * - REWORD_MIN_DENSITY of the stretch's own distinct content words are the quotation's: the quotation's
 *   words must be close together in the passage, not picked from anywhere in a long paragraph, which is
 *   what an unrelated sentence on the same subject does. A rewording that drops up to half of a stretch's
 *   content words still passes.
 * - REWORD_MIN_ORDER of the pairs of shared words in the same order in both (the share of concordant
 *   pairs, Kendall's). Order is where meaning sits — who did what to whom: swapping subject and object
 *   reverses every pair between them, while a moved particle or adverb ("take the children away" for
 *   "take away children") or a clause tucked in reverses only the pairs it crosses.
 * - The stretch is searched within MAX_SPAN_FACTOR times the quotation's length in words (plus SPAN_SLACK):
 *   a rewording is about as long as what it rewords.
 * Words are compared by a crude stem here (stemOf), so a verb put in another tense ("issued" for
 * "issuing", "crosses" for "cross") still counts as the same word; the alignment that makes the diff
 * compares exact words, so the card shows the change.
 */

import { at } from '../text/at';
import { isStopWord } from '../text/stopwords';
import type { Token } from '../text/tokenise';
import { type CorpusIndex, postingCount } from './build-index';
import { firstAtLeast } from './retrieve';
import { ALTERED_MIN_COVERAGE } from './verdict';

export const REWORD_MIN_SHARED = 4;
export const REWORD_MIN_DENSITY = 0.5;
export const REWORD_MIN_ORDER = 2 / 3;
const MAX_SPAN_FACTOR = 2;
const SPAN_SLACK = 4;
/**
 * Retrieval is bounded by prefix filtering (as in similarity joins): a stretch that qualifies holds at
 * least `need` of the quotation's words that the corpus has, so it holds one of the (present − need + 1)
 * rarest of them. Only the places of those rarest words are looked around. When even they occur more
 * often than this, every word of the quotation is a stock word of the corpus and locates nothing.
 */
const MAX_SEED_POSTINGS = 2000;
/** Stretches kept per quotation, and windows measured to find them: the cost stays bounded. */
const MAX_STRETCHES = 4;
const MAX_MEASURED = 24;

export interface RewordedStretch {
  /** Stream positions [lo, hi] of the first and last shared words in the stretch. */
  lo: number;
  hi: number;
  shared: number;
  coverage: number;
  density: number;
  order: number;
}

const isContent = (key: string) => !isStopWord(key) && /[\p{L}\p{N}]/u.test(key);

/** Inflectional endings stripped by stemOf, longest first; the stem keeps at least MIN_STEM letters. */
const ENDINGS = ['ing', 'ed', 'es', 's', 'e'] as const;
const MIN_STEM = 4;

/** "referred", "referring" → "referr"; "prosecute", "prosecuted" → "prosecut"; short words unchanged. */
export function stemOf(key: string): string {
  for (const ending of ENDINGS) {
    // "-ss" is no plural ("cross", "address").
    if (ending === 's' && key.endsWith('ss')) continue;
    if (key.length - ending.length >= MIN_STEM && key.endsWith(ending)) return key.slice(0, -ending.length);
  }
  return key;
}

/** Per index: stem → the corpus's keys with that stem (built once, on the first reworded lookup). */
const stemsCache = new WeakMap<CorpusIndex, Map<string, string[]>>();
function stemsOf(index: CorpusIndex): Map<string, string[]> {
  let stems = stemsCache.get(index);
  if (!stems) {
    stems = new Map();
    for (const key of index.vocabulary.keys()) {
      if (!isContent(key)) continue;
      const stem = stemOf(key);
      const list = stems.get(stem);
      if (list) list.push(key);
      else stems.set(stem, [key]);
    }
    stemsCache.set(index, stems);
  }
  return stems;
}

/** Content-word stems of a text, in order of first use (letters or digits, not function words). */
function contentStems(keys: Iterable<string>): string[] {
  const seen = new Set<string>();
  for (const k of keys) if (isContent(k)) seen.add(stemOf(k));
  return [...seen];
}

/** Share of pairs of shared words whose order agrees (1 for a single pair or none). */
export function concordance(quoteOrder: readonly number[], sourceOrder: readonly number[]): number {
  let agree = 0;
  let pairs = 0;
  for (let i = 0; i < quoteOrder.length; i++) {
    for (let j = i + 1; j < quoteOrder.length; j++) {
      pairs++;
      const q = at(quoteOrder, i) - at(quoteOrder, j);
      const s = at(sourceOrder, i) - at(sourceOrder, j);
      if (q * s > 0) agree++;
    }
  }
  return pairs === 0 ? 1 : agree / pairs;
}

/** Measures one stretch [lo, hi] of the stream against the quotation's content words. */
function measure(index: CorpusIndex, quoteKeys: readonly string[], lo: number, hi: number): RewordedStretch {
  const firstAt = new Map<string, number>();
  const own = new Set<string>();
  for (let p = lo; p <= hi; p++) {
    const key = index.keyAt(p);
    if (!isContent(key)) continue;
    const stem = stemOf(key);
    own.add(stem);
    if (!firstAt.has(stem)) firstAt.set(stem, p);
  }
  const quoteOrder: number[] = [];
  const sourceOrder: number[] = [];
  quoteKeys.forEach((k, i) => {
    const p = firstAt.get(k);
    if (p === undefined) return;
    quoteOrder.push(i);
    sourceOrder.push(p);
  });
  const shared = quoteOrder.length;
  return {
    lo,
    hi,
    shared,
    coverage: shared / Math.max(1, quoteKeys.length),
    density: shared / Math.max(1, own.size),
    order: concordance(quoteOrder, sourceOrder),
  };
}

/**
 * A window holding the most quotation words may reach for one of them far into the passage; dropping
 * an edge hit while the quotation's coverage holds gives the stretch the rewording really comes from.
 */
function tighten(
  index: CorpusIndex,
  quoteKeys: readonly string[],
  hits: ReadonlyArray<{ pos: number }>,
  start: RewordedStretch,
): RewordedStretch {
  let best = start;
  for (;;) {
    const inner = hits.filter((h) => h.pos >= best.lo && h.pos <= best.hi).map((h) => h.pos);
    const options: RewordedStretch[] = [];
    const nextLo = inner.find((p) => p > best.lo);
    const prevHi = inner.findLast((p) => p < best.hi);
    if (nextLo !== undefined) options.push(measure(index, quoteKeys, nextLo, best.hi));
    if (prevHi !== undefined) options.push(measure(index, quoteKeys, best.lo, prevHi));
    const better = options
      .filter((o) => o.shared >= REWORD_MIN_SHARED && o.coverage >= ALTERED_MIN_COVERAGE)
      .filter((o) => o.density > best.density)
      .sort((a, b) => b.density - a.density)[0];
    if (!better) return best;
    best = better;
  }
}

export function qualifies(s: RewordedStretch): boolean {
  return (
    s.shared >= REWORD_MIN_SHARED &&
    s.coverage >= ALTERED_MIN_COVERAGE &&
    s.density >= REWORD_MIN_DENSITY &&
    s.order >= REWORD_MIN_ORDER
  );
}

/**
 * Stretches of the corpus holding most of the quotation's content words in any order, those that
 * qualify (see the header), best first. `words`: the quotation's word tokens (bracketed words excluded
 * by the caller when they are editorial).
 */
export function findRewordedStretches(index: CorpusIndex, words: readonly Token[]): RewordedStretch[] {
  const quoteKeys = contentStems(words.map((w) => w.key));
  if (quoteKeys.length < REWORD_MIN_SHARED) return [];
  const stems = stemsOf(index);
  const keysOf = quoteKeys.map((stem) => stems.get(stem) ?? []);
  const countOf = keysOf.map((keys) => keys.reduce((n, k) => n + postingCount(index.unigrams, k), 0));
  const need = Math.max(REWORD_MIN_SHARED, Math.ceil(ALTERED_MIN_COVERAGE * quoteKeys.length));
  const present = quoteKeys
    .map((_, key) => key)
    .filter((key) => at(countOf, key) > 0)
    .sort((a, b) => at(countOf, a) - at(countOf, b));
  if (present.length < need) return [];
  const seedKeys = present.slice(0, present.length - need + 1);
  if (seedKeys.reduce((n, key) => n + at(countOf, key), 0) > MAX_SEED_POSTINGS) return [];
  const seeds = seedKeys.flatMap((key) =>
    at(keysOf, key).flatMap((k) => Array.from(index.unigrams.get(k) ?? [])),
  );
  const width = MAX_SPAN_FACTOR * words.length + SPAN_SLACK;
  // Around each seed, as far as a stretch can reach within its segment (a stretch is in one segment, and
  // one that qualifies holds a seed): merged ranges of stream positions.
  seeds.sort((a, b) => a - b);
  const ranges: Array<[number, number]> = [];
  for (const p of seeds) {
    const [segLo, segHi] = index.segmentRange(index.segmentAt(p));
    const lo = Math.max(segLo, p - width);
    const hi = Math.min(segHi - 1, p + width);
    const last = ranges[ranges.length - 1];
    if (last && lo <= last[1]) last[1] = Math.max(last[1], hi);
    else ranges.push([lo, hi]);
  }
  const hits: Array<{ pos: number; key: number }> = [];
  for (const key of present) {
    for (const [lo, hi] of ranges) {
      for (const k of at(keysOf, key)) {
        const postings = index.unigrams.within?.(k, lo, hi) ?? index.unigrams.get(k) ?? [];
        for (let i = firstAtLeast(postings, lo, 0); i < postings.length && at(postings, i) <= hi; i++) {
          hits.push({ pos: at(postings, i), key });
        }
      }
    }
  }
  hits.sort((a, b) => a.pos - b.pos);
  // Sliding window over the hits (one segment at a time): the windows with the most distinct words.
  const windows: Array<{ lo: number; hi: number; distinct: number }> = [];
  const counts = new Map<number, number>();
  let left = 0;
  for (let right = 0; right < hits.length; right++) {
    const r = at(hits, right);
    while (
      left < right &&
      (at(hits, left).pos < r.pos - width || index.segmentAt(at(hits, left).pos) !== index.segmentAt(r.pos))
    ) {
      const key = at(hits, left).key;
      const n = (counts.get(key) ?? 0) - 1;
      if (n <= 0) counts.delete(key);
      else counts.set(key, n);
      left++;
    }
    counts.set(r.key, (counts.get(r.key) ?? 0) + 1);
    if (counts.size >= REWORD_MIN_SHARED - 1) {
      windows.push({ lo: at(hits, left).pos, hi: r.pos, distinct: counts.size });
    }
  }
  windows.sort((a, b) => b.distinct - a.distinct || a.hi - a.lo - (b.hi - b.lo));
  const out: RewordedStretch[] = [];
  let measured = 0;
  for (const w of windows) {
    if (out.length >= MAX_STRETCHES || measured >= MAX_MEASURED) break;
    if (out.some((s) => w.lo <= s.hi && w.hi >= s.lo)) continue;
    measured++;
    const stretch = tighten(index, quoteKeys, hits, measure(index, quoteKeys, w.lo, w.hi));
    if (qualifies(stretch)) out.push(stretch);
  }
  return out.sort((a, b) => b.coverage - a.coverage || b.order - a.order || b.density - a.density);
}
