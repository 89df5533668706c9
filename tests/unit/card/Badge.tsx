/**
 * The badge as a Preact component: the reference the DOM-drawn badge (components/badge/dom.ts) is
 * compared with, structure, words and accessible name. The extension draws only the DOM one.
 */
import {
  type BadgeProps,
  badgeName,
  badgeParts,
  OTHER_SPEAKER,
  OTHER_SPEAKER_TITLE,
} from '@/components/badge/dom';
import { SINGLE_SOURCE_MEANING } from '@/components/card/verdict-text';

export function Badge({ status, evidence, attribution, document, onOpen }: BadgeProps) {
  const parts = badgeParts(status, evidence, attribution, document);
  return (
    <button
      type="button"
      class="vb-badge"
      data-status={status}
      data-shown={parts.shown}
      aria-haspopup="dialog"
      aria-label={badgeName(status, evidence, attribution, document)}
      onClick={onOpen}
    >
      <span class="vb-icon" aria-hidden="true">
        {parts.icon}
      </span>
      <span class="vb-label">{parts.label}</span>
      {parts.document && <span class="vb-doc">{parts.document}</span>}
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
