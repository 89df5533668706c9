/** Words and glyphs for each verdict, shared by the badge and the card so both always say the same thing. */
import type { EvidenceLevel } from '@/lib/corpus/types';
import type { Verdict } from '@/lib/types';

export const VERDICT_LABEL: Record<Verdict, string> = {
  verified: 'Verified',
  edited: 'Edited',
  altered: 'Altered',
  partial: 'Partly found',
  elsewhere: 'Said elsewhere',
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
  'not-found': '?',
  hidden: '⚠',
};

export const EVIDENCE_TEXT: Record<EvidenceLevel, string> = {
  original: 'Seen in a copy of the source document itself',
  corroborated: 'Printed the same way by two or more independent outlets',
  'single-source': 'Known from a single outlet',
};

/** Short qualifier the badge shows next to its label when the evidence is thin. */
export function evidenceQualifier(level: EvidenceLevel | null): string | null {
  return level === 'single-source' ? '1 source' : null;
}
