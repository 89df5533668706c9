/**
 * Whether the reader sees the words Verbatim checked. The text a scan reads is the page's text, not what
 * the page draws: CSS can hide some of a quotation's words (display, visibility, opacity, zero or tiny
 * size, clipping, transparent ink, positioning off the page) or add words that are not in the text
 * (::before / ::after). Read from the live page's computed style, and only for the range of a quotation.
 */
import type { BlockTextMap } from '@/lib/article';
import { isOwnNode } from './shadow';

const WORD = /[\p{L}\p{N}]/u;
/** Below this the words are not readable (font-size: 1px hides a word as well as 0 does). */
const MIN_FONT_PX = 4;
/** A box clipping away more than this share of the words' area hides them. */
const MIN_VISIBLE_SHARE = 0.5;

const SEEN = {
  opacityProperty: true,
  visibilityProperty: true,
  checkOpacity: true,
  checkVisibilityCSS: true,
};

/** A computed colour with no ink: `transparent`, or an alpha of 0 (the fourth component). */
export function isTransparent(color: string): boolean {
  if (color === 'transparent') return true;
  const match = /^([a-z-]+)\((.*)\)$/i.exec(color.trim());
  const parts = match?.[2]?.split(/[\s,/]+/).filter(Boolean) ?? [];
  // color(srgb r g b / a) names its colour space first.
  if (match?.[1] === 'color') parts.shift();
  const alpha = parts.length >= 4 ? parts[parts.length - 1] : undefined;
  return alpha !== undefined && Number.parseFloat(alpha) === 0;
}

/** Letters or digits a pseudo-element adds: its strings and attr() values (counters and quotes add none). */
function pseudoAddsWords(el: Element, pseudo: '::before' | '::after'): boolean {
  const content = getComputedStyle(el, pseudo).content;
  if (!content || content === 'none' || content === 'normal') return false;
  if (/attr\(/.test(content)) return true;
  for (const m of content.matchAll(/"((?:[^"\\]|\\.)*)"/g)) if (WORD.test(m[1] ?? '')) return true;
  return false;
}

function area(r: { width: number; height: number }): number {
  return Math.max(0, r.width) * Math.max(0, r.height);
}

function overlap(a: DOMRect, b: DOMRect): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

/** How an element cuts the words inside it out of view. */
interface Clipping {
  /** clip-path (ignored on the block itself, whose own clip-path shapes its box). */
  clipPath: boolean;
  /** clip on an absolutely positioned box. */
  clip: boolean;
  /** It clips its overflow: the words must lie mostly inside its box. */
  overflow: boolean;
}

/** One memo per question, so an element is asked only what a check needs of it. */
function memo<T>(read: (el: Element) => T): (el: Element) => T {
  const known = new Map<Element, T>();
  return (el) => {
    if (known.has(el)) return known.get(el) as T;
    const value = read(el);
    known.set(el, value);
    return value;
  };
}

/**
 * The checks of one scan, which all run before any of its badges goes in: while nothing on the page
 * changes, each element's computed style and box are read once, however many quotations and text nodes
 * lie inside it (reading the styles anew for every text node was most of the checks' cost).
 */
export class RenderedText {
  /** Its own text is not drawn or not readable: display, visibility, opacity, tiny type, no ink. */
  readonly noInk = memo((el) => {
    if (!el.checkVisibility(SEEN)) return true;
    const style = getComputedStyle(el);
    return (
      Number.parseFloat(style.fontSize) < MIN_FONT_PX ||
      isTransparent(style.color) ||
      isTransparent(style.webkitTextFillColor || style.color)
    );
  });
  readonly clipping = memo((el): Clipping => {
    const s = getComputedStyle(el);
    return {
      clipPath: s.clipPath !== 'none',
      clip: s.clip !== 'auto' && (s.position === 'absolute' || s.position === 'fixed'),
      overflow: s.overflowX !== 'visible' || s.overflowY !== 'visible',
    };
  });
  /** Its ::before or ::after adds letters or digits. */
  readonly addsWords = memo((el) => pseudoAddsWords(el, '::before') || pseudoAddsWords(el, '::after'));
  readonly box = memo((el) => el.getBoundingClientRect());
}

/** Whether characters [from, to) of `node` are drawn where the reader can see them. */
function drawn(
  node: Text,
  from: number,
  to: number,
  block: Element,
  seen: RenderedText,
  range: Range,
): boolean {
  const el = node.parentElement;
  if (!el) return true;
  if (seen.noInk(el)) return false;
  range.setStart(node, from);
  range.setEnd(node, to);
  const box = range.getBoundingClientRect();
  let drawnArea = 0;
  for (const r of range.getClientRects()) drawnArea += area(r);
  if (drawnArea < 1) return false;
  const view = node.ownerDocument.defaultView;
  if (view && (box.right + view.scrollX <= 0 || box.bottom + view.scrollY <= 0)) return false;
  for (let a: Element | null = el; a && a !== block.parentElement; a = a.parentElement) {
    const c = seen.clipping(a);
    if ((a !== block && c.clipPath) || c.clip) return false;
    if (c.overflow && overlap(box, seen.box(a)) < MIN_VISIBLE_SHARE * area(box)) return false;
  }
  return true;
}

/**
 * True when characters [start, end) of the block's text — a quotation's words — are not all drawn, or
 * share their place with words the page's CSS adds. A block that is not rendered at all (a hidden
 * container) is not this case: the badge, inside it, is hidden with it.
 */
export function hidesQuotedText(
  block: Element,
  start: number,
  end: number,
  map: BlockTextMap,
  seen: RenderedText = new RenderedText(),
): boolean {
  const first = map.pointAt(Math.max(0, start));
  const last = map.pointAt(end - 1);
  // No layout (a DOM without rendering) or not rendered at all: nothing to judge here.
  if (!first || !last || typeof block.checkVisibility !== 'function') return false;
  if (block.getClientRects().length === 0 || !block.checkVisibility(SEEN)) return false;
  const doc = block.ownerDocument;
  const range = doc.createRange();
  range.setStart(first.node, first.offset);
  range.setEnd(last.node, last.offset + 1);
  // Inline elements wrapping the words (up to the block): their pseudo-elements sit among the words.
  for (let a = first.node.parentElement; a && a !== block; a = a.parentElement) {
    if (seen.addsWords(a)) return true;
  }
  const words = doc.createRange();
  const walker = doc.createTreeWalker(block, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  walker.currentNode = first.node;
  for (let n: Node | null = first.node; n; n = walker.nextNode()) {
    if (!range.intersectsNode(n)) break;
    if (n.nodeType === Node.ELEMENT_NODE) {
      const el = n as Element;
      if (isOwnNode(el)) continue;
      if (seen.addsWords(el)) return true;
      continue;
    }
    const text = n as Text;
    const from = text === first.node ? first.offset : 0;
    const to = text === last.node ? last.offset + 1 : text.data.length;
    if (WORD.test(text.data.slice(from, to)) && !drawn(text, from, to, block, seen, words)) return true;
  }
  return false;
}
