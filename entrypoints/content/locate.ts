/**
 * Reads the article (Readability on a clone), pairs its blocks with the live page's, and maps the
 * quotations the background extracted from those blocks back onto the live page: which live block each
 * quotation closes in, and the DOM point right after its closing mark.
 */
import {
  type BlockElement,
  type BlockTextMap,
  blockText,
  collectBlocks,
  type DomPoint,
  headBlocks,
  locateHead,
  mapBlockText,
  readArticle,
} from '@/lib/article';
import { blockStarts, closingBlock } from '@/lib/article/closing-block';
import { ARTICLE_LIMITS } from '@/lib/limits';
import type { ArticleBlock, ExtractedQuote } from '@/lib/types';
import type { RequestOf } from '@/utils/messaging/protocol';
import { isOwnNode } from './shadow';
import { mark } from './timing';

export interface LocatedQuote {
  quote: ExtractedQuote;
  /** The live block element the quotation closes in. */
  block: Element;
  /** Offset in that block's text just after the closing mark: with `block`, identifies the quotation. */
  offset: number;
}

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

/** Runs Readability on a clone and pairs its blocks with the live page's. Never mutates `doc`. */
export function readPage(doc: Document): ReadPage | null {
  const article = readArticle(doc);
  // Splits the benchmark's extraction stage into Readability and pairing with the live page.
  mark('readability');
  if (!article || !doc.body) return null;
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
  let container: Element | null = null;
  for (const el of kept.live) {
    if (!el) continue;
    container = container ? commonAncestor(container, el) : el;
  }
  return { title: article.title, ...kept, container };
}

/** The blocks of a matchQuotes message. */
export function scanBlocks(page: ReadPage): RequestOf<'matchQuotes'>['blocks'] {
  return page.blocks.map((b, i) => ({
    text: b.text,
    kind: b.kind,
    onPage: page.live[i] != null,
    ...(b.blockquote === undefined ? {} : { blockquote: b.blockquote }),
  }));
}

/** Each quotation's live block and closing offset; null (no badge) for one that is not on the page. */
export function placeQuotes(page: ReadPage, quotes: readonly ExtractedQuote[]): Array<LocatedQuote | null> {
  const texts = page.blocks.map((b) => b.text);
  const starts = blockStarts(texts);
  return quotes.map((quote) => {
    const closing = closingBlock(texts, starts, quote.after);
    const block = closing ? page.live[closing.index] : null;
    return closing && block ? { quote, block, offset: closing.offset } : null;
  });
}

const INTERACTIVE = new Set(['A', 'BUTTON', 'LABEL', 'SUMMARY', 'SELECT', 'TEXTAREA', 'OPTION']);

function onlyTrailingFiller(node: Node): boolean {
  for (let n = node.nextSibling; n; n = n.nextSibling) {
    if (n.nodeType === 3 && !(n as Text).data.trim()) continue;
    if (isOwnNode(n)) continue;
    return false;
  }
  return true;
}

/**
 * Where the badge goes: right after the closing mark; after the enclosing inline element when the mark
 * ends it (`<em>“…”</em><badge>`); never inside a link or button, where a click would follow the link.
 * Returns the node to insert after, splitting a text node when the mark sits in the middle of it.
 * A `map` of the block may be reused for several anchors in one block if they are taken from the last
 * offset to the first: a split only shortens the node that holds later offsets.
 */
export function badgeAnchor(
  block: Element,
  offset: number,
  map: BlockTextMap = mapBlockText(block),
): Node | null {
  const point: DomPoint | null = map.pointAt(offset - 1);
  if (!point) return null;
  let node: Node = point.node;
  // Split so the badge sits between the mark and the words that follow it.
  if (point.offset + 1 < point.node.data.length) point.node.splitText(point.offset + 1);
  while (node.parentElement && node.parentElement !== block && onlyTrailingFiller(node)) {
    node = node.parentElement;
  }
  for (let el: Element | null = node.parentElement; el && el !== block; el = el.parentElement) {
    if (INTERACTIVE.has(el.tagName)) node = el;
  }
  return node;
}
