/**
 * The quote engine: (a) extraction + matching on the seed article; (b) per-quotation matching with the
 * bundled corpus (x1) and with a deterministic synthetic corpus 100 times its size (x100); (c) the same
 * quotations anchored the way Hypothesis anchors them — approx-string-match over the whole corpus text,
 * max errors = quotation length / 4 — with the speed ratio and whether both land on the same passage;
 * (d) Readability alone vs Readability + extraction + matching on the seed page.
 * Every figure is a median over repeated runs (after warm-up runs); pipelineVsReadability and
 * perQuoteX100VsX1 are medians of per-run ratios of the two sides timed in alternation (see timeEach).
 * Targets: speedupVsBaseline.x100 ≥ 20,
 * perQuoteMs.x100 ≤ 3 × perQuoteMs.x1, pipelineVsReadability ≤ 1.3.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import search from 'approx-string-match';
import { parseHTML } from 'linkedom';
import { bundledCorpus } from '../../data/corpus';
import { parseArticle } from '../../lib/article';
import type { CorpusContent, Passage, Source } from '../../lib/corpus/types';
import { buildIndex, type CorpusIndex, matchQuote, readArticle } from '../../lib/engine';
import { quotesForScan, scanArticle } from '../../lib/scan';
import { median, prng, round, wordChain } from './stats';
import type { BenchSection } from './types';

const SCALE = 100;
const PIPELINE_RUNS = 41;
const MATCH_RUNS = 41;
/** The baseline scans the whole corpus text per quotation: a few runs at 100× keep the bench short. */
const BASELINE_RUNS = { x1: 7, x100: 2 };
const INDEX_RUNS = { x1: 21, x100: 1 };

interface Quotation {
  text: string;
  attributedTo: string | null;
}

const WARM_UP = 5;

/** Median of `runs` timings of `fn`, after a few warm-up calls (so the JIT has compiled it). */
function time(runs: number, fn: () => void): number {
  return timeEach(runs, [fn]).medians[0] as number;
}

/**
 * Several functions timed in alternation, run after run: on a shared machine the load varies over
 * seconds, and alternating exposes each function to the same conditions. Returns each function's median
 * and `ratio(a, b)`: the median over runs of a's time / b's time in the same run. A ratio of two medians
 * taken at different moments follows the machine's load; the paired ratio cancels it.
 */
function timeEach(runs: number, fns: Array<() => void>) {
  for (let i = 0; i < WARM_UP; i++) for (const fn of fns) fn();
  const samples = fns.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) {
    fns.forEach((fn, k) => {
      const start = performance.now();
      fn();
      samples[k]?.push(performance.now() - start);
    });
  }
  const ratio = (a: number, b: number) => {
    const over = samples[b] as number[];
    return median((samples[a] as number[]).map((t, i) => t / (over[i] as number)));
  };
  return { medians: samples.map(median), ratio };
}

/**
 * The real corpus plus (SCALE − 1) × its volume of generated text in related sources. Words follow the
 * real passages' word-to-next-word statistics (a bigram chain) with one word in three drawn from the whole
 * vocabulary instead: the text is full of the corpus's own phrases ("the zero tolerance policy", "family
 * unit adults"), as a large real report would be, so common trigrams recur often and the index is not
 * flattered, but it does not reproduce whole passages.
 */
export function syntheticCorpus(base: CorpusContent, scale: number, seed = 20210114): CorpusContent {
  const random = prng(seed);
  const chain = wordChain(
    base.passages.map((p) => p.text),
    random,
  );
  const { pick, lengths } = chain;
  const sources: Source[] = [...base.sources];
  const passages: Passage[] = [...base.passages];
  const perSource = base.passages.length;
  for (let s = 1; s < scale; s++) {
    const id = `synthetic-${s}`;
    sources.push({
      id,
      role: 'related',
      title: `Synthetic source ${s}`,
      publisher: 'bench',
      date: '2021-01-14',
    });
    for (let p = 0; p < perSource; p++) {
      const text = chain.sentence(pick(lengths));
      passages.push({
        id: `${id}-${p}`,
        source: id,
        text,
        kind: 'synthetic',
        speaker: null,
        recipient: null,
        date: null,
        page: null,
        section: null,
        context: null,
        evidence: { level: 'single-source', sources: [] },
      });
    }
  }
  return { sources, passages };
}

/** The corpus as one text, as a page-anchoring library sees a document, with each passage's offset. */
function corpusText(corpus: CorpusContent) {
  const starts: number[] = [];
  let text = '';
  for (const p of corpus.passages) {
    starts.push(text.length);
    text += `${p.text}\n\n`;
  }
  const passageAt = (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return corpus.passages[lo]?.id ?? null;
  };
  return { text, passageAt };
}

/** Hypothesis-style anchoring: the best approximate match of the quotation in the whole text. */
function baselineAnchor(text: string, quote: string, passageAt: (offset: number) => string | null) {
  const matches = search(text, quote, Math.floor(quote.length / 4));
  let best: { start: number; errors: number } | null = null;
  for (const m of matches) if (!best || m.errors < best.errors) best = m;
  return best ? passageAt(best.start) : null;
}

function seedQuotations(): Quotation[] {
  const expected = JSON.parse(
    readFileSync(resolve(process.cwd(), 'tests/fixtures/seed-article.expected.json'), 'utf8'),
  ) as { quotes: Array<{ quote: string; attributed_to: string | null }> };
  return expected.quotes.map((q) => ({ text: q.quote, attributedTo: q.attributed_to }));
}

function buildTimed(corpus: CorpusContent, runs: number) {
  const builds: number[] = [];
  let index: CorpusIndex | null = null;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    index = buildIndex(corpus);
    builds.push(performance.now() - start);
  }
  if (!index) throw new Error('bench: no index built');
  return { index, ms: median(builds) };
}

/**
 * Ours at 1× and 100× timed in alternation (same machine conditions for both), then the baseline at each
 * scale, and whether both land on the same passage (the first matched one; none counts as a passage).
 */
function measureScales(corpora: { x1: CorpusContent; x100: CorpusContent }, quotes: Quotation[]) {
  const x1 = buildTimed(corpora.x1, INDEX_RUNS.x1);
  const x100 = buildTimed(corpora.x100, INDEX_RUNS.x100);
  const all = (index: CorpusIndex) => () => {
    for (const q of quotes) matchQuote(index, q);
  };
  const ours = timeEach(MATCH_RUNS, [all(x1.index), all(x100.index)]);
  const [ours1 = 0, ours100 = 0] = ours.medians;
  const baseline = (corpus: CorpusContent, index: CorpusIndex, runs: number) => {
    const { text, passageAt } = corpusText(corpus);
    const ours = quotes.map((q) => matchQuote(index, q).passageIds[0] ?? null);
    const theirs = quotes.map((q) => baselineAnchor(text, q.text, passageAt));
    const ms = time(runs, () => {
      for (const q of quotes) baselineAnchor(text, q.text, passageAt);
    });
    return {
      ms: ms / quotes.length,
      same: ours.filter((id, i) => id === theirs[i]).length / quotes.length,
      chars: text.length,
    };
  };
  const base1 = baseline(corpora.x1, x1.index, BASELINE_RUNS.x1);
  const base100 = baseline(corpora.x100, x100.index, BASELINE_RUNS.x100);
  return {
    x1: {
      indexMs: x1.ms,
      perQuoteMs: ours1 / quotes.length,
      baselineMs: base1.ms,
      same: base1.same,
      chars: base1.chars,
    },
    x100VsX1: ours.ratio(1, 0),
    x100: {
      indexMs: x100.ms,
      perQuoteMs: ours100 / quotes.length,
      baselineMs: base100.ms,
      same: base100.same,
      chars: base100.chars,
    },
  };
}

export const engineSection: BenchSection = {
  name: 'engine',
  async run() {
    const html = readFileSync(resolve(process.cwd(), 'tests/fixtures/seed-article.html'), 'utf8');
    const { document } = parseHTML(html);
    const index = buildIndex(bundledCorpus);
    const article = readArticle(document);
    if (!article) throw new Error('bench: Readability found no article in the seed page');

    // (a) extraction + matching, from the article's blocks to one verdict per quotation;
    // (d) Readability alone vs the whole pipeline. Both parse the same linkedom document the same way:
    // a clone (the extension must not alter the page) given to Readability with the serializer the
    // pipeline uses (parseArticle), so the ratio is only what extraction and matching add.
    let quoteCount = 0;
    const extracted = quotesForScan(article.blocks);
    const seed = timeEach(PIPELINE_RUNS, [
      () => {
        quoteCount = scanArticle(index, article.blocks).length;
      },
      () => {
        parseArticle(document);
      },
      () => {
        scanArticle(index, readArticle(document)?.blocks ?? []);
      },
      // The two halves of (a), to see where its time goes.
      () => quotesForScan(article.blocks),
      () => {
        for (const q of extracted) matchQuote(index, { text: q.quote, attributedTo: q.attributedTo });
      },
    ]);
    const [seedPipelineMs = 0, readabilityMs = 0, pipelineMs = 0, seedExtractMs = 0, seedMatchMs = 0] =
      seed.medians;
    const pipelineVsReadability = seed.ratio(2, 1);

    // (b) + (c) per quotation, ours vs the approx-string-match baseline, at 1× and 100×.
    const quotes = seedQuotations();
    const { x1, x100, x100VsX1 } = measureScales(
      { x1: bundledCorpus, x100: syntheticCorpus(bundledCorpus, SCALE) },
      quotes,
    );

    return {
      seedPipelineMs: round(seedPipelineMs),
      seedQuotations: quoteCount,
      seedExtractMs: round(seedExtractMs),
      seedMatchMs: round(seedMatchMs),
      readabilityMs: round(readabilityMs),
      pipelineMs: round(pipelineMs),
      pipelineVsReadability: round(pipelineVsReadability),
      perQuoteMs: { x1: round(x1.perQuoteMs, 4), x100: round(x100.perQuoteMs, 4) },
      perQuoteX100VsX1: round(x100VsX1),
      baselinePerQuoteMs: { x1: round(x1.baselineMs), x100: round(x100.baselineMs) },
      speedupVsBaseline: {
        x1: round(x1.baselineMs / x1.perQuoteMs, 1),
        x100: round(x100.baselineMs / x100.perQuoteMs, 1),
      },
      samePassageAsBaseline: { x1: round(x1.same), x100: round(x100.same) },
      indexBuildMs: { x1: round(x1.indexMs), x100: round(x100.indexMs) },
      corpusChars: { x1: x1.chars, x100: x100.chars },
    };
  },
  describe(r) {
    const pq = r.perQuoteMs as { x1: number; x100: number };
    const base = r.baselinePerQuoteMs as { x1: number; x100: number };
    const speed = r.speedupVsBaseline as { x1: number; x100: number };
    const same = r.samePassageAsBaseline as { x1: number; x100: number };
    const idx = r.indexBuildMs as { x1: number; x100: number };
    const chars = r.corpusChars as { x1: number; x100: number };
    return [
      `seed article, extraction + matching (${r.seedQuotations} quotations): ${r.seedPipelineMs} ms median (extraction ${r.seedExtractMs} ms, matching ${r.seedMatchMs} ms)`,
      `seed page, Readability alone: ${r.readabilityMs} ms; Readability + extraction + matching: ${r.pipelineMs} ms; ratio ${r.pipelineVsReadability} (target ≤ 1.3)`,
      `per quotation, corpus x1 (${chars.x1} chars): ${pq.x1} ms; x100 (${chars.x100} chars): ${pq.x100} ms; x100/x1 = ${r.perQuoteX100VsX1} (target ≤ 3)`,
      `approx-string-match baseline per quotation: x1 ${base.x1} ms, x100 ${base.x100} ms; speed-up ${speed.x1}× at x1, ${speed.x100}× at x100 (target ≥ 20× at x100)`,
      `same passage as the baseline: ${same.x1 * 100}% at x1, ${same.x100 * 100}% at x100`,
      `index build: ${idx.x1} ms at x1, ${idx.x100} ms at x100`,
    ];
  },
};
