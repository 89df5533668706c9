// @vitest-environment jsdom
/**
 * collectBlocks, blockText and mapBlockText take shortcuts for speed (selector queries, textContent for
 * flat paragraphs, typed arrays for the offset map). Here they are held to the text rule spelled out the
 * slow way (blocks.ts header) on random markup, in jsdom and in linkedom (what the CLI uses).
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { collectBlocks, mapBlockText } from '../../../lib/article';
import { prng } from '../../../scripts/bench/stats';

const BLOCKS = new Set(['P', 'LI', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** The rule's raw characters of `el`, one DOM point (null for a <br>) per character. */
function rawChars(el: Element, out: Array<{ ch: string; node: Text | null; offset: number }>): void {
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType === 3) {
      const data = (child as Text).data;
      for (let i = 0; i < data.length; i++)
        out.push({ ch: data[i] as string, node: child as Text, offset: i });
    } else if (child.nodeType === 1) {
      const tag = (child as Element).tagName.toUpperCase();
      if (BLOCKS.has(tag) || SKIPPED.has(tag)) continue;
      if (tag === 'BR') out.push({ ch: ' ', node: null, offset: 0 });
      else rawChars(child as Element, out);
    }
  }
}

/** Collapse each run of `\s` to its first character's point; drop leading and trailing whitespace. */
function referenceMap(el: Element) {
  const raw: Array<{ ch: string; node: Text | null; offset: number }> = [];
  rawChars(el, raw);
  const out: Array<{ ch: string; node: Text | null; offset: number }> = [];
  let pending: (typeof raw)[number] | null = null;
  for (const c of raw) {
    if (/\s/.test(c.ch)) {
      if (!pending && out.length > 0) pending = c;
      continue;
    }
    if (pending) out.push({ ...pending, ch: ' ' });
    pending = null;
    out.push(c);
  }
  // A <br>'s space sits just after the character before it.
  const points = out.map((c, i) => {
    if (c.node) return { node: c.node, offset: c.offset };
    const prev = out[i - 1] as (typeof out)[number];
    return { node: prev.node, offset: prev.offset + 1 };
  });
  return { text: out.map((c) => c.ch).join(''), points };
}

function referenceBlocks(root: Element) {
  const found: Array<{ element: Element; text: string; kind: string }> = [];
  const visit = (el: Element, inQuote: boolean): void => {
    const tag = el.tagName.toUpperCase();
    if (SKIPPED.has(tag)) return;
    if (BLOCKS.has(tag)) {
      const text = referenceMap(el).text;
      const kind =
        tag === 'BLOCKQUOTE' || inQuote
          ? 'blockquote'
          : tag === 'LI'
            ? 'li'
            : tag[0] === 'H'
              ? 'heading'
              : 'p';
      if (text) found.push({ element: el, text, kind });
    }
    for (const child of Array.from(el.children)) visit(child, inQuote || tag === 'BLOCKQUOTE');
  };
  visit(root, false);
  return found;
}

const TAGS = [
  'p',
  'li',
  'blockquote',
  'h2',
  'em',
  'a',
  'span',
  'b',
  'br',
  'script',
  'noscript',
  'div',
  'style',
];
const WORDS = ['We', 'need', '“to', 'take', 'away', 'children,”', 'he', 'said.', "don't", '—', '[the]', '…'];
const SPACES = [' ', '  ', '\n', '\t', '\u00a0', '\u2003', '\u202f', ' \n '];

function randomMarkup(random: () => number, depth: number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)] as T;
  let html = '';
  const parts = 1 + Math.floor(random() * 5);
  for (let i = 0; i < parts; i++) {
    const r = random();
    if (r < 0.45 || depth > 3) {
      html += `${random() < 0.3 ? pick(SPACES) : ''}${pick(WORDS)}${random() < 0.6 ? pick(SPACES) : ''}`;
    } else {
      const tag = pick(TAGS);
      html += tag === 'br' ? '<br>' : `<${tag}>${randomMarkup(random, depth + 1)}</${tag}>`;
    }
  }
  return html;
}

const doms = {
  jsdom: (html: string) => new DOMParser().parseFromString(html, 'text/html'),
  linkedom: (html: string) => parseHTML(html).document as unknown as Document,
};

describe.each(Object.entries(doms))('the block text rule on random markup (%s)', (_name, make) => {
  it('collectBlocks finds the blocks, texts and kinds the rule defines', () => {
    const random = prng(20261129);
    for (let n = 0; n < 300; n++) {
      const body = make(`<!doctype html><html><body>${randomMarkup(random, 0)}</body></html>`).body;
      const got = collectBlocks(body).map((b) => ({
        element: b.element,
        text: b.block.text,
        kind: b.block.kind,
      }));
      expect(got).toEqual(referenceBlocks(body));
    }
  });

  it('mapBlockText gives the rule text and the DOM point of every character', () => {
    const random = prng(7);
    let checked = 0;
    for (let n = 0; n < 300; n++) {
      const body = make(`<!doctype html><html><body><p>${randomMarkup(random, 1)}</p></body></html>`).body;
      for (const el of Array.from(body.querySelectorAll('p, li, blockquote, h2'))) {
        const want = referenceMap(el);
        const map = mapBlockText(el);
        expect(map.text).toBe(want.text);
        want.points.forEach((point, i) => {
          const got = map.pointAt(i);
          expect(got?.node === point.node && got?.offset === point.offset, `${want.text} @${i}`).toBe(true);
        });
        expect(map.pointAt(want.text.length)).toBeNull();
        expect(map.pointAt(-1)).toBeNull();
        checked += want.text.length;
      }
    }
    expect(checked).toBeGreaterThan(5000);
  });
});
