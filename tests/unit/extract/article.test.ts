// @vitest-environment jsdom
// jsdom's DOMParser stands for the browser; linkedom is what the CLI uses. The engine uses neither global.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  articleBlocks,
  BLOCK_SELECTOR,
  blockText,
  collectBlocks,
  domRange,
  mapBlockText,
  readArticle,
} from '../../../lib/article';
import { extractQuotes } from '../../../lib/extract';
import { BLOCK_SEPARATOR } from '../../../lib/types';

const seedHtml = readFileSync('tests/fixtures/seed-article.html', 'utf8');

const doms = {
  linkedom: (html: string) => parseHTML(html).document as unknown as Document,
  jsdom: (html: string) => new DOMParser().parseFromString(html, 'text/html'),
};

const bodyOf = (make: (h: string) => Document, inner: string) =>
  make(`<!doctype html><html><body>${inner}</body></html>`).body;

describe.each(Object.entries(doms))('articleBlocks (%s)', (_name, make) => {
  it('collapses whitespace, counts <br> as a space, skips scripts and nested blocks', () => {
    const body = bodyOf(
      make,
      `<blockquote>  Own   text\n here <p>Nested <b>bold</b>\u00a0 para</p></blockquote>
       <p>Line one<br>line two<script>var x = "not text";</script>  end </p>`,
    );
    expect(articleBlocks(body)).toEqual([
      { text: 'Own text here', kind: 'blockquote', blockquote: 0 },
      { text: 'Nested bold para', kind: 'blockquote', blockquote: 0 },
      { text: 'Line one line two end', kind: 'p' },
    ]);
  });

  it('gives headings, list items and paragraphs their kinds, in reading order, without empty blocks', () => {
    const body = bodyOf(make, '<h2>Head</h2><p> </p><ul><li>One</li><li>Two</li></ul><p>After</p>');
    expect(articleBlocks(body)).toEqual([
      { text: 'Head', kind: 'heading' },
      { text: 'One', kind: 'li' },
      { text: 'Two', kind: 'li' },
      { text: 'After', kind: 'p' },
    ]);
  });

  it('applies the same text rule to a live element as to the collected block', () => {
    const body = bodyOf(make, '<p>A  <i>quoted</i>\n “word” here</p><li>x</li>');
    const elements = Array.from(body.querySelectorAll(BLOCK_SELECTOR));
    expect(elements.map((el) => blockText(el))).toEqual(collectBlocks(body).map((b) => b.block.text));
  });

  it('maps quotation offsets back to DOM text positions', () => {
    const body = bodyOf(make, '<p>Sessions   said: <em>“We need</em> to take away\n children,” he said.</p>');
    const [entry] = collectBlocks(body);
    const map = mapBlockText(entry!.element);
    expect(map.text).toBe(entry!.block.text);
    const [q] = extractQuotes([entry!.block]);
    const range = domRange(map, q!.start, q!.end)!;
    expect(range.start.node.data.slice(range.start.offset)).toBe('We need');
    expect(range.end.node.data.slice(0, range.end.offset)).toBe(' to take away\n children,');
    expect(domRange(map, 5, 5)).toBeNull();
  });
});

describe.each(Object.entries(doms))('readArticle (%s)', (_name, make) => {
  it('returns the article, without the sidebar, and leaves the page untouched', () => {
    const doc = make(seedHtml);
    const before = doc.documentElement.outerHTML;
    const article = readArticle(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(article?.title).toContain('driving force');
    const text = article!.blocks.map((b) => b.text).join(BLOCK_SEPARATOR);
    expect(text).toContain('Former Attorney General Jeff Sessions');
    expect(text).not.toContain('We are not done yet');
    expect(text).not.toContain('Advertisement');
    expect(article!.blocks).toEqual(articleBlocks(article!.root));
  });

  it('returns null when there is no article', () => {
    expect(
      readArticle(make('<!doctype html><html><body><nav><a href="/">Home</a></nav></body></html>')),
    ).toBeNull();
  });
});
