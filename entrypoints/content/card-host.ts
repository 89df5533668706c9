/** One floating card at a time, in its own closed shadow root, placed next to what it explains. */
import { render, type VNode } from 'preact';
import { createShadowHost, type ShadowHost } from './shadow';

const CARD_WIDTH = 440;
const MARGIN = 12;

export interface OpenCard {
  host: HTMLElement;
  close(): void;
}

let current: OpenCard | null = null;

/** CSS placing the card below (or above) `near`, inside the viewport; top-right of the viewport without it. */
function placement(near: DOMRect | null): string {
  const vw = document.documentElement.clientWidth || window.innerWidth;
  const vh = window.innerHeight;
  const base = 'display: block !important; position: fixed !important; z-index: 2147483647 !important;';
  if (!near || (near.width === 0 && near.height === 0))
    return `${base} top: ${MARGIN}px; right: ${MARGIN}px;`;
  const left = Math.max(MARGIN, Math.min(near.left, vw - Math.min(CARD_WIDTH, vw - 2 * MARGIN) - MARGIN));
  if (vh - near.bottom >= Math.min(320, vh / 2) || near.top < vh - near.bottom) {
    return `${base} left: ${left}px; top: ${Math.max(MARGIN, near.bottom + 8)}px;`;
  }
  return `${base} left: ${left}px; bottom: ${Math.max(MARGIN, vh - near.top + 8)}px;`;
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
  const shadow: ShadowHost = createShadowHost(document, 'verbatim-card', placement(opts.near), '');
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
