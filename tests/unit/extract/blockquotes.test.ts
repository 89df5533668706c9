// @vitest-environment jsdom
/**
 * One quotation (one badge, after its last paragraph) per <blockquote>; a blockquote holding a table,
 * code, a <pre> or a data list is not a quotation. Pages written for this test.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { articleBlocks } from '../../../lib/article';
import { extractQuotes } from '../../../lib/extract';
import { BLOCK_SEPARATOR } from '../../../lib/types';

const doms = {
  linkedom: (html: string) => parseHTML(html).document as unknown as Document,
  jsdom: (html: string) => new DOMParser().parseFromString(html, 'text/html'),
};

describe.each(Object.entries(doms))('blockquotes (%s)', (_name, make) => {
  const read = (inner: string) => {
    const blocks = articleBlocks(make(`<!doctype html><html><body>${inner}</body></html>`).body);
    const text = blocks.map((b) => b.text).join(BLOCK_SEPARATOR);
    return { blocks, text, quotes: extractQuotes(blocks) };
  };

  it('a blockquote of three paragraphs is one quotation, badged after its last paragraph', () => {
    const { quotes, text } = read(`<p>The memo read:</p>
      <blockquote><p>First we plan the work.</p><p>Then we do the work.</p><p>Last we check the work.</p></blockquote>
      <p>Nobody answered.</p>`);
    const whole = quotes.filter((q) => q.form === 'blockquote');
    expect(whole).toHaveLength(1);
    expect(whole[0]?.quote).toBe('First we plan the work. Then we do the work. Last we check the work.');
    expect(text.slice(0, whole[0]?.after)).toMatch(/Last we check the work\.$/);
  });

  it('two blockquotes side by side stay two quotations', () => {
    const { quotes } = read(
      '<blockquote><p>One speaker said this much.</p></blockquote><blockquote><p>Another said that much.</p></blockquote>',
    );
    expect(quotes.map((q) => q.quote)).toEqual(['One speaker said this much.', 'Another said that much.']);
  });

  it('a credit line after the paragraphs names the speaker of the whole blockquote', () => {
    const { quotes } = read(
      '<blockquote><p>We will plan it better.</p><p>We will check it twice.</p><p>— Jane Roe</p></blockquote>',
    );
    expect(quotes.map((q) => [q.quote, q.attributedTo])).toEqual([
      ['We will plan it better. We will check it twice.', 'Jane Roe'],
    ]);
  });

  it('a blockquote holding a table is not a quotation', () => {
    const { blocks, quotes } = read(`<blockquote><table><tr><th>Year</th><th>Cases</th></tr>
      <tr><td>2017</td><td>1,200</td></tr><tr><td>2018</td><td>2,900</td></tr></table></blockquote>`);
    expect(blocks.every((b) => b.kind !== 'blockquote')).toBe(true);
    expect(quotes).toEqual([]);
  });

  it('a blockquote holding code is not a quotation', () => {
    const { blocks, quotes } = read(
      '<blockquote><pre><code>for (const row of table) total += row.cases;</code></pre></blockquote>',
    );
    expect(blocks.every((b) => b.kind !== 'blockquote')).toBe(true);
    expect(quotes).toEqual([]);
    expect(read('<blockquote><p>Run <code>npm test</code> before you push.</p></blockquote>').quotes).toEqual(
      [],
    );
  });

  it('a blockquote holding a data list is not a quotation', () => {
    const { quotes } = read(
      '<blockquote><dl><dt>Filed</dt><dd>March 2019</dd><dt>Closed</dt><dd>May 2020</dd></dl></blockquote>',
    );
    expect(quotes).toEqual([]);
  });
});
