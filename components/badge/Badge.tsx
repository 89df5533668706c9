/** The inline verdict badge: a small button with an icon and a text label, never colour alone. */
import type { EvidenceLevel } from '@/lib/corpus/types';
import type { AttributionCheck, Verdict } from '@/lib/types';
import { evidenceQualifier, VERDICT_ICON, VERDICT_LABEL } from '../card/verdict-text';

export interface BadgeProps {
  status: Verdict;
  evidence: EvidenceLevel | null;
  attribution: AttributionCheck;
  onOpen: () => void;
  /** Receives the button so the card can hand focus back to it when it closes. */
  buttonRef?: (el: HTMLButtonElement | null) => void;
}

/** The badge's accessible name: the verdict first, then its qualifiers, then what the button does. */
export function badgeName(
  status: Verdict,
  evidence: EvidenceLevel | null,
  attribution: AttributionCheck,
): string {
  const parts = [VERDICT_LABEL[status]];
  const qualifier = evidenceQualifier(evidence);
  if (qualifier) parts.push(`known from ${qualifier}`);
  if (attribution === 'mismatch') parts.push('speaker differs');
  if (status === 'hidden') parts.push('the page hides part of the quoted text');
  return `Verbatim: ${parts.join(', ')} — opens provenance`;
}

export function Badge({ status, evidence, attribution, onOpen, buttonRef }: BadgeProps) {
  const qualifier = evidenceQualifier(evidence);
  return (
    <button
      type="button"
      class="vb-badge"
      data-status={status}
      aria-haspopup="dialog"
      aria-label={badgeName(status, evidence, attribution)}
      ref={buttonRef}
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
