/** One floating card at a time, in its own closed shadow root, placed next to what it explains. */
import { render, type VNode } from 'preact';
import { createShadowHost, type ShadowHost } from './shadow';

const CARD_WIDTH = 440;
const MARGIN = 12;
/** The card's max-height: min(70vh, 640px) in components/card/styles.ts. */
const CARD_MAX_VH = 0.7;
const CARD_MAX_HEIGHT = 640;

export interface OpenCard {
  host: HTMLElement;
  close(): void;
}

let current: OpenCard | null = null;

/**
 * CSS placing the card below (or above) `near`, inside the viewport; top-right of the viewport without it.
 * Every declaration is `!important`: the host's reset is `all: initial !important`, which would otherwise
 * win over plain offsets and leave the card at its static position, far below the viewport.
 */
function placement(near: DOMRect | null): string {
  const vw = document.documentElement.clientWidth || window.innerWidth;
  const vh = window.innerHeight;
  const base = 'display: block !important; position: fixed !important; z-index: 2147483647 !important;';
  if (!near || (near.width === 0 && near.height === 0))
    return `${base} top: ${MARGIN}px !important; right: ${MARGIN}px !important;`;
  const left = Math.max(MARGIN, Math.min(near.left, vw - Math.min(CARD_WIDTH, vw - 2 * MARGIN) - MARGIN));
  // The card is at most CARD_MAX_HEIGHT tall (its own max-height, components/card/styles.ts): below the
  // anchor when it fits there, else above, else as low as it can be while staying inside the viewport.
  const tallest = Math.min(CARD_MAX_VH * vh, CARD_MAX_HEIGHT);
  if (vh - near.bottom - 8 - MARGIN >= tallest)
    return `${base} left: ${left}px !important; top: ${Math.max(MARGIN, near.bottom + 8)}px !important;`;
  if (near.top - 8 - MARGIN >= tallest)
    return `${base} left: ${left}px !important; bottom: ${vh - near.top + 8}px !important;`;
  return `${base} left: ${left}px !important; top: ${Math.max(MARGIN, vh - tallest - MARGIN)}px !important;`;
}

export function closeCard(): void {
  current?.close();
}

/**
 * Opens a card host (`<verbatim-card data-status data-quote>`) and renders `ui` into it. `ui` gets the close
 * function; `onClosed` runs after removal (to give focus back to what opened the card).
 */
export function openCard(opts: {
  status: string;
  quote: string;
  near: DOMRect | null;
  ui: (close: () => void) => VNode;
  onClosed?: () => void;
}): OpenCard {
  closeCard();
  const shadow: ShadowHost = createShadowHost(document, 'card', placement(opts.near), '');
  shadow.host.dataset.status = opts.status;
  shadow.host.dataset.quote = opts.quote;
  let open = true;
  const dismiss = (returnFocus: boolean) => {
    if (!open) return;
    open = false;
    document.removeEventListener('mousedown', onPointer, true);
    render(null, shadow.mount);
    shadow.host.remove();
    if (current === card) current = null;
    if (returnFocus) opts.onClosed?.();
  };
  // A click elsewhere closes the card but leaves focus where the reader clicked.
  const onPointer = (e: Event) => {
    if (!e.composedPath().includes(shadow.host)) dismiss(false);
  };
  const card: OpenCard = { host: shadow.host, close: () => dismiss(true) };
  current = card;
  (document.body ?? document.documentElement).appendChild(shadow.host);
  render(opts.ui(card.close), shadow.mount);
  document.addEventListener('mousedown', onPointer, true);
  return card;
}
