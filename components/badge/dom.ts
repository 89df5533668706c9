/**
 * The badge drawn with plain DOM calls instead of Preact: a page can hold dozens of badges and they are
 * on the scan's critical path, where a cold Preact render per badge costs more than the badge itself.
 * A small button with an icon and a text label, never colour alone; text nodes only. The tests compare
 * it with a Preact rendering of the same badge.
 */
import type { EvidenceLevel, Source } from '@/lib/corpus/types';
import type { AttributionCheck, MatchResult, Verdict } from '@/lib/types';
import {
  evidenceQualifier,
  SHOWN_ICON,
  SHOWN_LABEL,
  SINGLE_SOURCE_MEANING,
  shownVerdict,
} from '../card/verdict-text';

/** Which document the badge names: the one matched, or the complete one the words are not in. */
export interface BadgeDocument {
  /** The matched document's short name ("OIG 21-028"); null when it has none. */
  name: string | null;
  /** `not-found` only: the attributed complete document the words are not in. */
  notIn: string | null;
}

export interface BadgeProps {
  status: Verdict;
  evidence: EvidenceLevel | null;
  attribution: AttributionCheck;
  document?: BadgeDocument;
  onOpen: () => void;
}

const NO_DOCUMENT: BadgeDocument = { name: null, notIn: null };
/** A title shortened to what fits a badge, when the document has no short name. */
const BADGE_TITLE_CHARS = 24;

/** The names a badge gives its document, from the sources the scan sent with the results. */
export function badgeDocument(
  result: Pick<MatchResult, 'source' | 'notIn'>,
  sources: Readonly<Record<string, Source>>,
): BadgeDocument {
  const matched = result.source ? sources[result.source] : undefined;
  // A match in the report's imported full text is a match in the report.
  const document = matched?.fullTextOf ? (sources[matched.fullTextOf] ?? matched) : matched;
  const whole = result.notIn ? sources[result.notIn] : undefined;
  return {
    name: document?.shortName ?? null,
    notIn: whole ? (whole.shortName ?? shortened(whole.title)) : null,
  };
}

/** A title cut to BADGE_TITLE_CHARS, at a word end where there is one. */
function shortened(title: string): string {
  const chars = Array.from(title);
  if (chars.length <= BADGE_TITLE_CHARS) return title;
  const cut = chars.slice(0, BADGE_TITLE_CHARS - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > BADGE_TITLE_CHARS / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Shown when the article's speaker differs but the words were changed too (the verdict stays first). */
export const OTHER_SPEAKER = '· other speaker';
export const OTHER_SPEAKER_TITLE = 'The article names a different speaker than the source';

/** What the badge shows: its kind, label, icon and the small qualifiers after the label. */
export function badgeParts(
  status: Verdict,
  evidence: EvidenceLevel | null,
  attribution: AttributionCheck,
  document: BadgeDocument = NO_DOCUMENT,
) {
  const shown = shownVerdict(status, attribution);
  const qualifier = evidenceQualifier(evidence);
  const notIn = status === 'not-found' ? document.notIn : null;
  const named = status !== 'not-found' && status !== 'hidden' ? document.name : null;
  return {
    shown,
    icon: SHOWN_ICON[shown],
    label: notIn ? `Not in ${notIn}` : SHOWN_LABEL[shown],
    document: named ? `· ${named}` : null,
    qualifier: qualifier ? `· ${qualifier}` : null,
    otherSpeaker: attribution === 'mismatch' && shown !== 'wrong-speaker',
  };
}

/** The badge's accessible name: the verdict first, then its qualifiers, then what the button does. */
export function badgeName(
  status: Verdict,
  evidence: EvidenceLevel | null,
  attribution: AttributionCheck,
  document: BadgeDocument = NO_DOCUMENT,
): string {
  const parts = badgeParts(status, evidence, attribution, document);
  const names = [parts.label];
  if (parts.document) names.push(`in ${document.name}`);
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
  const { status, evidence, attribution, document } = props;
  const parts = badgeParts(status, evidence, attribution, document);
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'vb-badge';
  button.dataset.status = status;
  button.dataset.shown = parts.shown;
  button.setAttribute('aria-haspopup', 'dialog');
  button.setAttribute('aria-label', badgeName(status, evidence, attribution, document));
  const icon = span(doc, 'vb-icon', parts.icon);
  icon.setAttribute('aria-hidden', 'true');
  button.append(icon, span(doc, 'vb-label', parts.label));
  if (parts.document) button.append(span(doc, 'vb-doc', parts.document));
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
