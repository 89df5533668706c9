/**
 * The badge drawn with plain DOM calls instead of Preact: a page can hold dozens of badges and they are
 * on the scan's critical path, where a cold Preact render per badge costs more than the badge itself.
 * Same structure, words and accessible name as <Badge> (tests compare the two); text nodes only.
 */
import { evidenceQualifier, VERDICT_ICON, VERDICT_LABEL } from '../card/verdict-text';
import { type BadgeProps, badgeName } from './Badge';

function span(doc: Document, cls: string, text: string): HTMLSpanElement {
  const el = doc.createElement('span');
  el.className = cls;
  el.textContent = text;
  return el;
}

/** Draws (or redraws) the badge into `mount`; returns its button. */
export function drawBadge(mount: HTMLElement, props: Omit<BadgeProps, 'buttonRef'>): HTMLButtonElement {
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
