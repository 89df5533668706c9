/**
 * The badge drawn with plain DOM calls instead of Preact: a page can hold dozens of badges and they are
 * on the scan's critical path, where a cold Preact render per badge costs more than the badge itself.
 * Same structure, words and accessible name as <Badge> (tests compare the two); text nodes only.
 */
import { SINGLE_SOURCE_MEANING } from '../card/verdict-text';
import { type BadgeProps, badgeName, badgeParts, OTHER_SPEAKER, OTHER_SPEAKER_TITLE } from './Badge';

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
