// @vitest-environment jsdom
import { afterEach, expect, it } from 'vitest';
import { serialisePage } from '@/entrypoints/content/serialise';
import { BLOCK_SELECTOR, blockText } from '@/lib/article';

afterEach(() => {
  document.head.textContent = '';
  document.body.textContent = '';
});

it('drops scripts, style sheets and comments, and keeps every block, div and word of text', () => {
  document.head.innerHTML =
    '<style>p { color: red }</style><script type="application/json">{"a":"<p>x</p>"}</script>';
  document.body.innerHTML = `<div><p>“One,” she said.</p><!-- a <p>comment</p> --><script>var s = "<div>";</script>
    <div>Two &lt;script&gt; words</div><ul><li>Three</li></ul><style>.x{}</style><blockquote><p>Four</p></blockquote></div>`;
  const html = serialisePage(document);
  expect(html).not.toMatch(/<script|<style|<!--|color: red|var s/);
  const copy = new DOMParser().parseFromString(html, 'text/html');
  expect(copy.body.querySelectorAll(BLOCK_SELECTOR).length).toBe(
    document.body.querySelectorAll(BLOCK_SELECTOR).length,
  );
  expect(copy.body.querySelectorAll('div').length).toBe(document.body.querySelectorAll('div').length);
  const texts = (doc: Document) => [...doc.body.querySelectorAll(`${BLOCK_SELECTOR}, div`)].map(blockText);
  expect(texts(copy)).toEqual(texts(document));
  expect(texts(copy)).toContain('Two <script> words');
});

it('drops attributes Readability never reads, inside tags only, and keeps the ones it reads', () => {
  document.body.innerHTML = `<article class="story" id="main" role="main"><p data-id="7" title="t" style="display:none">He wrote data-x="1" and title="2" in his note.</p>
    <a href="#top" aria-hidden="true" data-analytics="x"><img srcset="a.jpg 1x" alt="photo" src="a.jpg" width="3"></a></article>`;
  const html = serialisePage(document);
  expect(html).not.toMatch(/data-id|data-analytics|srcset|alt=|width=|title="t"/);
  const copy = new DOMParser().parseFromString(html, 'text/html');
  const p = copy.querySelector('p') as HTMLElement;
  expect(p.textContent).toBe('He wrote data-x="1" and title="2" in his note.');
  expect(p.getAttribute('style')).toBe('display:none');
  expect(copy.querySelector('article')?.outerHTML).toMatch(/class="story" id="main" role="main"/);
  expect(copy.querySelector('a')?.getAttribute('href')).toBe('#top');
  expect(copy.querySelector('a')?.getAttribute('aria-hidden')).toBe('true');
  expect(copy.querySelector('img')?.getAttribute('src')).toBe('a.jpg');
});

it('keeps the head’s title and meta tags, which name the article, and nothing else of it', () => {
  document.title = 'A story & more';
  document.head.insertAdjacentHTML(
    'beforeend',
    '<meta property="og:title" content="A story"><link rel="stylesheet" href="x.css">',
  );
  document.body.innerHTML = '<h1>A story</h1><p>Words.</p>';
  const copy = new DOMParser().parseFromString(serialisePage(document), 'text/html');
  expect(copy.title).toBe('A story & more');
  expect(copy.head.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe('A story');
  expect(copy.head.querySelector('link')).toBeNull();
  expect(copy.body.innerHTML).toBe('<h1>A story</h1><p>Words.</p>');
});
