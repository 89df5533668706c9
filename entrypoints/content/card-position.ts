/**
 * Where a floating card goes: next to its anchor (a badge, a selection), above or below it so the card
 * never covers it, inside the viewport's width, and moved with the anchor when the page scrolls.
 */

export const CARD_WIDTH = 440;
/** Space kept between the card and the viewport's edges. */
export const EDGE = 8;
/** Space between the anchor and the card. */
export const GAP = 6;
/** Below this height a card beside its anchor is not worth having: it may then cover the anchor. */
const MIN_HEIGHT = 96;

export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface Placement {
  left: number;
  top: number;
  width: number;
  /** The card's max-height: its natural height when it fits on the chosen side, else that side's room. */
  maxHeight: number;
  side: 'below' | 'above' | 'corner';
}

/**
 * `natural`: the card's height without a height limit; `viewport`: its width without the scrollbar.
 * `prefer`: the side chosen before, kept while the card still fits there (no flipping while scrolling).
 */
export function placeCard(
  anchor: Box | null,
  natural: number,
  viewport: { width: number; height: number },
  prefer?: Placement['side'],
): Placement {
  const width = Math.max(0, Math.min(CARD_WIDTH, viewport.width - 2 * EDGE));
  const cap = Math.min(viewport.height * 0.7, 640);
  const height = Math.min(natural, cap);
  if (!anchor) {
    return {
      left: Math.max(EDGE, viewport.width - width - EDGE),
      top: EDGE,
      width,
      maxHeight: Math.min(height, viewport.height - 2 * EDGE),
      side: 'corner',
    };
  }
  const left = Math.max(EDGE, Math.min(anchor.left, viewport.width - width - EDGE));
  const below = viewport.height - anchor.bottom - GAP - EDGE;
  const above = anchor.top - GAP - EDGE;
  const atBelow = (h: number): Placement => ({
    left,
    top: anchor.bottom + GAP,
    width,
    maxHeight: h,
    side: 'below',
  });
  const atAbove = (h: number): Placement => ({
    left,
    top: anchor.top - GAP - h,
    width,
    maxHeight: h,
    side: 'above',
  });
  const order = prefer === 'above' ? [above, below] : [below, above];
  const fits = order.map((room) => room >= height);
  if (fits[0]) return prefer === 'above' ? atAbove(height) : atBelow(height);
  if (fits[1]) return prefer === 'above' ? atBelow(height) : atAbove(height);
  // Fits on neither side whole: the roomier side, with the card scrolling inside.
  const room = Math.max(below, above);
  if (room >= MIN_HEIGHT) return below >= above ? atBelow(below) : atAbove(above);
  return { left, top: EDGE, width, maxHeight: viewport.height - 2 * EDGE, side: 'corner' };
}

/** Anything with a client rectangle: an element, a Range. */
export interface Anchor {
  getBoundingClientRect(): DOMRect;
}

/**
 * Keeps `box` (position: fixed) placed next to `anchor` while it is open: on scroll (of the page or any
 * scroller holding the anchor), on resize, and when the card's own size changes (a disclosure opened).
 * Returns the function that stops following.
 */
export function followAnchor(box: HTMLElement, anchor: Anchor | null): () => void {
  const win = box.ownerDocument.defaultView ?? window;
  let side: Placement['side'] | undefined;
  let frame = 0;
  const place = () => {
    frame = 0;
    const card = box.firstElementChild as HTMLElement | null;
    if (!card) return;
    const doc = box.ownerDocument.documentElement;
    const viewport = { width: doc.clientWidth || win.innerWidth, height: win.innerHeight };
    // The card scrolls inside itself: its content height plus borders is its height without a limit.
    const natural = card.scrollHeight + (card.offsetHeight - card.clientHeight);
    const rect = anchor?.getBoundingClientRect() ?? null;
    const p = placeCard(rect && (rect.width || rect.height) ? rect : null, natural, viewport, side);
    side = p.side;
    box.style.setProperty('left', `${p.left}px`);
    box.style.setProperty('top', `${p.top}px`);
    box.style.setProperty('--vb-card-width', `${p.width}px`);
    box.style.setProperty('--vb-card-max-height', `${p.maxHeight}px`);
  };
  const later = () => {
    if (!frame) frame = win.requestAnimationFrame(place);
  };
  place();
  win.addEventListener('scroll', later, { capture: true, passive: true });
  win.addEventListener('resize', later, { passive: true });
  const resized = typeof ResizeObserver === 'function' ? new ResizeObserver(later) : null;
  const card = box.firstElementChild;
  if (resized && card) resized.observe(card);
  return () => {
    if (frame) win.cancelAnimationFrame(frame);
    win.removeEventListener('scroll', later, { capture: true });
    win.removeEventListener('resize', later);
    resized?.disconnect();
  };
}
