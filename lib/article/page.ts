/**
 * An article's blocks paired with the elements of a page: which element of the document each of
 * Readability's blocks is. The page that shows badges needs it to place them; the scan needs it to know
 * which quotations a badge can show (both pair by the same rule, so they agree).
 */
import { ARTICLE_LIMITS } from '../limits';
import type { ArticleBlock } from '../types';
import { BLOCK_SELECTOR, type BlockElement, blockText, collectBlocks } from './blocks';
import { headBlocks, locateHead } from './headline';

/**
 * Pairs each article block with the live block of the same text, in order. Readability keeps the page's
 * text, so equal text in the same order is the same paragraph; blocks it rewrote stay unpaired.
 */
export function alignBlocks(
  articleTexts: readonly string[],
  live: readonly BlockElement[],
): Array<Element | null> {
  const out: Array<Element | null> = [];
  let cursor = 0;
  for (const text of articleTexts) {
    let found = -1;
    for (let i = cursor; i < live.length; i++) {
      if (live[i]?.block.text === text) {
        found = i;
        break;
      }
    }
    if (found < 0) {
      out.push(null);
      continue;
    }
    out.push(live[found]?.element ?? null);
    cursor = found + 1;
  }
  return out;
}

/** Elements that keep Readability from turning a <div> into a <p> (its DIV_TO_P_ELEMS, plus headings and lists). */
const NOT_A_TEXT_DIV = 'div, p, blockquote, dl, img, ol, ul, li, pre, table, h1, h2, h3, h4, h5, h6, select';

/** The live blocks plus the text-only <div>s Readability would read as paragraphs, in document order. */
export function collectBlocksWithTextDivs(root: Element): BlockElement[] {
  const blocks = collectBlocks(root);
  const divs: BlockElement[] = [];
  for (const div of root.querySelectorAll('div')) {
    if (div.querySelector(NOT_A_TEXT_DIV)) continue;
    const text = blockText(div);
    if (text) divs.push({ element: div, block: { text, kind: 'p' } });
  }
  if (divs.length === 0) return blocks;
  return [...blocks, ...divs].sort((a, b) =>
    a.element.compareDocumentPosition(b.element) & 4 /* b follows a */ ? -1 : 1,
  );
}

function commonAncestor(a: Element, b: Element): Element | null {
  const seen = new Set<Element>();
  for (let n: Element | null = a; n; n = n.parentElement) seen.add(n);
  for (let n: Element | null = b; n; n = n.parentElement) if (seen.has(n)) return n;
  return null;
}

/** Readability's copy of the article, paired block by block with the live page. */
export interface ReadPage {
  title: string | null;
  /** The article's blocks as one matchQuotes message carries them (within ARTICLE_LIMITS). */
  blocks: ArticleBlock[];
  /** `live[i]`: the live element of `blocks[i]`; null when Readability rewrote it beyond recognition. */
  live: Array<Element | null>;
  /** Lowest live element holding every paired block: what the MutationObserver watches. */
  container: Element | null;
  /** Blocks (and their characters) left out to stay within ARTICLE_LIMITS: the reader is told. */
  omitted: { blocks: number; chars: number };
}

/**
 * Keeps an article inside the message's limits: drops blocks too long to send (both sides then index
 * the same, shorter text) and stops at the block or character cap.
 */
export function withinArticleLimits(
  blocks: readonly ArticleBlock[],
  live: ReadonlyArray<Element | null>,
): Pick<ReadPage, 'blocks' | 'live' | 'omitted'> {
  const kept: Pick<ReadPage, 'blocks' | 'live' | 'omitted'> = {
    blocks: [],
    live: [],
    omitted: { blocks: 0, chars: 0 },
  };
  let chars = 0;
  blocks.forEach((block, i) => {
    const over =
      block.text.length > ARTICLE_LIMITS.blockChars ||
      kept.blocks.length >= ARTICLE_LIMITS.blocks ||
      chars + block.text.length > ARTICLE_LIMITS.chars;
    if (over) {
      kept.omitted.blocks++;
      kept.omitted.chars += block.text.length;
      return;
    }
    chars += block.text.length;
    kept.blocks.push(block);
    kept.live.push(live[i] ?? null);
  });
  return kept;
}

/**
 * Pairs an article's blocks (Readability's, from this document or from a copy of its HTML) with the
 * blocks of `doc`, keeping the article within ARTICLE_LIMITS. Reads `doc`, never mutates it.
 */
export function pairWithPage(
  article: { title: string | null; excerpt?: string | null; blocks: readonly ArticleBlock[] },
  doc: Document,
): ReadPage | null {
  if (!doc.body || article.blocks.length === 0) return null;
  const texts = article.blocks.map((b) => b.text);
  let live = alignBlocks(texts, collectBlocks(doc.body));
  // Sites that write paragraphs as bare <div>s: Readability turned them into <p> in its copy.
  if (live.includes(null)) live = alignBlocks(texts, collectBlocksWithTextDivs(doc.body));
  // The headline and standfirst Readability set apart, where the page prints them: blocks of their own.
  const head = locateHead(
    doc.body,
    article.title,
    headBlocks(article.title, article.excerpt, article.blocks),
  );
  const kept = withinArticleLimits(
    [...head.map((h) => ({ text: h.text, kind: 'heading' as const })), ...article.blocks],
    [...head.map((h) => h.element), ...live],
  );
  return { title: article.title, ...kept, container: containerOf(kept.live) };
}

/**
 * Where each paired element sits in `doc`, as a number the page can look up without reading any text:
 * n ≥ 0 is the n-th element of `body.querySelectorAll(BLOCK_SELECTOR)`, n < 0 the (−n−1)-th `<div>`
 * (a text-only div read as a paragraph); null: not on the page. `doc` is the copy the scan parsed from
 * the page's own serialised DOM, so the numbers name the same elements in the live page.
 */
export function elementIndices(doc: Document, live: ReadonlyArray<Element | null>): Array<number | null> {
  const body = doc.body;
  if (!body) return live.map(() => null);
  const blockAt = new Map<Element, number>();
  body.querySelectorAll(BLOCK_SELECTOR).forEach((el, i) => {
    blockAt.set(el, i);
  });
  let divAt: Map<Element, number> | null = null;
  return live.map((el) => {
    if (!el) return null;
    const block = blockAt.get(el);
    if (block !== undefined) return block;
    if (!divAt) {
      const divs = new Map<Element, number>();
      body.querySelectorAll('div').forEach((div, i) => {
        divs.set(div, i);
      });
      divAt = divs;
    }
    const div = divAt.get(el);
    return div === undefined ? null : -div - 1;
  });
}

/** The elements `elementIndices` named, looked up in `doc` (the live page). */
export function elementsAt(doc: Document, at: ReadonlyArray<number | null>): Array<Element | null> {
  const body = doc.body;
  if (!body) return at.map(() => null);
  const blocks = body.querySelectorAll(BLOCK_SELECTOR);
  let divs: NodeListOf<HTMLDivElement> | null = null;
  return at.map((n) => {
    if (n === null || !Number.isInteger(n)) return null;
    if (n >= 0) return blocks[n] ?? null;
    divs ??= body.querySelectorAll('div');
    return divs[-n - 1] ?? null;
  });
}

/** The lowest element holding every element of `els`: what a watcher of the article observes. */
export function containerOf(els: ReadonlyArray<Element | null>): Element | null {
  let container: Element | null = null;
  for (const el of els) {
    if (!el) continue;
    container = container ? commonAncestor(container, el) : el;
  }
  return container;
}
