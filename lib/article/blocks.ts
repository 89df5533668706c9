/**
 * Article DOM → text blocks. Works on any DOM implementation (browser, linkedom, jsdom): it reads
 * nodes through their own properties and never touches `document`, `window` or `Node` globals.
 *
 * The text rule, shared by the engine (on Readability's clone) and the content script (on live
 * elements) so offsets mean the same thing on both sides:
 *   a block's text = the data of its descendant Text nodes, in document order, skipping the subtrees of
 *   nested block elements (they are blocks of their own) and of script/style/noscript/template;
 *   each <br> counts as one space; then every run of JavaScript whitespace (`/\s+/`, which includes
 *   the no-break space) is collapsed to a single space and the result is trimmed.
 * Without nested blocks, <br>, or scripts this equals `el.textContent` collapsed and trimmed.
 */
import type { ArticleBlock } from '../types';

/** Elements that hold a block of article text (headings included: headlines quote too). */
export const BLOCK_TAGS = ['P', 'LI', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6'] as const;
export const BLOCK_SELECTOR = BLOCK_TAGS.map((t) => t.toLowerCase()).join(', ');

/** Subtrees whose text is never article text. */
const SKIPPED_TAGS = ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'] as const;
const SKIPPED_SELECTOR = SKIPPED_TAGS.map((t) => t.toLowerCase()).join(', ');
/** Anything that makes a block's text differ from its collapsed textContent (see blockText). */
const NOT_FLAT_SELECTOR = `${BLOCK_SELECTOR}, br, ${SKIPPED_SELECTOR}`;

// Both spellings: HTML documents report upper-case tag names, XML ones lower-case; the walks below run
// once per node of the page, where a toUpperCase() per node showed up in profiles.
const bothCases = (tags: readonly string[]) => new Set(tags.flatMap((t) => [t, t.toLowerCase()]));
const BLOCK_TAG_SET = bothCases(BLOCK_TAGS);
const SKIPPED_TAG_SET = bothCases(SKIPPED_TAGS);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export function isBlockElement(node: Node): boolean {
  return node.nodeType === ELEMENT_NODE && BLOCK_TAG_SET.has((node as Element).tagName);
}

function isSkipped(el: Element): boolean {
  return SKIPPED_TAG_SET.has(el.tagName);
}

function isBreak(el: Element): boolean {
  return el.tagName === 'BR' || el.tagName === 'br';
}

/** Calls `onText` for each Text node of `el`'s own text and `onBreak` for each <br>, in document order. */
export function walkBlockText(
  el: Element,
  onText: (node: Text) => void,
  onBreak: (br: Element) => void,
): void {
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      onText(child as Text);
    } else if (child.nodeType === ELEMENT_NODE) {
      const childEl = child as Element;
      if (BLOCK_TAG_SET.has(childEl.tagName) || isSkipped(childEl)) continue;
      if (isBreak(childEl)) onBreak(childEl);
      else walkBlockText(childEl, onText, onBreak);
    }
  }
}

/** The text a block element contributes, by the rule in this module's header. */
export function blockText(el: Element): string {
  // The common paragraph has nothing the rule treats specially: its textContent is its text.
  if (!el.querySelector(NOT_FLAT_SELECTOR)) return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  let raw = '';
  walkBlockText(
    el,
    (node) => {
      raw += node.data;
    },
    () => {
      raw += ' ';
    },
  );
  return raw.replace(/\s+/g, ' ').trim();
}

/**
 * What inside a <blockquote> makes it something other than a quotation: sites put data tables, code
 * listings and definition lists in <blockquote> for the indent.
 */
const NOT_A_QUOTATION = 'table, pre, code, dl';

/** The <blockquote> an element quotes in (itself or its nearest one), when it is a quotation. */
export function quotationOf(el: Element): Element | null {
  const quote = el.tagName.toUpperCase() === 'BLOCKQUOTE' ? el : el.parentElement?.closest('blockquote');
  return quote && !quote.querySelector(NOT_A_QUOTATION) ? quote : null;
}

export function blockKind(el: Element): ArticleBlock['kind'] {
  const tag = el.tagName.toUpperCase();
  if (quotationOf(el)) return 'blockquote';
  if (tag === 'LI') return 'li';
  if (tag.length === 2 && tag[0] === 'H') return 'heading';
  return 'p';
}

export interface BlockElement {
  element: Element;
  block: ArticleBlock;
}

/**
 * Block elements under `root` (root included) in document order, with their text; blocks whose
 * text is empty are left out. A paragraph inside a <blockquote> is its own block of kind 'blockquote'.
 */
export function collectBlocks(root: Element): BlockElement[] {
  // The selector engine finds the blocks (in document order) far faster than a walk in script; a block
  // under script/style/noscript/template (jsdom parses <noscript> content as elements) is not text.
  const elements = [
    ...(root.matches(BLOCK_SELECTOR) ? [root] : []),
    ...root.querySelectorAll(BLOCK_SELECTOR),
  ];
  const out: BlockElement[] = [];
  // Paragraphs of one <blockquote> carry the same number: together they are one quotation.
  const quotations = new Map<Element, number>();
  for (const el of elements) {
    if (el.closest(SKIPPED_SELECTOR)) continue;
    const text = blockText(el);
    if (!text) continue;
    const quote = quotationOf(el);
    if (!quote) {
      out.push({ element: el, block: { text, kind: blockKind(el) } });
      continue;
    }
    let n = quotations.get(quote);
    if (n === undefined) {
      n = quotations.size;
      quotations.set(quote, n);
    }
    out.push({ element: el, block: { text, kind: 'blockquote', blockquote: n } });
  }
  return out;
}

export function articleBlocks(root: Element): ArticleBlock[] {
  return collectBlocks(root).map((b) => b.block);
}
