/** The card of an explicit check (context menu, keyboard command), drawn next to the user's selection. */
import { MessageCard, ProvenanceCard } from '@/components/card/ProvenanceCard';
import type { CheckResponse } from '@/utils/messaging/protocol';
import { openCard } from './card-host';

/** The selection's range (a copy: the reader may select something else while the card is open). */
function selectionRange(): Range | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0).cloneRange();
  const rect = range.getBoundingClientRect();
  return rect.width || rect.height ? range : null;
}

export function showCheck(data: CheckResponse): void {
  const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const range = selectionRange();
  openCard({
    status: data.ok ? data.result.status : 'message',
    quote: data.ok ? data.quote : '',
    near: range?.getBoundingClientRect() ?? null,
    anchor: range ?? undefined,
    ui: (close) =>
      data.ok ? (
        <ProvenanceCard
          quote={data.quote}
          result={data.result}
          passages={data.passages}
          sources={data.sources}
          corpus={data.corpus}
          pageUrl={location.href}
          pageTitle={document.title}
          savedNote={data.recordId !== null ? 'Saved to your library.' : undefined}
          onClose={close}
        />
      ) : (
        <MessageCard message={data.message} onClose={close} />
      ),
    onClosed: () => previous?.focus({ preventScroll: true }),
  });
}
