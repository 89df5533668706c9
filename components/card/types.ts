import type { CardData, CheckedQuote } from '@/utils/domain';

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
  /**
   * Render in the flow of an extension page (popup, library) instead of as a modal dialog: no focus trap,
   * no Esc handling, no close button unless `onClose` is given.
   */
  inline?: boolean;
  /**
   * Keep the reader's note that the verdict looks wrong (saving the check if it is not saved yet).
   * Omitted where there is no saved check to keep it with. Resolves to a user-facing message.
   */
  onDispute?: (reason: string) => Promise<string>;
  /** The reader already marked this verdict as looking wrong. */
  disputed?: { reason: string };
  /** A status shown from the start, e.g. "Saved to your library" when the check was saved automatically. */
  savedNote?: string;
}

/** Props of the card that shows only a message (an explicit check that could not run). */
export interface MessageCardProps {
  message: string;
  onClose?: () => void;
  inline?: boolean;
}
