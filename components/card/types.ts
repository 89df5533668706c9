import type { CardData, CheckedQuote } from '@/utils/messaging/protocol';

/** Props of the provenance card: one component, used by badges, explicit checks, popup and library. */
export interface ProvenanceCardProps extends CheckedQuote, CardData {
  /** What the article says about who spoke (already inside result.attributedTo; repeated for clarity). */
  pageUrl?: string;
  pageTitle?: string;
  /** Save the verification; omitted where it is already saved (library). Resolves to a user-facing message. */
  onSave?: () => Promise<string>;
  onClose?: () => void;
  /** A message to show instead of a verdict (bad selection, engine error). */
  message?: string;
}
