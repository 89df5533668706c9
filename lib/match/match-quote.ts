/**
 * One quotation against the corpus: split at its ellipses into fragments, retrieve candidate regions per
 * fragment, align each fragment in each candidate source (fragments in order), name every difference,
 * and keep the best source — a complete match beats a partial one, and the report beats a related source.
 */

import { attributedDocuments, isCompleteDocument } from '../sources/attributed';
import { at } from '../text/at';
import { isStopWord } from '../text/stopwords';
import { type Token, tokenise, wordTokens } from '../text/tokenise';
import type { DiffPart, Edit, MatchResult, PassageHighlight, QuoteInput, Verdict } from '../types';
import { type AlignedPair, alignWindow, type Piece } from './align';
import { checkAttribution } from './attribution';
import type { CorpusIndex } from './build-index';
import { findRegions, type Region } from './retrieve';
import { findRewordedStretches } from './reworded';
import { REPORT_FIRST, type SourcePolicy } from './source-policy';
import {
  ALTERED_MIN_COVERAGE,
  type AlignmentSummary,
  LONG_RUN,
  MIN_RUN_CONTENT,
  MIN_RUN_WORDS,
  PARTIAL_RUN_CONTENT,
  TIER_RANK,
  type Tier,
  tierOf,
} from './verdict';

/**
 * Source words aligned beyond the retrieved hits on each side. A quotation's first or last words may
 * differ from the source (that is what we are looking for) so the window reaches past the hits; eight
 * words covers a bracket replacement (MAX_BRACKET_SPAN) plus a few changed words.
 */
const SLACK = 8;
/** Quotation words aligned beyond a region's first and last hits (see windowFor). */
const REACH = 8;
/** Candidate sources aligned per quotation: the best by retrieval score (plus the best primary one). */
const MAX_SOURCES = 4;
/** Share of the best source's retrieval score a source needs to be aligned at all (see matchQuote). */
const MIN_SCORE_SHARE = 0.5;
/** How deep an unmatched edge of a quotation is looked up again (quotations glued from several passages). */
const MAX_GLUE_DEPTH = 2;
/**
 * Regions of one source tried per fragment when the best-scoring one does not align cleanly: the same
 * words often occur in near-identical sentences of one report (a summary and its body).
 */
const REGIONS_TRIED = 3;

interface Fragment {
  tokens: Token[];
  words: Token[];
  /** The ellipsis printed before this fragment (between it and the previous one), if any. */
  ellipsisBefore: Token | null;
}

/** What aligning a run of quotation tokens in one source gave. */
interface Span {
  pieces: Piece[];
  diff: DiffPart[];
  edits: Edit[];
  unmatchedRuns: number[];
  /** Pieces joined without a quotation mark between them: an omission the quotation does not show. */
  joins: number;
}

function fragmentsOf(tokens: Token[]): Fragment[] {
  const fragments: Fragment[] = [];
  let current: Token[] = [];
  let ellipsis: Token | null = null;
  const flush = (next: Token | null) => {
    const words = wordTokens(current);
    if (words.length > 0) fragments.push({ tokens: current, words, ellipsisBefore: ellipsis });
    // An ellipsis before the first fragment or after the last one omits nothing inside the quotation.
    if (words.length > 0 || fragments.length > 0) ellipsis = next ?? ellipsis;
    current = [];
  };
  for (const t of tokens) {
    if (t.kind === 'ellipsis') flush(t);
    else current.push(t);
  }
  flush(null);
  return fragments;
}

const slice = (text: string, tokens: Token[]) =>
  tokens.length ? text.slice(at(tokens, 0).start, at(tokens, tokens.length - 1).end) : '';

export function matchQuote(
  index: CorpusIndex,
  input: QuoteInput,
  policy: SourcePolicy = REPORT_FIRST,
): MatchResult {
  const text = input.text;
  const attributedTo = input.attributedTo ?? null;
  const attributed = attributedDocuments(index.sources.values(), attributedTo);
  const isPrimary = (s: string) => policy.preferred(index.sources.get(s), attributed);
  const fragments = fragmentsOf(tokenise(text));
  const regions = fragments.map((f) => findRegions(index, f.words));

  // Candidate sources, by the best region score each fragment has in them.
  const sourceScore = new Map<string, number>();
  regions.forEach((list) => {
    const best = new Map<string, number>();
    for (const r of list) best.set(r.source, Math.max(best.get(r.source) ?? 0, r.score));
    for (const [s, score] of best) sourceScore.set(s, (sourceScore.get(s) ?? 0) + score);
  });
  const scored = [...sourceScore.entries()].sort((a, b) => b[1] - a[1]);
  const top = scored[0]?.[1] ?? 0;
  // A source whose hits cover less than half the words the best one's cover cannot hold the best match:
  // the best match's hits miss at most the words next to each difference.
  const ranked = scored.filter(([, score]) => score >= top * MIN_SCORE_SHARE).map(([s]) => s);
  const candidates = ranked.slice(0, MAX_SOURCES);
  const bestPrimary = ranked.find(isPrimary);
  if (bestPrimary && !candidates.includes(bestPrimary)) candidates.push(bestPrimary);

  // Primary sources first: an exact match there cannot be beaten, and the others need not be aligned.
  candidates.sort((a, b) => Number(isPrimary(b)) - Number(isPrimary(a)));
  if (index.prepare) {
    // The regions alignInSource tries first, for every candidate.
    const tried = regions.flatMap((list) =>
      candidates.flatMap((s) => list.filter((r) => r.source === s).slice(0, REGIONS_TRIED)),
    );
    index.prepare(tried);
  }
  let best: Candidate | null = null;
  for (const source of candidates) {
    // A complete match in the report is not beaten by any related source.
    if (best && complete(best.tier) && isPrimary(best.source) && !isPrimary(source)) break;
    const candidate = alignInSource(index, text, fragments, regions, source);
    if (!best || better(isPrimary, index, policy, candidate, best)) best = candidate;
    if (complete(best.tier) && best.edits.length === 0 && isPrimary(best.source)) break;
  }
  if (!best || best.tier === 'none' || best.tier === 'phrase') {
    // Trigram retrieval found too little: the words may still be a passage's, reworded.
    const reworded = rewordedCandidate(index, text, fragments);
    if (reworded) best = reworded;
  }
  if (!best || best.tier === 'none') {
    // Found nowhere: "not in X" only for a complete document the article attributes the words to.
    const notIn = [...attributed].find((id) => {
      const source = index.sources.get(id);
      return source !== undefined && isCompleteDocument(source, index.sources.values());
    });
    return notIn ? { ...notFound(attributedTo), notIn } : notFound(attributedTo);
  }
  return toResult(index, isPrimary, best, attributedTo);
}

/**
 * The quotation aligned with the best stretch that reworded.ts retrieves by content words in any order.
 * Always `altered`: its words were changed, and no mark says so.
 */
function rewordedCandidate(index: CorpusIndex, text: string, fragments: Fragment[]): Candidate | null {
  const tokens = fragments.flatMap((f) => f.tokens);
  const words = fragments.flatMap((f) => f.words).filter((w) => w.bracket === 0 && !w.partialBracket);
  for (const stretch of findRewordedStretches(index, words)) {
    const [segLo, segHi] = index.segmentRange(index.segmentAt(stretch.lo));
    const window: [number, number] = [
      Math.max(segLo, stretch.lo - SLACK),
      Math.min(segHi, stretch.hi + 1 + SLACK),
    ];
    const piece = alignWindow(index, text, tokens, window, words[0]);
    if (!piece || piece.pairs.length === 0) continue;
    const unmatched = (edge: Token[]) => edge.filter((t) => t.kind === 'word');
    const lead = unmatched(piece.leading);
    const trail = unmatched(piece.trailing);
    const diff: DiffPart[] = [
      ...(lead.length ? [{ op: 'added' as const, text: slice(text, lead) }] : []),
      ...piece.diff,
      ...(trail.length ? [{ op: 'added' as const, text: slice(text, trail) }] : []),
    ];
    const quoteWords = words.length;
    const summary: AlignmentSummary = {
      quoteWords,
      matchedWords: piece.pairs.length,
      matchedContent: piece.pairs.filter((p) => !isStopWord(p.quote.key)).length,
      longestRun: piece.longestRun,
      longestRunContent: piece.longestRunContent,
      longestUnmatchedRun: Math.max(0, lead.length, trail.length, ...piece.unmatchedRuns),
      unexplained: true,
      bestWholeFragmentContent: 0,
    };
    return {
      source: piece.source,
      tier: 'altered',
      summary,
      pairs: piece.pairs,
      edits: piece.edits,
      diff,
      words,
    };
  }
  return null;
}

/** Every word aligned, every difference marked (a phrase is too short to be verified, but complete). */
const complete = (tier: Tier) => tier === 'full' || tier === 'phrase';

interface Candidate {
  source: string;
  tier: Tier;
  summary: AlignmentSummary;
  pairs: AlignedPair[];
  edits: Edit[];
  diff: DiffPart[];
  /** Every word of the quotation, in order. */
  words: Token[];
}

/**
 * The quotation's words that align with no source word, as character ranges of the quotation (runs of
 * consecutive words joined). Bracketed words are the writer's by their own marks, so never unsupported. A
 * function word aligned on its own between unsupported words ("the" in "then the governors") is a stray
 * match of the diff, not support.
 */
function unsupportedRanges(candidate: Candidate): Array<[number, number]> {
  const paired = new Set(candidate.pairs.map((p) => p.quote));
  const { words } = candidate;
  const supported = words.map((w) => paired.has(w) || w.bracket > 0 || w.partialBracket);
  const stray = words.map(
    (w, i) =>
      supported[i] &&
      paired.has(w) &&
      isStopWord(w.key) &&
      supported[i - 1] !== true &&
      supported[i + 1] !== true,
  );
  const ranges: Array<[number, number]> = [];
  let open = false;
  words.forEach((w, i) => {
    if (supported[i] && !stray[i]) {
      open = false;
      return;
    }
    const last = ranges[ranges.length - 1];
    if (open && last) last[1] = w.end;
    else ranges.push([w.start, w.end]);
    open = true;
  });
  return ranges;
}

function better(
  isPrimary: (source: string) => boolean,
  index: CorpusIndex,
  policy: SourcePolicy,
  a: Candidate,
  b: Candidate,
): boolean {
  if (TIER_RANK[a.tier] !== TIER_RANK[b.tier]) return TIER_RANK[a.tier] > TIER_RANK[b.tier];
  const primary = (c: Candidate) => (isPrimary(c.source) ? 1 : 0);
  if (primary(a) !== primary(b)) return primary(a) > primary(b);
  // Neither is the attributed document: a document in its own right (the report) before a related
  // statement, whose card says the words are not in the report.
  const own = (c: Candidate) => (index.sources.get(c.source)?.role === 'primary' ? 1 : 0);
  if (own(a) !== own(b)) return own(a) > own(b);
  const coverage = (c: Candidate) => c.summary.matchedWords / Math.max(1, c.summary.quoteWords);
  if (coverage(a) !== coverage(b)) return coverage(a) > coverage(b);
  if (a.edits.length !== b.edits.length) return a.edits.length < b.edits.length;
  const curated = (c: Candidate) => (policy.curated(index.sources.get(c.source)) ? 1 : 0);
  return curated(a) > curated(b);
}

/**
 * What of the quotation is aligned with a region, and against which source words: the quotation words
 * from REACH before the region's first hit to REACH after its last, and the source words around the hits
 * for them plus SLACK. Quotation words further from every shared three-word run could only match in runs
 * of one or two words, which is what any two texts on one subject share; if they do come from the same
 * source, they are looked up on their own (a glued quotation, see alignSpan). This also keeps the O(ND)
 * diff small: every word in the window that does not align costs it one more edit.
 */
function windowFor(index: CorpusIndex, region: Region, fragmentLength: number) {
  const [segLo, segHi] = index.segmentRange(region.segment);
  const qa = Math.max(0, region.qLo - REACH);
  const qb = Math.min(fragmentLength, region.qHi + REACH);
  // No slack on a side where the hits already reach the quotation's end: nothing there needs explaining.
  const before = region.qLo > qa || region.qLo > 0 ? region.qLo - qa + SLACK : 0;
  const after = region.qHi < qb || region.qHi < fragmentLength ? qb - region.qHi + SLACK : 0;
  return {
    quoteWords: [qa, qb] as const,
    window: [Math.max(segLo, region.lo - before), Math.min(segHi, region.hi + after)] as [number, number],
  };
}

function unmatchedSpan(text: string, tokens: Token[]): Span {
  const words = wordTokens(tokens);
  const edits: Edit[] = tokens
    .filter((t) => t.kind === 'sic')
    .map((t) => ({ type: 'sic' as const, text: text.slice(t.start, t.end) }));
  return {
    pieces: [],
    diff: words.length ? [{ op: 'added', text: slice(text, words) }] : [],
    edits,
    unmatchedRuns: words.length ? [words.length] : [],
    joins: 0,
  };
}

/** Aligns quotation tokens at a region; unmatched edges long enough to locate are looked up again. */
function alignSpan(
  index: CorpusIndex,
  text: string,
  tokens: Token[],
  region: Region | undefined,
  fragmentStart: Token | undefined,
  depth: number,
): Span {
  const words = wordTokens(tokens);
  if (!region) return unmatchedSpan(text, tokens);
  const { quoteWords, window } = windowFor(index, region, words.length);
  // A region with hits on fewer than LONG_RUN words, whose reach covers too little of the quotation to
  // reach ALTERED_MIN_COVERAGE, can neither be a partial match nor an altered one: not worth a diff.
  const reach = quoteWords[1] - quoteWords[0];
  if (region.score < LONG_RUN && reach < ALTERED_MIN_COVERAGE * words.length)
    return unmatchedSpan(text, tokens);
  // Token range of the quotation words aligned with this region (marks between them included).
  const from = quoteWords[0] === 0 ? 0 : tokens.indexOf(at(words, quoteWords[0]));
  const to = quoteWords[1] === words.length ? tokens.length : tokens.indexOf(at(words, quoteWords[1]));
  const piece = alignWindow(index, text, tokens.slice(from, to), window, fragmentStart);
  if (!piece) return unmatchedSpan(text, tokens);
  piece.leading = [...tokens.slice(0, from), ...piece.leading];
  piece.trailing = [...piece.trailing, ...tokens.slice(to)];
  /*
   * A quotation glued from two stretches of one source: each stretch must be evidence on its own (a run of
   * MIN_RUN_WORDS with MIN_RUN_CONTENT content words) and one of them long enough not to be a stock phrase.
   */
  const substantial = (p: Piece) => p.longestRun >= LONG_RUN && p.longestRunContent >= PARTIAL_RUN_CONTENT;
  const evidence = (p: Piece) => p.longestRun >= MIN_RUN_WORDS && p.longestRunContent >= MIN_RUN_CONTENT;
  const edge = (edgeTokens: Token[]): Span => {
    const edgeWords = wordTokens(edgeTokens);
    const worth = substantial(piece) ? edgeWords.length >= MIN_RUN_WORDS : edgeWords.length >= LONG_RUN;
    if (!worth || depth >= MAX_GLUE_DEPTH || !evidence(piece)) return unmatchedSpan(text, edgeTokens);
    const elsewhere = findRegions(index, edgeWords, piece.source).find(
      (r) => r.hi <= piece.lo || r.lo > piece.hi,
    );
    const span = alignSpan(index, text, edgeTokens, elsewhere, undefined, depth + 1);
    const glues = span.pieces.every(evidence) && (substantial(piece) || span.pieces.some(substantial));
    return span.pieces.length > 0 && glues ? span : unmatchedSpan(text, edgeTokens);
  };
  const left = edge(piece.leading);
  const right = edge(piece.trailing);
  return {
    pieces: [...left.pieces, piece, ...right.pieces],
    diff: [...left.diff, ...piece.diff, ...right.diff],
    edits: [...left.edits, ...piece.edits, ...right.edits],
    unmatchedRuns: [...left.unmatchedRuns, ...piece.unmatchedRuns, ...right.unmatchedRuns],
    joins: left.joins + right.joins + (left.pieces.length > 0 ? 1 : 0) + (right.pieces.length > 0 ? 1 : 0),
  };
}

/** Every word aligned, nothing unexplained. */
const clean = (span: Span) =>
  span.pieces.length === 1 &&
  span.unmatchedRuns.length === 0 &&
  span.joins === 0 &&
  at(span.pieces, 0).droppedWords === 0;
const matchedWords = (span: Span) => span.pieces.reduce((n, p) => n + p.pairs.length, 0);
/**
 * A clean span; otherwise the one whose differences are smallest: words matched, less quotation words
 * matched nowhere, less source words skipped inside the match, less unmarked joins.
 */
const spanScore = (span: Span) =>
  matchedWords(span) -
  span.unmatchedRuns.reduce((n, r) => n + r, 0) -
  span.pieces.reduce((n, p) => n + p.droppedWords, 0) -
  span.joins;
function preferable(a: Span, b: Span): boolean {
  if (clean(a) !== clean(b)) return clean(a);
  return spanScore(a) > spanScore(b);
}

function alignInSource(
  index: CorpusIndex,
  text: string,
  fragments: Fragment[],
  regions: Region[][],
  source: string,
): Candidate {
  const pairs: AlignedPair[] = [];
  const edits: Edit[] = [];
  const diff: DiffPart[] = [];
  const unmatchedRuns: number[] = [];
  let unexplained = false;
  let bracketWords = 0;
  let longestRun = 0;
  let longestRunContent = 0;
  let bestWholeFragmentContent = 0;
  let prevHi = -1;
  let prevPassage = -1;
  fragments.forEach((fragment, f) => {
    const inSource = at(regions, f).filter((r) => r.source === source);
    // Fragments must follow each other in the source: prefer the best region after the previous one.
    const ordered = inSource.filter((r) => r.lo > prevHi);
    const tries = (ordered.length > 0 ? ordered : inSource).slice(0, REGIONS_TRIED);
    let span = alignSpan(index, text, fragment.tokens, tries[0], fragment.words[0], 0);
    for (const region of tries.slice(1)) {
      // A region with under half the best one's hits cannot align more of the fragment.
      if (clean(span) || region.score * 2 < at(tries, 0).score) break;
      const other = alignSpan(index, text, fragment.tokens, region, fragment.words[0], 0);
      if (preferable(other, span)) span = other;
    }
    const first = span.pieces[0];
    if (fragment.ellipsisBefore) {
      const mark = text.slice(fragment.ellipsisBefore.start, fragment.ellipsisBefore.end);
      diff.push({ op: 'added', text: mark });
      const edit = first && prevHi >= 0 ? ellipsisEdit(index, mark, prevHi, first, prevPassage) : null;
      if (edit) edits.push(edit);
    }
    if (first && first.lo <= prevHi) unexplained = true; // fragments out of order
    for (const piece of span.pieces) {
      pairs.push(...piece.pairs);
      bracketWords += piece.bracketWords;
      if (piece.droppedWords > 0) unexplained = true;
      if (piece.longestRun > longestRun) {
        longestRun = piece.longestRun;
        longestRunContent = piece.longestRunContent;
      }
      prevHi = Math.max(prevHi, piece.hi);
      prevPassage = index.passageAt(piece.hi);
    }
    if (span.joins > 0 || span.unmatchedRuns.length > 0) unexplained = true;
    if (
      span.pieces.length === 1 &&
      span.unmatchedRuns.length === 0 &&
      at(span.pieces, 0).droppedWords === 0
    ) {
      const content = fragment.words.filter((w) => !isStopWord(w.key)).length;
      bestWholeFragmentContent = Math.max(bestWholeFragmentContent, content);
    }
    edits.push(...span.edits);
    diff.push(...span.diff);
    unmatchedRuns.push(...span.unmatchedRuns);
  });
  const totalWords = fragments.reduce((n, f) => n + f.words.length, 0);
  const summary: AlignmentSummary = {
    quoteWords: totalWords - bracketWords,
    matchedWords: pairs.length,
    matchedContent: pairs.filter((p) => !isStopWord(p.quote.key)).length,
    longestRun,
    longestRunContent,
    longestUnmatchedRun: Math.max(0, ...unmatchedRuns),
    unexplained,
    bestWholeFragmentContent: fragments.length > 1 ? bestWholeFragmentContent : 0,
  };
  const words = fragments.flatMap((f) => f.words);
  return { source, tier: tierOf(summary), summary, pairs, edits, diff, words };
}

/** An ellipsis of the quotation: what it leaves out, when both sides of it are in the same passage. */
function ellipsisEdit(
  index: CorpusIndex,
  mark: string,
  prevHi: number,
  next: Piece,
  prevPassage: number,
): Edit | null {
  const nextPassage = index.passageAt(next.lo);
  if (nextPassage === prevPassage && next.lo === prevHi + 1) {
    // Nothing left out between the fragments: the same mark printed by the source is no edit.
    const ip = index.passage(nextPassage);
    const a = at(ip.words, index.wordAt(prevHi));
    const b = at(ip.words, index.wordAt(next.lo));
    if (ip.tokens.slice(a + 1, b).some((t) => t.kind === 'ellipsis')) return null;
  }
  if (nextPassage !== prevPassage || next.lo <= prevHi + 1) return { type: 'ellipsis', text: mark };
  const ip = index.passage(nextPassage);
  const from = at(ip.tokens, at(ip.words, index.wordAt(prevHi + 1)));
  const to = at(ip.tokens, at(ip.words, index.wordAt(next.lo - 1)));
  return { type: 'ellipsis', text: mark, source: ip.passage.text.slice(from.start, to.end) };
}

/** The result for a quotation found in no source (also what a caller reports when matching fails). */
export function notFound(attributedTo: string | null): MatchResult {
  return {
    status: 'not-found',
    passageIds: [],
    source: null,
    page: null,
    speaker: null,
    evidence: null,
    attributedTo,
    attribution: 'unknown',
    edits: [],
    diff: [],
    highlights: [],
    coverage: 0,
  };
}

function toResult(
  index: CorpusIndex,
  isPrimary: (source: string) => boolean,
  best: Candidate,
  attributedTo: string | null,
): MatchResult {
  const order: number[] = [];
  const ranges = new Map<number, Array<[number, number, number]>>(); // passage → [start, end, word ordinal]
  for (const pair of best.pairs) {
    let list = ranges.get(pair.passage);
    if (!list) {
      list = [];
      order.push(pair.passage);
      ranges.set(pair.passage, list);
    }
    const word = index.wordAt(pair.pos);
    const last = list[list.length - 1];
    // Consecutive source words matched: one highlight from the first to the last.
    if (last && last[2] === word - 1) {
      last[1] = pair.passageToken.end;
      last[2] = word;
    } else list.push([pair.passageToken.start, pair.passageToken.end, word]);
  }
  const highlights: PassageHighlight[] = order.map((p) => ({
    passageId: index.passage(p).passage.id,
    ranges: (ranges.get(p) ?? []).map(([s, e]) => [s, e] as [number, number]),
  }));
  const first = index.passage(at(order, 0)).passage;
  const status: Verdict =
    best.tier === 'phrase'
      ? 'phrase'
      : best.tier === 'full'
        ? !isPrimary(best.source)
          ? 'elsewhere'
          : best.edits.length === 0
            ? 'verified'
            : 'edited'
        : best.tier === 'altered'
          ? 'altered'
          : 'partial';
  return {
    status,
    passageIds: highlights.map((h) => h.passageId),
    source: best.source,
    page: first.page,
    speaker: first.speaker,
    evidence: first.evidence.level,
    attributedTo,
    attribution: checkAttribution(attributedTo, first.speaker),
    edits: best.edits,
    diff: status === 'verified' || status === 'phrase' ? [] : best.diff,
    highlights,
    coverage: best.summary.matchedWords / Math.max(1, best.summary.quoteWords),
    ...(status === 'partial' ? { unsupported: unsupportedRanges(best) } : {}),
  };
}
