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
import { type CorpusIndex, gramKey } from './build-index';
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
 * Attorney"); it is skipped when the quotation has rarer trigrams, which locate it as well and keep the
 * cost bounded however large the corpus grows.
 */
const MAX_POSTINGS = 500;

interface Hit {
  q: number;
  p: number;
  len: number;
}

function trigramHits(index: CorpusIndex, words: Token[]): Hit[] {
  const lists: Array<{ q: number; postings: number[] }> = [];
  for (let q = 0; q + 2 < words.length; q++) {
    const postings = index.trigrams.get(
      gramKey(at(words, q).key, at(words, q + 1).key, at(words, q + 2).key),
    );
    if (postings) lists.push({ q, postings });
  }
  const usable = lists.filter((l) => l.postings.length <= MAX_POSTINGS);
  const chosen =
    usable.length > 0 ? usable : lists.sort((a, b) => a.postings.length - b.postings.length).slice(0, 1);
  return chosen.flatMap(({ q, postings }) => postings.map((p) => ({ q, p, len: 3 })));
}

/** One- and two-word quotations: every place the whole sequence occurs, found from its rarest word. */
function shortHits(index: CorpusIndex, words: Token[]): Hit[] {
  let rarest = -1;
  let rarestList: number[] = [];
  words.forEach((w, i) => {
    const list = index.unigrams.get(w.key) ?? [];
    if (rarest < 0 || list.length < rarestList.length) {
      rarest = i;
      rarestList = list;
    }
  });
  const hits: Hit[] = [];
  for (const pos of rarestList) {
    const start = pos - rarest;
    if (start < 0 || start + words.length > index.keys.length) continue;
    if (index.segment[start] !== index.segment[start + words.length - 1]) continue;
    if (words.every((w, i) => keysEqual(w, { key: at(index.keys, start + i) }))) {
      hits.push({ q: 0, p: start, len: words.length });
    }
  }
  return hits;
}

/** Regions of the corpus that share words with `words` (one fragment of a quotation), best first. */
export function findRegions(index: CorpusIndex, words: Token[], onlySource?: string): Region[] {
  if (words.length === 0) return [];
  const hits = words.length >= 3 ? trigramHits(index, words) : shortHits(index, words);
  hits.sort((a, b) => a.p - b.p);
  const regions: Region[] = [];
  let current: { region: Region; covered: Set<number> } | null = null;
  const close = () => {
    if (current) {
      current.region.score = current.covered.size;
      regions.push(current.region);
    }
  };
  for (const hit of hits) {
    const seg = at(index.segment, hit.p);
    const source = at(index.passages, at(index.posPassage, hit.p)).source.id;
    if (onlySource && source !== onlySource) continue;
    // Hits further apart than the fragment itself cannot be parts of one printing of it.
    const joins = current && current.region.segment === seg && hit.p <= current.region.hi + words.length;
    if (!current || !joins) {
      close();
      current = {
        region: {
          source,
          segment: seg,
          lo: hit.p,
          hi: hit.p + hit.len,
          qLo: hit.q,
          qHi: hit.q + hit.len,
          score: 0,
        },
        covered: new Set(),
      };
    }
    const r = current.region;
    r.hi = Math.max(r.hi, hit.p + hit.len);
    r.qLo = Math.min(r.qLo, hit.q);
    r.qHi = Math.max(r.qHi, hit.q + hit.len);
    for (let i = 0; i < hit.len; i++) current.covered.add(hit.q + i);
  }
  close();
  // Equal coverage: the region whose hits spread least beyond the quotation's length fits it best.
  const spread = (r: Region) => r.hi - r.lo - (r.qHi - r.qLo);
  return regions.sort((a, b) => b.score - a.score || spread(a) - spread(b) || a.lo - b.lo);
}
