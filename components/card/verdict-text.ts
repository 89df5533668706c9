/** Words and glyphs for each verdict, shared by the badge and the card so both always say the same thing. */
import type { EvidenceLevel, OutletKind } from '@/lib/corpus/types';
import type { AttributionCheck, Verdict } from '@/lib/types';

export const VERDICT_LABEL: Record<Verdict, string> = {
  verified: 'Verified',
  edited: 'Edited',
  altered: 'Altered',
  partial: 'Partly found',
  elsewhere: 'Other source',
  phrase: 'Phrase only',
  'not-found': 'Not found',
  hidden: 'Hidden text',
};

/** A glyph next to the label so the verdict never rests on colour alone. */
export const VERDICT_ICON: Record<Verdict, string> = {
  verified: '✓',
  edited: '✎',
  altered: '≠',
  partial: '◐',
  elsewhere: '↗',
  phrase: '…',
  'not-found': '?',
  hidden: '⚠',
};

/**
 * What a reader is shown: the verdict, except that words found in the source but put in another
 * person's mouth are a misquotation of their own ("Wrong speaker"), never a reassuring "Verified".
 * The engine's verdict (`--json`, `data-status`) is unchanged; this is only how it is presented.
 */
export type Shown = Verdict | 'wrong-speaker';

export function shownVerdict(status: Verdict, attribution: AttributionCheck): Shown {
  return attribution === 'mismatch' && (status === 'verified' || status === 'edited')
    ? 'wrong-speaker'
    : status;
}

export const SHOWN_LABEL: Record<Shown, string> = { ...VERDICT_LABEL, 'wrong-speaker': 'Wrong speaker' };
export const SHOWN_ICON: Record<Shown, string> = { ...VERDICT_ICON, 'wrong-speaker': '⇄' };

/** One line per badge, for the legend on the card, the popup and the welcome page. */
export const SHOWN_MEANING: Record<Shown, string> = {
  verified: 'Every word is in the source, as quoted.',
  edited:
    'The words are in the source; the writer marked each change (… for words left out, [brackets], sic).',
  altered: 'Close to a passage of the source, but words were changed without any mark.',
  partial: 'Only some of the words are in the source; the card marks the ones that are not.',
  'wrong-speaker':
    'The words are in the source, but someone other than the person the article names said them.',
  elsewhere:
    'In a document other than the one the article attributes the words to, or in a related statement (a press release, a memo) rather than the report.',
  phrase: 'A word or short phrase that occurs in the source, too short to verify a quotation.',
  'not-found':
    'In none of the passages Verbatim holds; that says nothing about whether it was said. “Not in X”: the article attributes the words to X, a whole document Verbatim holds, and they are not in it.',
  hidden: 'The page hides part of the quoted words from you, so what was checked is not what you see.',
};

/** The order the legend lists badges in: from reassuring to needing attention, then unknown. */
export const SHOWN_ORDER: Shown[] = [
  'verified',
  'edited',
  'altered',
  'partial',
  'wrong-speaker',
  'elsewhere',
  'phrase',
  'not-found',
  'hidden',
];

export const EVIDENCE_TEXT: Record<EvidenceLevel, string> = {
  original: 'Seen in a copy of the source document itself',
  corroborated: 'Printed the same way by two or more independent news organisations',
  'single-source': 'Known from a single news organisation (or only from secondary sites)',
};

/** What kind of site an evidence URL is, in words a reader knows. */
export const OUTLET_TEXT: Record<OutletKind, string> = {
  'source-copy': 'copy of the document',
  official: 'official site',
  news: 'news organisation',
  organisation: 'organisation',
  secondary: 'secondary site',
};

/** Short qualifier the badge shows next to its label when the evidence is thin. */
export function evidenceQualifier(level: EvidenceLevel | null): string | null {
  return level === 'single-source' ? '1 source' : null;
}

/** What the "· 1 source" qualifier means, spelled out (badge tooltip and accessible name, legend). */
export const SINGLE_SOURCE_MEANING = 'known from one news organisation only, not from the document itself';
