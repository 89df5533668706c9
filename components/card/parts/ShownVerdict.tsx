import type { AttributionCheck, Verdict } from '@/lib/types';
import { SHOWN_ICON, SHOWN_LABEL, shownVerdict } from '../verdict-text';

/** A verdict as a reader is shown it (words in another mouth read "Wrong speaker"), for lists and tables. */
export function ShownVerdict({ status, attribution }: { status: Verdict; attribution: AttributionCheck }) {
  const shown = shownVerdict(status, attribution);
  return (
    <span class={`verdict verdict-${shown}`}>
      <span aria-hidden="true">{SHOWN_ICON[shown]} </span>
      {SHOWN_LABEL[shown]}
    </span>
  );
}
