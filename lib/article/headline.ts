/**
 * The article's headline and standfirst (dek), which Readability sets apart from its content: its `title`
 * and `excerpt` (the page's description, or else the first paragraph). Quotations there are checked like
 * any other, so each is scanned as a block of its own — unless the content already holds it (Readability
 * keeps a heading that differs from the title; an excerpt taken from the first paragraph is that paragraph).
 * Works on any DOM implementation, as blocks.ts does.
 */
import type { ArticleBlock } from '../types';
import { BLOCK_SELECTOR, blockText } from './blocks';

export type HeadPlace = 'title' | 'subtitle';

export interface HeadBlock {
  place: HeadPlace;
  text: string;
}

const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Share of `b`'s words that `a` has. */
function overlap(a: readonly string[], b: readonly string[]): number {
  if (b.length === 0) return 0;
  const in_a = new Set(a);
  return b.filter((w) => in_a.has(w)).length / b.length;
}

/**
 * The same line of text, give or take a few words: a site name after the title, a kicker before it, a
 * description cut short. Three quarters of each side's words in the other is Readability's own test for
 * a heading that duplicates the title.
 */
export const SAME_LINE = 0.75;
export function sameLine(a: string, b: string): boolean {
  const wa = wordsOf(a);
  const wb = wordsOf(b);
  return overlap(wa, wb) >= SAME_LINE && overlap(wb, wa) >= SAME_LINE;
}

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Title and standfirst texts that the article's blocks do not already hold, title first. */
export function headBlocks(
  title: string | null | undefined,
  excerpt: string | null | undefined,
  body: readonly ArticleBlock[],
): HeadBlock[] {
  const out: HeadBlock[] = [];
  const inBody = (text: string) => body.some((b) => b.text === text || sameLine(b.text, text));
  const t = clean(title);
  if (t && !inBody(t)) out.push({ place: 'title', text: t });
  const s = clean(excerpt);
  if (s && !inBody(s) && !(t && sameLine(t, s))) out.push({ place: 'subtitle', text: s });
  return out;
}

/** Elements that print a headline. */
const HEADLINE_SELECTOR = 'h1, h2, [itemprop="headline"]';
/** Elements that print a standfirst: a paragraph or heading, or a <div> holding text only. */
const STANDFIRST_SELECTOR = `p, h2, h3, h4, [itemprop="description"], div`;
/** How far up from the headline the standfirst is looked for: it sits beside it, in the same header. */
const STANDFIRST_REACH = 3;

/**
 * The live elements that print the headline and standfirst found by headBlocks, with their own text (the
 * block text rule), so badges can go into them. A head block the page does not print is left out.
 */
export function locateHead(
  root: Element,
  title: string | null,
  head: readonly HeadBlock[],
): Array<{ place: HeadPlace; element: Element; text: string }> {
  const out: Array<{ place: HeadPlace; element: Element; text: string }> = [];
  const subtitle = head.find((h) => h.place === 'subtitle');
  if (head.length === 0 || !title) return out;
  // The headline is looked for even when the article holds it: the standfirst is found beside it.
  let headline: Element | null = null;
  for (const el of root.querySelectorAll(HEADLINE_SELECTOR)) {
    const text = blockText(el);
    if (text && sameLine(text, title)) {
      headline = el;
      if (head.some((h) => h.place === 'title')) out.push({ place: 'title', element: el, text });
      break;
    }
  }
  // Without a headline there is no neighbourhood to look in; the whole page is too costly to search.
  if (subtitle && headline) {
    let scope: Element | null = headline;
    for (let i = 0; i < STANDFIRST_REACH && scope?.parentElement; i++) scope = scope.parentElement;
    const wanted = wordsOf(subtitle.text).length;
    for (const el of (scope ?? headline).querySelectorAll(STANDFIRST_SELECTOR)) {
      if (el === headline || (el.tagName.toUpperCase() === 'DIV' && el.querySelector(BLOCK_SELECTOR)))
        continue;
      // Cheap length test first: most elements are far shorter or longer than the standfirst.
      const words = wordsOf(el.textContent ?? '').length;
      if (words < wanted * SAME_LINE || words * SAME_LINE > wanted) continue;
      const text = blockText(el);
      if (text && sameLine(text, subtitle.text)) {
        out.push({ place: 'subtitle', element: el, text });
        break;
      }
    }
  }
  return out;
}
