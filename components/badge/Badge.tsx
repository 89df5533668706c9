/** The inline verdict badge: a small button with an icon and a text label, never colour alone. */
import type { EvidenceLevel } from '@/lib/corpus/types';
import type { AttributionCheck, Verdict } from '@/lib/types';
import {
  evidenceQualifier,
  SHOWN_ICON,
  SHOWN_LABEL,
  SINGLE_SOURCE_MEANING,
  shownVerdict,
} from '../card/verdict-text';

export interface BadgeProps {
  status: Verdict;
  evidence: EvidenceLevel | null;
  attribution: AttributionCheck;
  onOpen: () => void;
  /** Receives the button so the card can hand focus back to it when it closes. */
  buttonRef?: (el: HTMLButtonElement | null) => void;
}

/** Shown when the article's speaker differs but the words were changed too (the verdict stays first). */
export const OTHER_SPEAKER = '· other speaker';
export const OTHER_SPEAKER_TITLE = 'The article names a different speaker than the source';

/** What the badge shows: its kind, label, icon and the small qualifiers after the label. */
export function badgeParts(status: Verdict, evidence: EvidenceLevel | null, attribution: AttributionCheck) {
  const shown = shownVerdict(status, attribution);
  const qualifier = evidenceQualifier(evidence);
  return {
    shown,
    icon: SHOWN_ICON[shown],
    label: SHOWN_LABEL[shown],
    qualifier: qualifier ? `· ${qualifier}` : null,
    otherSpeaker: attribution === 'mismatch' && shown !== 'wrong-speaker',
  };
}

/** The badge's accessible name: the verdict first, then its qualifiers, then what the button does. */
export function badgeName(
  status: Verdict,
  evidence: EvidenceLevel | null,
  attribution: AttributionCheck,
): string {
  const parts = badgeParts(status, evidence, attribution);
  const names = [parts.label];
  if (parts.qualifier) names.push(SINGLE_SOURCE_MEANING);
  if (parts.otherSpeaker) names.push('the article names a different speaker');
  return `Verbatim: ${names.join(', ')} — show why`;
}

export function Badge({ status, evidence, attribution, onOpen, buttonRef }: BadgeProps) {
  const parts = badgeParts(status, evidence, attribution);
  return (
    <button
      type="button"
      class="vb-badge"
      data-status={status}
      data-shown={parts.shown}
      aria-haspopup="dialog"
      aria-label={badgeName(status, evidence, attribution)}
      ref={buttonRef}
      onClick={onOpen}
    >
      <span class="vb-icon" aria-hidden="true">
        {parts.icon}
      </span>
      <span class="vb-label">{parts.label}</span>
      {parts.qualifier && (
        <span class="vb-qual" title={SINGLE_SOURCE_MEANING}>
          {parts.qualifier}
        </span>
      )}
      {parts.otherSpeaker && (
        <span class="vb-attr" title={OTHER_SPEAKER_TITLE}>
          {OTHER_SPEAKER}
        </span>
      )}
    </button>
  );
}
