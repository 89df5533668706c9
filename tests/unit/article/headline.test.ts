// @vitest-environment jsdom
/**
 * Quotations in the headline and the standfirst (Readability's title and excerpt) are found: in the CLI
 * with their place, on the page in the live headline element. Pages written for this test.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { bundledCorpus } from '@/data/corpus';
import { headBlocks } from '@/lib/article';
import { buildIndex } from '@/lib/match';
import { loadArticle } from '@/scripts/cli/article';
import { checkArticle, toJsonQuote } from '@/scripts/cli/report';
import { locateArticle } from '../content/locate-article';

const body = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i + 1} of the story goes on at some length about the review, the people who ran it, what they found in the records and what the department said about its findings afterwards.</p>`,
).join('\n');

const page = `<!doctype html><html><head><title>Review: watchdog says officials “failed to effectively prepare for, or manage” the policy | The Daily Example</title>
<meta name="description" content="The report says leaders “did not effectively coordinate with the Southwest border USAOs” before the policy began.">
</head><body><header><nav><a href="/">Home</a></nav></header>
<main><div class="story-head"><h1>Review: watchdog says officials “failed to effectively prepare for, or manage” the policy</h1>
<h2 class="dek">The report says leaders “did not effectively coordinate with the Southwest border USAOs” before the policy began.</h2>
<div class="share"><a href="/s">Share</a> <a href="/t">Tweet</a></div></div>
<article>${body}
<p>In the body, the report’s authors wrote that “the policy was issued” too quickly.</p>
</article></main><footer>Footer text</footer></body></html>`;

describe('the CLI', () => {
  const article = loadArticle({ format: 'html', content: page, name: 'page.html' });
  const index = buildIndex(bundledCorpus);
  const quotes = checkArticle(article, index).map((q) => toJsonQuote(q, index.sources));

  it('checks the headline’s and the standfirst’s quotations, each with its place', () => {
    expect(quotes.map((q) => [q.block, q.quote])).toEqual([
      ['title', 'failed to effectively prepare for, or manage'],
      ['subtitle', 'did not effectively coordinate with the Southwest border USAOs'],
      ['body', 'the policy was issued'],
    ]);
    expect(quotes[0]).toMatchObject({ status: 'verified', passageIds: ['r006'] });
    expect(quotes[1]).toMatchObject({ status: 'verified', passageIds: ['r009'] });
  });

  it('indexes each place’s own text with start and end', () => {
    const title = article.head.find((h) => h.place === 'title')?.text ?? '';
    expect(title.slice(quotes[0]?.start, quotes[0]?.end)).toBe(quotes[0]?.quote);
    const text = article.blocks.map((b) => b.text).join('\n\n');
    expect(text.slice(quotes[2]?.start, quotes[2]?.end)).toBe(quotes[2]?.quote);
  });
});

describe('the page', () => {
  it('locates the headline’s and the standfirst’s quotations in their live elements', () => {
    document.open();
    document.write(page);
    document.close();
    const located = locateArticle(document)?.quotes ?? [];
    const h1 = located.find((q) => q.quote.quote.startsWith('failed to effectively'));
    expect(h1?.block.tagName).toBe('H1');
    expect(h1?.block.textContent?.slice(0, h1.offset).endsWith('manage”')).toBe(true);
    const dek = located.find((q) => q.quote.quote.startsWith('did not effectively'));
    expect(dek?.block.className).toBe('dek');
  });
});

describe('headBlocks', () => {
  it('leaves out a headline or standfirst the article already holds', () => {
    const blocks = [
      { text: 'A headline with “a quote in it” here', kind: 'heading' as const },
      { text: 'The first paragraph, which Readability also used as the excerpt.', kind: 'p' as const },
    ];
    expect(
      headBlocks(
        'A headline with “a quote in it” here',
        'The first paragraph, which Readability also used as the excerpt.',
        blocks,
      ),
    ).toEqual([]);
    expect(headBlocks('Another headline', null, blocks)).toEqual([
      { place: 'title', text: 'Another headline' },
    ]);
  });

  it('a standfirst that only repeats the headline is not scanned twice', () => {
    expect(headBlocks('Officials knew of the problems', 'Officials knew of the problems.', [])).toEqual([
      { place: 'title', text: 'Officials knew of the problems' },
    ]);
  });
});

// linkedom is what the CLI reads pages with; the headline is found there too.
it('linkedom pages give the CLI the printed headline text', () => {
  const { document: doc } = parseHTML(page);
  expect(doc.querySelector('h1')?.textContent).toContain('failed to effectively');
});
