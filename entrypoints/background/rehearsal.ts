/**
 * A rehearsal scan, run once the match index is built: a news-like article made from the corpus itself,
 * put through the very code a page's scan runs (`quotesForScan`, then `matchQuote` per quotation).
 *
 * Why: a freshly started worker's extractor and matcher are cold (interpreted, no type feedback) and the
 * new index sits in the young generation, so the first real scans pay for compilation and scavenges —
 * in Chromium the seed page's matching took 6–18 ms on the first scans against ~1 ms warm. Running the
 * same code on similar input first lets V8 tier it up and promote the index before a page asks.
 *
 * Why it also checks: the quotations are made from known passages, so we know what each must get. A
 * verbatim span of a report passage that is not `verified`, or a deliberately altered one that is (a false
 * "verified" is the worst bug this product can have), means the engine or the stored corpus is broken;
 * that is logged once with the passage ids. It never throws and never blocks a message.
 *
 * Why in slices: it runs in slices of about SLICE_MS, yielding to the event loop (setTimeout) between
 * them, so a page's request arriving meanwhile waits for one slice at most; `CorpusCache.get()` never
 * waits for it. Work stops at BUDGET_MS whatever is left.
 *
 * What it costs and buys, measured in Node 20 (`npx tsx`, fresh process per run, bundled corpus, 2 shared
 * cores, median of 8): the seed page's first scan after the index is built (extraction + matching, as the
 * handler runs them) takes 42 ms with no rehearsal, 13 ms after 1 or 2 rounds (the extractor is still
 * unoptimised: ~10 ms of it), 5 ms after 3 (extraction 1.3 ms; matching 3 ms, or ~10 when a scavenge of
 * the rehearsal's garbage lands in it), 10 ms after 4. The rehearsal's work: 63, 75, 102, 108 ms for 1–4
 * rounds, hence ROUNDS = 3 and BUDGET_MS = 150 (on a loaded machine 3 rounds took up to 190 ms, and the
 * budget cuts them short). Its longest slice is 10–13 ms: the first, cold extraction, which the first page
 * would otherwise pay itself. In Chromium, nested setTimeout(0) is clamped to 4 ms, so the wall time is
 * about the work plus 4 ms per slice.
 */

import { blockStarts } from '@/lib/article/closing-block';
import type { Passage, Source } from '@/lib/corpus/types';
import { type CorpusIndex, matchQuote } from '@/lib/match';
import { quotesForScan, type ScanBlock } from '@/lib/scan';
import { isStopWord } from '@/lib/text/stopwords';
import type { MatchResult, QuoteInput, Verdict } from '@/lib/types';
import type { CorpusLookup } from '@/utils/domain';

/** Chosen from the measured curve (see the header): the third round is the one that warms the extractor. */
export const ROUNDS = 3;
/** Quotations per round: enough variety for type feedback, few enough for a full-text corpus. */
export const QUOTES_PER_ROUND = 40;
/** Paragraphs per rehearsal article (at most): a short news story, so one extraction stays short. */
const PARAGRAPHS = 8;
export const SLICE_MS = 4;
export const BUDGET_MS = 150;

export type RehearsalKind = 'verbatim' | 'ellipsis' | 'bracket' | 'reordered';
// Verbatim twice: most quotations on real pages are, and they are what the self-check must see verified.
const KINDS: readonly RehearsalKind[] = ['verbatim', 'ellipsis', 'verbatim', 'bracket', 'reordered'];

export interface RehearsalQuote {
  passageId: string;
  kind: RehearsalKind;
  /** The quoted words exactly as printed between the marks. */
  quote: string;
  /** What the self-check demands: verified (a verbatim span of the report), anything but, or nothing. */
  expect: 'verified' | 'not-verified' | 'any';
}

export interface RehearsalArticle {
  blocks: ScanBlock[];
  /** One per block, in block order. */
  quotes: RehearsalQuote[];
}

/** What the rehearsal reads of a loaded corpus (corpus-index.ts's LoadedCorpus is one). */
export type RehearsalCorpus = Pick<CorpusLookup, 'passages' | 'sources'> & { index: CorpusIndex };

export interface RehearsalFailure {
  passageId: string;
  kind: RehearsalKind;
  quote: string;
  /** What came back; 'missing' when the extractor did not return the quotation. */
  status: Verdict | 'missing' | 'error';
}

export interface RehearsalReport {
  quotes: number;
  rounds: number;
  /** Time spent working (not waiting between slices). */
  workMs: number;
  slices: number;
  /** The longest a request arriving meanwhile could have waited. */
  longestSliceMs: number;
  /** False when cancelled (a newer index) or cut off by the budget. */
  completed: boolean;
  failures: RehearsalFailure[];
}

export type Matcher = (index: CorpusIndex, input: QuoteInput) => MatchResult;

export interface RehearsalOptions {
  rounds?: number;
  sliceMs?: number;
  budgetMs?: number;
  /** The matcher the handler calls; replaceable so a test can sabotage it. */
  match?: Matcher;
  /** Lets the event loop run (a page's request) between slices. */
  pause?: () => Promise<void>;
  /** True once the index is stale (rebuilt): stop at once. */
  cancelled?: () => boolean;
  now?: () => number;
}

/** A word a quotation can hold without confusing the extractor: no quote marks, brackets or ellipses. */
const PLAIN_WORD = /^[\p{L}\p{N}$][\p{L}\p{N}.,;:%&/-]*$/u;
const ALPHA_WORD = /^[\p{L}]+$/u;
/** Quote-like characters a lead sentence must not hold (it would add quotations of its own). */
const QUOTE_CHARS = /["“”«»‘[\]…]|\.\.\.|(?<!\p{L})’|’(?!\p{L})/u;

interface Word {
  text: string;
  start: number;
  end: number;
}

const wordsOf = (text: string): Word[] =>
  [...text.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));

/** The longest run of plain words: where a quotation can be cut without meeting a mark. */
function plainRun(words: readonly Word[]): Word[] {
  let best: Word[] = [];
  let current: Word[] = [];
  for (const w of words) {
    if (PLAIN_WORD.test(w.text)) {
      current.push(w);
      if (current.length > best.length) best = current;
    } else current = [];
  }
  return best;
}

/**
 * The passage's own printing of words [a, b). Where the quotation ends, cut as a reporter would: not on a
 * function word ("as part of a"), without the last word's trailing punctuation; inside it (before a
 * bracket or the swapped words), exactly, so that is the only change.
 */
function span(text: string, words: readonly Word[], a: number, b: number, ends = true): string {
  let end = b;
  while (ends && end - a > 3 && isStopWord(normalised(words[end - 1]?.text ?? ''))) end--;
  const first = words[a];
  const last = words[end - 1];
  if (!first || !last) return '';
  const printed = text.slice(first.start, last.end);
  return ends ? printed.replace(/[.,;:]+$/, '') : printed;
}

const normalised = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** How an article would name the speaker: without the corpus's parenthetical notes. */
function speakerName(passage: Passage, sources: ReadonlyMap<string, Source>): string {
  const name = (passage.speaker ?? '').replace(/\s*\(.*$/, '').trim();
  return name || sources.get(passage.source)?.publisher || 'an official';
}

function leadOf(passage: Passage): string {
  const context = passage.context?.trim() ?? '';
  return /[.!?]$/.test(context) && !QUOTE_CHARS.test(context) ? `${context} ` : '';
}

/**
 * The quotation of one kind taken from a passage, or null when its plain words are too few. `shift`
 * moves the span so each round quotes different words.
 */
function quotationOf(
  passage: Passage,
  kind: RehearsalKind,
  shift: number,
  inCorpus: (words: string) => boolean,
): string | null {
  const run = plainRun(wordsOf(passage.text));
  const take = (n: number) => {
    if (run.length < n) return null;
    const from = shift % (run.length - n + 1);
    return run.slice(from, from + n);
  };
  const text = passage.text;
  switch (kind) {
    case 'verbatim': {
      const w = take(Math.min(12, run.length));
      return w && w.length >= 6 ? span(text, w, 0, w.length) : null;
    }
    case 'ellipsis': {
      const w = take(14);
      return w ? `${span(text, w, 0, 6)} … ${span(text, w, 8, 14)}` : null;
    }
    case 'bracket': {
      const w = take(10);
      const inserted = w && [...run].reverse().find((x) => ALPHA_WORD.test(x.text) && x.text.length > 3);
      return w && inserted
        ? `${span(text, w, 0, 4, false)} [${inserted.text}] ${span(text, w, 4, 10)}`
        : null;
    }
    case 'reordered': {
      const w = take(10);
      if (!w) return null;
      // Two neighbouring words swapped, each a plain word, different ones: the same words, out of order.
      for (let k = 3; k < 8; k++) {
        const a = w[k] as Word;
        const b = w[k + 1] as Word;
        if (!ALPHA_WORD.test(a.text) || !ALPHA_WORD.test(b.text)) continue;
        if (a.text.toLowerCase() === b.text.toLowerCase()) continue;
        const altered = `${span(text, w, 0, k, false)} ${b.text} ${a.text} ${span(text, w, k + 2, 10)}`;
        // Printed that way somewhere after all: then it is no alteration.
        if (!inCorpus(altered)) return altered;
      }
      return null;
    }
  }
}

/**
 * A paragraph around the quotation, worded the ways news stories word theirs (the attribution after the
 * quotation, before it, after a colon, with a pronoun); every third one goes on with a neighbouring
 * passage as printed (its own quotation marks, apostrophes and dashes included), so the extractor meets
 * the text it meets on pages, not only tidy sentences.
 */
function paragraph(
  kind: RehearsalKind,
  quote: string,
  name: string,
  lead: string,
  tail: string,
  n: number,
): string {
  const more = n % 3 === 2 ? ` ${tail}` : '';
  // Logical punctuation (outside the marks) keeps the quoted words exactly the passage's.
  if (kind === 'verbatim') return `${lead}“${quote}”, said ${name}.${more}`;
  switch (n % 5) {
    case 0:
      return `${lead}“${quote},” ${name} said.${more}`;
    case 1:
      return `${name} said, “${quote}.”${more}`;
    case 2:
      return `${lead}“${quote},” ${name} said, according to the report.${more}`;
    case 3:
      return `${lead}${name} wrote: “${quote}.”${more}`;
    default:
      return `${name} did not stop there. “${quote},” he added.${more}`;
  }
}

/** Every passage's words, normalised, per corpus: built once for all rounds. */
const haystacks = new WeakMap<ReadonlyMap<string, Passage>, string>();
/** Passages normalised per step while building a haystack: a full-text corpus has thousands. */
const NORMALISED_PER_STEP = 200;

/**
 * Plans one round, a step per passage (the unit a slice is made of, so planning never holds a request
 * up either): QUOTES_PER_ROUND passages spread over the whole corpus (shifted each round), one quotation
 * per paragraph. Articles grow from one paragraph to PARAGRAPHS: the first extraction runs cold and costs
 * the most, so it gets the least text.
 */
function* planRound(
  corpus: Pick<RehearsalCorpus, 'passages' | 'sources'>,
  round: number,
): Generator<void, RehearsalArticle[]> {
  const passages = [...corpus.passages.values()];
  if (passages.length === 0) return [];
  let haystack = haystacks.get(corpus.passages);
  if (haystack === undefined) {
    const parts: string[] = [];
    for (let i = 0; i < passages.length; i += NORMALISED_PER_STEP) {
      for (const p of passages.slice(i, i + NORMALISED_PER_STEP)) parts.push(normalised(p.text));
      yield;
    }
    haystack = parts.join(' | ');
    haystacks.set(corpus.passages, haystack);
  }
  const all = haystack;
  const inCorpus = (words: string) => all.includes(normalised(words));
  const count = Math.min(QUOTES_PER_ROUND, passages.length);
  const at = (j: number) =>
    passages[(Math.floor((j * passages.length) / count) + round) % passages.length] as Passage;
  const quotes: Array<{ quote: RehearsalQuote; block: ScanBlock }> = [];
  for (let j = 0; j < count; j++) {
    yield;
    const passage = at(j);
    const kind = KINDS[(j + round) % KINDS.length] as RehearsalKind;
    const quote = quotationOf(passage, kind, round * 3, inCorpus);
    if (!quote) continue;
    const report = corpus.sources.get(passage.source)?.role === 'primary';
    const expect = kind !== 'verbatim' ? 'not-verified' : report ? 'verified' : 'any';
    const name = speakerName(passage, corpus.sources);
    const next = at(j + 1);
    const text = paragraph(kind, quote, name, leadOf(passage), next.text, j);
    quotes.push({
      quote: { passageId: passage.id, kind, quote, expect },
      block: { text, kind: 'p', onPage: true },
    });
  }
  const articles: RehearsalArticle[] = [];
  for (let i = 0, size = 1; i < quotes.length; i += size, size = Math.min(PARAGRAPHS, size * 2)) {
    const part = quotes.slice(i, i + size);
    articles.push({ blocks: part.map((q) => q.block), quotes: part.map((q) => q.quote) });
  }
  return articles;
}

/** The rehearsal's articles for one round, all at once. Deterministic. */
export function rehearsalArticles(
  corpus: Pick<RehearsalCorpus, 'passages' | 'sources'>,
  round = 0,
): RehearsalArticle[] {
  const plan = planRound(corpus, round);
  for (;;) {
    const step = plan.next();
    if (step.done) return step.value;
  }
}

const bare = (quote: string) => quote.replace(/[\s.,;:]+$/, '');

/** Why a quotation fails the self-check, or null when it passes. */
function failureOf(planned: RehearsalQuote, status: RehearsalFailure['status']): RehearsalFailure | null {
  const bad =
    planned.expect === 'verified'
      ? status !== 'verified'
      : planned.expect === 'not-verified' && status === 'verified';
  return bad ? { passageId: planned.passageId, kind: planned.kind, quote: planned.quote, status } : null;
}

/**
 * One article as a scan runs it, a step per extraction and per quotation (the unit a slice is made of);
 * self-check failures are pushed onto `failures`.
 */
function* rehearseArticle(
  index: CorpusIndex,
  article: RehearsalArticle,
  match: Matcher,
  failures: RehearsalFailure[],
): Generator<void, number> {
  const extracted = quotesForScan(article.blocks);
  yield;
  const starts = blockStarts(article.blocks.map((b) => b.text));
  const seen = new Set<number>();
  for (const q of extracted) {
    let status: RehearsalFailure['status'];
    try {
      status = match(index, { text: q.quote, attributedTo: q.attributedTo }).status;
    } catch {
      status = 'error';
    }
    // The paragraph the quotation is in, and whether it is the one planned there.
    let i = starts.length - 1;
    while (i > 0 && (starts[i] as number) > q.start) i--;
    const planned = article.quotes[i];
    if (planned && bare(q.quote) === bare(planned.quote)) {
      seen.add(i);
      const failure = failureOf(planned, status);
      if (failure) failures.push(failure);
    }
    yield;
  }
  article.quotes.forEach((planned, i) => {
    const failure = seen.has(i) ? null : failureOf(planned, 'missing');
    if (failure) failures.push(failure);
  });
  return extracted.length;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Runs the rehearsal against a freshly built index, in slices, and reports what it cost and found. A
 * failed self-check is logged once (console.error, with the passage ids); nothing is thrown.
 */
export async function rehearse(
  corpus: RehearsalCorpus,
  options: RehearsalOptions = {},
): Promise<RehearsalReport> {
  const {
    rounds = ROUNDS,
    sliceMs = SLICE_MS,
    budgetMs = BUDGET_MS,
    match = matchQuote as Matcher,
    pause = nextTask,
    cancelled = () => false,
    now = () => performance.now(),
  } = options;
  const report: RehearsalReport = {
    quotes: 0,
    rounds: 0,
    workMs: 0,
    slices: 0,
    longestSliceMs: 0,
    completed: false,
    failures: [],
  };
  function* steps(): Generator<void> {
    for (let round = 0; round < rounds; round++) {
      const articles = yield* planRound(corpus, round);
      for (const article of articles)
        report.quotes += yield* rehearseArticle(corpus.index, article, match, report.failures);
      report.rounds = round + 1;
    }
  }
  try {
    const work = steps();
    // Pausing first lets whoever waited for the index (a page's request) go before the first slice.
    while (report.workMs < budgetMs) {
      await pause();
      if (cancelled()) break;
      const started = now();
      let done = false;
      do done = Boolean(work.next().done);
      while (!done && now() - started < sliceMs);
      const took = now() - started;
      report.workMs += took;
      report.longestSliceMs = Math.max(report.longestSliceMs, took);
      report.slices++;
      if (done) {
        report.completed = true;
        break;
      }
    }
  } catch (e) {
    // Only the rehearsal's own code can throw here (the matcher's errors are counted above).
    console.error('Verbatim: the rehearsal scan failed.', e);
    return report;
  }
  console.info(
    `Verbatim: rehearsal scan: ${report.quotes} quotations in ${report.workMs.toFixed(1)} ms of work in ${report.slices} slices (longest ${report.longestSliceMs.toFixed(1)} ms)${report.completed ? '' : ' (stopped early)'}.`,
  );
  if (report.failures.length > 0) {
    const ids = [...new Set(report.failures.map((f) => f.passageId))];
    console.error(
      `Verbatim: self-check failed: the engine gave wrong verdicts on quotations made from passages ${ids.join(', ')}.`,
      report.failures,
    );
  }
  return report;
}
