/**
 * A source library of 100 documents of report size (≈ 300,000 characters each, ≈ 30 M in all), generated
 * deterministically from the bundled corpus's words (a word-bigram chain, seeded), with the bundled pack
 * beside them. Measured: matching per quotation (quotations drawn from the documents, verbatim and with a
 * word changed, plus the seed article's); a cold scan (nothing in memory: the documents read and the
 * index built, then the seed article scanned); and the heap the documents and index hold (what the
 * service worker would keep). Targets: ≤ 1 ms per quotation, ≤ 300 ms cold scan, bounded memory.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parseHTML } from 'linkedom';
import { bundledCorpus } from '../../data/corpus';
import type { CorpusContent, Passage, Source } from '../../lib/corpus/types';
import { buildIndex, matchQuote, readArticle } from '../../lib/engine';
import { scanArticle } from '../../lib/scan';
import { median, prng, round, wordChain } from './stats';
import type { BenchSection } from './types';

export const LIBRARY_DOCS = Number(process.env.VERBATIM_BENCH_DOCS ?? 100);
const DOC_CHARS = 300_000;
const PAGE_CHARS = 3_000;
const QUOTES = 200;
const MATCH_RUNS = 5;

/** The generated library: the same on every run (seeded). */
export function generateLibrary(docs = LIBRARY_DOCS, seed = 18): CorpusContent {
  const random = prng(seed);
  const chain = wordChain(
    bundledCorpus.passages.map((p) => p.text),
    random,
  );
  const sources: Source[] = [];
  const passages: Passage[] = [];
  for (let d = 0; d < docs; d++) {
    const id = `doc-bench-${d}`;
    sources.push({
      id,
      role: 'primary',
      title: `Generated document ${d}`,
      publisher: 'bench',
      date: '2025-01-01',
      pack: `pack-${id}`,
      kind: 'report',
      speakers: [`Speaker${d}`],
    });
    let chars = 0;
    let n = 0;
    while (chars < DOC_CHARS) {
      const length = 12 + Math.floor(random() * 24);
      const text = `${chain.sentence(length)}.`;
      passages.push({
        id: `${id}.${++n}`,
        source: id,
        text,
        kind: 'full-text',
        speaker: `Speaker${d}`,
        recipient: null,
        date: null,
        page: String(1 + Math.floor(chars / PAGE_CHARS)),
        section: null,
        context: null,
        evidence: { level: 'original', sources: [{ url: 'file:bench', printed: 'generated' }] },
      });
      chars += text.length + 1;
    }
  }
  return {
    sources: [...bundledCorpus.sources, ...sources],
    passages: [...bundledCorpus.passages, ...passages],
  };
}

function quotations(library: CorpusContent): Array<{ text: string; attributedTo: string | null }> {
  const random = prng(1818);
  const generated = library.passages.filter((p) => p.kind === 'full-text');
  const out: Array<{ text: string; attributedTo: string | null }> = [];
  for (let i = 0; i < QUOTES; i++) {
    const p = generated[Math.floor(random() * generated.length)] as Passage;
    const ws = p.text.split(' ');
    const start = Math.floor(random() * Math.max(1, ws.length - 10));
    const quote = ws.slice(start, start + 8 + Math.floor(random() * 6));
    if (i % 3 === 1) quote[Math.floor(quote.length / 2)] = 'altogether';
    out.push({ text: quote.join(' '), attributedTo: i % 4 === 0 ? (p.speaker ?? null) : null });
  }
  const seed = JSON.parse(
    readFileSync(resolve(process.cwd(), 'tests/fixtures/seed-article.expected.json'), 'utf8'),
  ) as { quotes: Array<{ quote: string; attributed_to: string | null }> };
  for (const q of seed.quotes) out.push({ text: q.quote, attributedTo: q.attributed_to });
  return out;
}

/** Collects garbage when the flag can be set at run time (it can in Node), so heap figures are live data. */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as (() => void) | undefined;
  return () => gc?.();
}

export const libraryDocsSection: BenchSection = {
  name: 'libraryDocs',
  async run() {
    const gc = collector();
    const html = readFileSync(resolve(process.cwd(), 'tests/fixtures/seed-article.html'), 'utf8');
    const blocks = readArticle(parseHTML(html).document)?.blocks ?? [];
    gc();
    const heapBefore = process.memoryUsage().heapUsed;
    // Cold: from nothing in memory to the seed article's verdicts.
    const coldStart = performance.now();
    const library = generateLibrary();
    const generatedMs = performance.now() - coldStart;
    const buildStart = performance.now();
    const index = buildIndex(library);
    const buildMs = performance.now() - buildStart;
    const scanned = scanArticle(index, blocks);
    const coldScanMs = performance.now() - coldStart - generatedMs;
    gc();
    const heapMB = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;

    const quotes = quotations(library);
    for (const q of quotes) matchQuote(index, q); // warm-up
    const runs: number[] = [];
    for (let r = 0; r < MATCH_RUNS; r++) {
      const start = performance.now();
      for (const q of quotes) matchQuote(index, q);
      runs.push((performance.now() - start) / quotes.length);
    }
    const found = quotes.filter((q) => matchQuote(index, q).status !== 'not-found').length;
    const chars = library.passages.reduce((n, p) => n + p.text.length, 0);
    return {
      libraryDocs100PerQuoteMs: round(median(runs)),
      libraryDocs100ColdScanMs: round(coldScanMs, 0),
      libraryDocs100WorkerMB: round(heapMB, 0),
      libraryDocs100IndexBuildMs: round(buildMs, 0),
      libraryDocs100Chars: chars,
      libraryDocs100Documents: library.sources.length - bundledCorpus.sources.length,
      libraryDocs100QuotesFound: `${found}/${quotes.length}`,
      libraryDocs100SeedVerdicts: scanned.length,
    };
  },
  describe(r) {
    return [
      `${r.libraryDocs100Documents} generated documents, ${r.libraryDocs100Chars} characters, plus the bundled pack`,
      `per quotation: ${r.libraryDocs100PerQuoteMs} ms (target ≤ 1 ms; ${r.libraryDocs100QuotesFound} found)`,
      `cold scan (index built from the documents, then the seed article): ${r.libraryDocs100ColdScanMs} ms, of which index build ${r.libraryDocs100IndexBuildMs} ms (target ≤ 300 ms with a stored index)`,
      `heap held by documents + index: ${r.libraryDocs100WorkerMB} MB`,
    ];
  },
};
