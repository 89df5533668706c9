/** One floating card at a time, in its own closed shadow root, placed next to what it explains. */
import { render, type VNode } from 'preact';
import { type Anchor, followAnchor } from './card-position';
import { createShadowHost, type ShadowHost } from './shadow';

/**
 * The host is a zero-size fixed box at the viewport's corner; the card inside it is placed by
 * followAnchor (card-position.ts), since the host's own styles cannot change once its closed root exists.
 * Every declaration is `!important`: the host's reset is `all: initial !important`.
 */
const HOST_CSS =
  'display: block !important; position: fixed !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important; overflow: visible !important; z-index: 2147483647 !important;';

export interface OpenCard {
  host: HTMLElement;
  close(): void;
}

let current: OpenCard | null = null;

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
  /** What the card follows when the page scrolls (a badge, a selection's range); else it stays at `near`. */
  anchor?: Anchor;
  ui: (close: () => void) => VNode;
  onClosed?: () => void;
}): OpenCard {
  closeCard();
  const shadow: ShadowHost = createShadowHost(document, 'card', HOST_CSS, '');
  shadow.host.dataset.status = opts.status;
  shadow.host.dataset.quote = opts.quote;
  let open = true;
  const dismiss = (returnFocus: boolean) => {
    if (!open) return;
    open = false;
    document.removeEventListener('mousedown', onPointer, true);
    stopFollowing();
    render(null, box);
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
  const box = document.createElement('div');
  box.style.setProperty('position', 'fixed');
  shadow.mount.append(box);
  render(opts.ui(card.close), box);
  const near = opts.near;
  const stopFollowing = followAnchor(
    box,
    opts.anchor ?? (near ? { getBoundingClientRect: () => near } : null),
  );
  document.addEventListener('mousedown', onPointer, true);
  return card;
}
