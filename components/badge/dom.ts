/**
 * The badge drawn with plain DOM calls instead of Preact: a page can hold dozens of badges and they are
 * on the scan's critical path, where a cold Preact render per badge costs more than the badge itself.
 * A small button with an icon and a text label, never colour alone; text nodes only. The tests compare
 * it with a Preact rendering of the same badge.
 */
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
  if (status === 'hidden') names.push('the page hides part of the quoted text');
  return `Verbatim: ${names.join(', ')} — show why`;
}

function span(doc: Document, cls: string, text: string): HTMLSpanElement {
  const el = doc.createElement('span');
  el.className = cls;
  el.textContent = text;
  return el;
}

/** Draws (or redraws) the badge into `mount`; returns its button. */
export function drawBadge(mount: HTMLElement, props: BadgeProps): HTMLButtonElement {
  const doc = mount.ownerDocument;
  const { status, evidence, attribution } = props;
  const parts = badgeParts(status, evidence, attribution);
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'vb-badge';
  button.dataset.status = status;
  button.dataset.shown = parts.shown;
  button.setAttribute('aria-haspopup', 'dialog');
  button.setAttribute('aria-label', badgeName(status, evidence, attribution));
  const icon = span(doc, 'vb-icon', parts.icon);
  icon.setAttribute('aria-hidden', 'true');
  button.append(icon, span(doc, 'vb-label', parts.label));
  if (parts.qualifier) {
    const qualifier = span(doc, 'vb-qual', parts.qualifier);
    qualifier.title = SINGLE_SOURCE_MEANING;
    button.append(qualifier);
  }
  if (parts.otherSpeaker) {
    const marker = span(doc, 'vb-attr', OTHER_SPEAKER);
    marker.title = OTHER_SPEAKER_TITLE;
    button.append(marker);
  }
  button.addEventListener('click', () => props.onOpen());
  mount.replaceChildren(button);
  return button;
}
