// @vitest-environment jsdom
/**
 * A scan replayed from the corpus through the scan host, as a page's first scan reaches it: a news page
 * whose paragraphs quote report passages word for word, and the same quotations doctored by one word.
 * The real engine throughout: a verbatim span of the report must come back verified, a doctored one never.
 */
import { beforeAll, expect, it, vi } from 'vitest';
import { bundledCorpus } from '@/data/corpus';
import { buildLoadedCorpus } from '@/entrypoints/background/corpus-index';
import { createScanHandlers, type ScanKeeper } from '@/entrypoints/background/scan-handlers';
import type { TabScan } from '@/utils/domain';
import type { PageScanResponse } from '@/utils/messaging/protocol';

const self = { id: 'verbatim-id', baseUrl: 'chrome-extension://verbatim-id/' };
const PAGE = 'https://news.example/story';
const sender = { id: 'verbatim-id', url: PAGE, frameId: 0, tab: { id: 7, url: PAGE } };

const reportPassages = bundledCorpus.passages.filter((p) => p.source === 'oig-21-028' && p.speaker);
/** Twelve words from the middle of each passage, without its own double quotation marks. */
const spans = reportPassages.slice(0, 12).map((p) => ({
  speaker: p.speaker as string,
  words: p.text.replace(/[“”"]/g, '').split(/\s+/).slice(3, 15),
}));
const doctor = (words: string[]) => words.map((w, i) => (i === 6 ? 'zebra' : w));

function newsPage(quotes: Array<{ speaker: string; words: string[] }>): string {
  const paragraphs = quotes
    .map(
      (q, i) =>
        `<p>In a review released on Thursday, investigators described paragraph ${i} of events. “${q.words.join(' ')},” ${q.speaker} said, according to the report.</p>`,
    )
    .join('\n');
  return `<!DOCTYPE html><html><head><title>Watchdog report</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Watchdog report on the policy</h1>${paragraphs}</article>
<footer><p>Copyright Example News</p></footer></body></html>`;
}

const kept: TabScan[] = [];
const keeper: ScanKeeper = {
  async set(_tab, scan) {
    kept.push(scan);
  },
  keep(_tab, scan) {
    kept.push(scan);
  },
};

let scanPage: ReturnType<typeof createScanHandlers>['scanPage'];
beforeAll(() => {
  vi.spyOn(console, 'info').mockImplementation(() => {});
  const loaded = buildLoadedCorpus({
    version: bundledCorpus.version,
    sources: bundledCorpus.sources,
    passages: bundledCorpus.passages,
  });
  const parser = new DOMParser();
  scanPage = createScanHandlers({
    corpus: { get: async () => loaded },
    scans: keeper,
    sites: { isEnabled: async () => true },
    self,
    now: () => 1,
    parseHtml: (html) => parser.parseFromString(html, 'text/html'),
  }).scanPage;
});

async function scan(html: string): Promise<PageScanResponse> {
  const answer = await scanPage({ url: PAGE, title: 'Watchdog report', html }, sender);
  if ('siteOff' in answer || 'article' in answer) throw new Error('expected an article');
  return answer;
}

it('has report passages to replay', () => {
  expect(spans.length).toBe(12);
});

it('verifies every verbatim span of the report, read from the page’s HTML', async () => {
  const answer = await scan(newsPage(spans));
  // The comma printed inside the marks is part of the quotation as printed.
  expect(answer.quotes.map((q) => q.quote)).toEqual(spans.map((s) => `${s.words.join(' ')},`));
  expect(answer.results.map((r) => r.status)).toEqual(spans.map(() => 'verified'));
  // The page is told where each block's element is, and the tab's scan is kept.
  expect(answer.at.every((n) => typeof n === 'number')).toBe(true);
  expect(kept.at(-1)?.quotes).toHaveLength(spans.length);
});

it('never verifies a span doctored by one word', async () => {
  const doctored = spans.map((s) => ({ ...s, words: doctor(s.words) }));
  const answer = await scan(newsPage(doctored));
  expect(answer.results).toHaveLength(doctored.length);
  for (const r of answer.results) expect(r.status).not.toBe('verified');
});

it('answers "not an article" for a page Readability finds none in', async () => {
  const answer = await scanPage(
    { url: PAGE, title: 'Menu', html: '<html><body><nav>Home</nav></body></html>' },
    sender,
  );
  expect(answer).toEqual({ article: false });
});
