/**
 * Documents and packs. A document is a `Source` with its passages; a pack is a set of documents that is
 * added, shared, enabled and removed as one. The bundled pack is the corpus in `data/` (report 21-028 and
 * its related statements); every other pack is the user's (a document they added, or a pack file they
 * imported) and seeding never touches it.
 */

export type PackOrigin = 'bundled' | 'user';

export interface Pack {
  id: string;
  title: string;
  version: string;
  /** SHA-256 of the pack's content: the bundled pack is replaced when it changes. */
  hash: string;
  origin: PackOrigin;
  /** A disabled pack's documents are kept but not matched against. */
  enabled: boolean;
  /** Epoch milliseconds it was added (bundled: seeded). */
  addedAt: number;
}

/** The id of the bundled pack: the corpus in data/. */
export const BUNDLED_PACK_ID = 'bundled';

/** Document kinds the library offers; a pack file may name others. */
export const DOCUMENT_KINDS = [
  'report',
  'ruling',
  'transcript',
  'speech',
  'statement',
  'press release',
  'other',
] as const;

/** The pack a source belongs to: sources stored before packs existed are the bundled pack's. */
export const packOf = (source: { pack?: string }): string => source.pack ?? BUNDLED_PACK_ID;
