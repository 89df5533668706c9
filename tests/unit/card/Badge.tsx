/**
 * The badge as a Preact component: the reference the DOM-drawn badge (components/badge/dom.ts) is
 * compared with, structure, words and accessible name. The extension draws only the DOM one.
 */
import { type BadgeProps, badgeName } from '@/components/badge/dom';
import { evidenceQualifier, VERDICT_ICON, VERDICT_LABEL } from '@/components/card/verdict-text';

export function Badge({ status, evidence, attribution, onOpen }: BadgeProps) {
  const qualifier = evidenceQualifier(evidence);
  return (
    <button
      type="button"
      class="vb-badge"
      data-status={status}
      aria-haspopup="dialog"
      aria-label={badgeName(status, evidence, attribution)}
      onClick={onOpen}
    >
      <span class="vb-icon" aria-hidden="true">
        {VERDICT_ICON[status]}
      </span>
      <span class="vb-label">{VERDICT_LABEL[status]}</span>
      {qualifier && <span class="vb-qual">· {qualifier}</span>}
      {attribution === 'mismatch' && (
        <span class="vb-attr" title="The article names a different speaker">
          · ⚠ speaker
        </span>
      )}
    </button>
  );
}
