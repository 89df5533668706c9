/**
 * `npm run check -- --jsonl` throughput: generated ~5,000-character plain-text articles (seeded, so the
 * same on every run; quotations in the constructions news copy uses, some of them corpus passages, some
 * altered, some absent) checked in process by the batch mode's own loop, one index for the run, output
 * serialised as the CLI prints it. Process start-up and corpus loading are once per run and not counted.
 * Target: cliBatchArticlesPerSecond ≥ 200.
 */
import { performance } from 'node:perf_hooks';
import { bundledCorpus } from '../../data/corpus';
import { buildIndex } from '../../lib/match';
import { runBatch } from '../cli/batch';
import { median, prng, round } from './stats';
import type { BenchSection } from './types';

const ARTICLES = 400;
const ARTICLE_CHARS = 5000;
const RUNS = 5;

const NAMES = ['Jane Roe', 'Ann Lee', 'Omar Diaz', 'Ruth Okafor', 'Tom Becker', 'Priya Nair'];
const ROLES = ['a spokeswoman for the agency', 'the committee chairman', 'a former prosecutor'];
const WORDS =
  `the policy office agency border court families officials plan review records hearing week memo staff
  judge state federal children parents law order months department data report public case members`.split(
    /\s+/,
  );

function generateArticle(random: () => number, n: number): string {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
  const sentence = (words: number) => {
    const out = Array.from({ length: words }, () => pick(WORDS));
    return `${out.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
  };
  const quotation = () => {
    const r = random();
    if (r < 0.35) {
      const passage = pick(bundledCorpus.passages).text;
      const words = passage.split(/\s+/);
      const from = Math.floor(random() * Math.max(1, words.length - 14));
      return words.slice(from, from + 8 + Math.floor(random() * 6)).join(' ');
    }
    return sentence(6 + Math.floor(random() * 10)).slice(0, -1);
  };
  const paragraphs: string[] = [`Article ${n}: ${sentence(8)}`];
  let length = paragraphs[0]?.length ?? 0;
  while (length < ARTICLE_CHARS) {
    const name = pick(NAMES);
    // About half the paragraphs quote someone, as in news copy (~10–15 quotations an article).
    const form = random() < 0.5 ? 0 : 1 + Math.floor(random() * 5);
    const paragraph = [
      `${sentence(14)} ${sentence(9)} ${sentence(16)} ${sentence(11)}`,
      `“${quotation()},” ${name} said. ${sentence(10)}`,
      `“${quotation()},” said ${name}, ${pick(ROLES)}. “${quotation()}.”`,
      `${name} told reporters that the plan was “${quotation()}” and would stay. ${sentence(8)}`,
      `“${quotation()},” she added, noting that ${sentence(7).toLowerCase()}`,
      `${name} put it bluntly: “${quotation()}.”`,
    ][form] as string;
    paragraphs.push(paragraph);
    length += paragraph.length + 2;
  }
  return paragraphs.join('\n\n');
}

export const cliBatch: BenchSection = {
  name: 'cli-batch',
  async run() {
    const random = prng(12);
    const articles = Array.from({ length: ARTICLES }, (_, i) => generateArticle(random, i));
    const input = `${articles.map((text, i) => JSON.stringify({ id: `a${i}`, text })).join('\n')}\n`;
    const index = buildIndex(bundledCorpus);
    let lines = 0;
    let quotes = 0;
    const once = () => {
      lines = 0;
      quotes = 0;
      runBatch(input, index, (line) => {
        lines++;
        quotes += (JSON.parse(line) as { quotes?: unknown[] }).quotes?.length ?? 0;
      });
    };
    once();
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      runBatch(input, index, () => {});
      times.push(performance.now() - start);
    }
    if (lines !== ARTICLES) throw new Error(`batch printed ${lines} lines for ${ARTICLES} articles`);
    const ms = median(times);
    return {
      cliBatchArticlesPerSecond: Math.round((ARTICLES * 1000) / ms),
      cliBatchArticleChars: Math.round(articles.reduce((n, a) => n + a.length, 0) / ARTICLES),
      cliBatchQuotesPerArticle: round(quotes / ARTICLES, 1),
    };
  },
  describe: (r) => [
    `--jsonl batch: ${r.cliBatchArticlesPerSecond} articles/s (${ARTICLES} generated articles of ~${r.cliBatchArticleChars} characters, ${r.cliBatchQuotesPerArticle} quotations each; median of ${RUNS} runs; target ≥ 200)`,
  ],
};
