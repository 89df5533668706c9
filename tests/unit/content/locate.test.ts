// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { alignBlocks, badgeAnchor } from '@/entrypoints/content/locate';
import { collectBlocks } from '@/lib/article';
import { locateArticle } from './locate-article';

const seedHtml = readFileSync(resolve(process.cwd(), 'tests/fixtures/seed-article.html'), 'utf8');
const expected = JSON.parse(
  readFileSync(resolve(process.cwd(), 'tests/fixtures/seed-article.expected.json'), 'utf8'),
) as {
  quotes: Array<{ quote: string; soft: boolean }>;
};

function load(html: string): void {
  document.open();
  document.write(html);
  document.close();
}

describe('locateArticle on the seed page', () => {
  beforeEach(() => load(seedHtml));

  it('finds every non-soft quotation in the live article and nothing from the sidebar', () => {
    const article = locateArticle(document);
    expect(article).not.toBeNull();
    const found = article?.quotes.map((q) => q.quote.quote) ?? [];
    for (const row of expected.quotes.filter((r) => !r.soft)) {
      expect(found).toContain(row.quote);
    }
    expect(found.some((q) => q.includes('We are not done yet'))).toBe(false);
    for (const q of article?.quotes ?? []) {
      expect(q.block.closest('article')).not.toBeNull();
      expect(q.block.isConnected).toBe(true);
    }
    expect(article?.container?.tagName).toBe('ARTICLE');
  });

  it('points each quotation at the character after its closing mark in the live block', () => {
    const article = locateArticle(document);
    const rosenstein = article?.quotes.find((q) => q.quote.quote.startsWith('We should NOT'));
    expect(rosenstein).toBeDefined();
    const text = (rosenstein?.block.textContent ?? '').replace(/\s+/g, ' ').trim();
    expect(text.slice((rosenstein?.offset ?? 0) - 1, rosenstein?.offset)).toBe('”');
  });

  it('does not touch the live document', () => {
    const before = document.body.innerHTML;
    locateArticle(document);
    expect(document.body.innerHTML).toBe(before);
  });
});

describe('alignBlocks', () => {
  it('pairs article blocks with live blocks of the same text, in order, leaving rewritten ones unpaired', () => {
    load('<body><p>one</p><aside><p>ad</p></aside><p>two</p><p>three</p></body>');
    const live = collectBlocks(document.body);
    const paired = alignBlocks(['one', 'changed by readability', 'three'], live);
    expect(paired.map((e) => e?.textContent ?? null)).toEqual(['one', null, 'three']);
  });

  it('pairs repeated texts with successive elements', () => {
    load('<body><p>same</p><p>same</p></body>');
    const live = collectBlocks(document.body);
    const [a, b] = alignBlocks(['same', 'same'], live);
    expect(a).not.toBe(b);
  });
});

describe('badgeAnchor', () => {
  const offsetAfter = (p: Element, mark: string) =>
    (p.textContent ?? '').replace(/\s+/g, ' ').trim().indexOf(mark) + 1;

  it('goes after the enclosing inline element when the mark ends it', () => {
    load('<body><p>He said <em>“hello <b>there</b>”</em> and left.</p></body>');
    const p = document.querySelector('p') as Element;
    const anchor = badgeAnchor(p, offsetAfter(p, '”'));
    expect(anchor).toBe(document.querySelector('em'));
  });

  it('splits the text right after the mark when words follow it in the same node', () => {
    load('<body><p>“Go now,” he said.</p></body>');
    const p = document.querySelector('p') as Element;
    const anchor = badgeAnchor(p, offsetAfter(p, '”'));
    expect(anchor?.textContent).toBe('“Go now,”');
    expect(anchor?.nextSibling?.textContent).toBe(' he said.');
  });

  it('never goes inside a link', () => {
    load('<body><p>See <a href="/x">“the report,” they wrote</a> today.</p></body>');
    const p = document.querySelector('p') as Element;
    expect(badgeAnchor(p, offsetAfter(p, '”'))).toBe(document.querySelector('a'));
  });

  it('maps offsets through collapsed whitespace and <br>', () => {
    load('<body><p>  A   line<br>and “a   quote”   after</p></body>');
    const p = document.querySelector('p') as Element;
    const anchor = badgeAnchor(p, 'A line and “a quote”'.length);
    expect(anchor?.textContent?.endsWith('”')).toBe(true);
  });
});

describe('pages that write paragraphs as bare <div>s', () => {
  it('locates quotations in text-only divs that Readability read as paragraphs', () => {
    const paragraph = (n: number) =>
      `<div class="para">Paragraph ${n} of a long report on the policy, with enough words to count as article text for Readability, which scores blocks by their length and their commas, like this one, and this one, and the next one.</div>`;
    load(`<!DOCTYPE html><html><head><title>Div story</title></head><body>
      <nav><div>Home</div><div>News</div></nav>
      <article><h1>Div story</h1>
      ${paragraph(1)}
      <div class="para">Sessions ignored their pleas during a May 11, 2018 call: <em>“We need to take away children,”</em> he said, according to the report, which the inspector general released on Thursday afternoon.</div>
      ${paragraph(2)}${paragraph(3)}${paragraph(4)}
      </article></body></html>`);
    const article = locateArticle(document);
    const quote = article?.quotes.find((q) => q.quote.quote === 'We need to take away children,');
    expect(quote?.block.tagName).toBe('DIV');
    expect(quote?.block.isConnected).toBe(true);
    expect(badgeAnchor(quote?.block as Element, quote?.offset as number)).toBe(document.querySelector('em'));
  });
});
