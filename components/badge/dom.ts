/**
 * The badge drawn with plain DOM calls instead of Preact: a page can hold dozens of badges and they are
 * on the scan's critical path, where a cold Preact render per badge costs more than the badge itself.
 * A small button with an icon and a text label, never colour alone; text nodes only. The tests compare
 * it with a Preact rendering of the same badge.
 */
import type { EvidenceLevel } from '@/lib/corpus/types';
import type { AttributionCheck, Verdict } from '@/lib/types';
import { evidenceQualifier, VERDICT_ICON, VERDICT_LABEL } from '../card/verdict-text';

export interface BadgeProps {
  status: Verdict;
  evidence: EvidenceLevel | null;
  attribution: AttributionCheck;
  onOpen: () => void;
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
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'vb-badge';
  button.dataset.status = status;
  button.setAttribute('aria-haspopup', 'dialog');
  button.setAttribute('aria-label', badgeName(status, evidence, attribution));
  const icon = span(doc, 'vb-icon', VERDICT_ICON[status]);
  icon.setAttribute('aria-hidden', 'true');
  button.append(icon, span(doc, 'vb-label', VERDICT_LABEL[status]));
  const qualifier = evidenceQualifier(evidence);
  if (qualifier) button.append(span(doc, 'vb-qual', `· ${qualifier}`));
  if (attribution === 'mismatch') {
    const marker = span(doc, 'vb-attr', '· ⚠ speaker');
    marker.title = 'The article names a different speaker';
    button.append(marker);
  }
  button.addEventListener('click', () => props.onOpen());
  mount.replaceChildren(button);
  return button;
}
