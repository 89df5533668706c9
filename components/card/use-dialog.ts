/** Modal dialog behaviour for the card: focus moves in, Tab stays inside, Esc closes. */
import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';

const FOCUSABLE = 'a[href], button:not([disabled]), input, select, textarea, [tabindex]:not([tabindex="-1"])';

/** The focused element as seen from the dialog's own tree (a shadow root hides it from `document`). */
function activeIn(el: HTMLElement): Element | null {
  const root = el.getRootNode() as Document | ShadowRoot;
  return root.activeElement ?? null;
}

export function useDialog(ref: RefObject<HTMLElement>, enabled: boolean, onClose?: () => void): void {
  // Layout effect: focus moves in as soon as the dialog is in the DOM, not a frame later.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!enabled || !el) return;
    el.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        onClose?.();
        return;
      }
      if (e.key !== 'Tab') return;
      const items = [...el.querySelectorAll<HTMLElement>(FOCUSABLE)];
      const first = items[0];
      const last = items[items.length - 1];
      if (!first || !last) {
        e.preventDefault();
        return;
      }
      const current = activeIn(el);
      if (e.shiftKey && (current === first || current === el)) {
        e.preventDefault();
        last.focus();
      } else if (!e.shiftKey && current === last) {
        e.preventDefault();
        first.focus();
      }
    };
    // Esc also works when focus has left the card (a click on the page): the dialog is modal.
    const onDocumentKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose?.();
    };
    el.addEventListener('keydown', onKey);
    el.ownerDocument.addEventListener('keydown', onDocumentKey);
    return () => {
      el.removeEventListener('keydown', onKey);
      el.ownerDocument.removeEventListener('keydown', onDocumentKey);
    };
  }, [ref, enabled, onClose]);
}
