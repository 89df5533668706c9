/**
 * Maps the quotations the scan found in the article's blocks back onto the live page: which live block
 * each quotation closes in, and the DOM point right after its closing mark.
 */
import { blockText } from '@/lib/article/blocks';
import { blockStarts, closingBlock } from '@/lib/article/closing-block';
import { containerOf, elementsAt, type ReadPage } from '@/lib/article/page';
import { type BlockTextMap, type DomPoint, mapBlockText } from '@/lib/article/text-map';
import type { ExtractedQuote } from '@/lib/types';
import type { RequestOf } from '@/utils/messaging/protocol';
import { isOwnNode } from './shadow';

export type { ReadPage } from '@/lib/article/page';
export { alignBlocks, withinArticleLimits } from '@/lib/article/page';

export interface LocatedQuote {
  quote: ExtractedQuote;
  /** The live block element the quotation closes in. */
  block: Element;
  /** Offset in that block's text just after the closing mark: with `block`, identifies the quotation. */
  offset: number;
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

/**
 * The page the scan described (its blocks and where their elements are), if the elements found there
 * hold the text the scan read in every block a quotation closes in; null when the page changed since
 * it was serialised (or parses differently), and the blocks must be paired by their text instead.
 */
export function pageAt(
  doc: Document,
  article: {
    title: string | null;
    blocks: ReadPage['blocks'];
    at: ReadonlyArray<number | null>;
    omitted?: ReadPage['omitted'];
  },
  quotes: readonly ExtractedQuote[],
): ReadPage | null {
  if (article.at.length !== article.blocks.length) return null;
  const live = elementsAt(doc, article.at);
  const texts = article.blocks.map((b) => b.text);
  const starts = blockStarts(texts);
  for (const quote of quotes) {
    const closing = closingBlock(texts, starts, quote.after);
    const el = closing ? live[closing.index] : null;
    if (closing && el && blockText(el) !== texts[closing.index]) return null;
  }
  return {
    title: article.title,
    blocks: [...article.blocks],
    live,
    container: containerOf(live),
    omitted: article.omitted ?? { blocks: 0, chars: 0 },
  };
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
