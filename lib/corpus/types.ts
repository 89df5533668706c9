/** The shape of the bundled corpus (data/) and of anything imported into it later. */

export const EVIDENCE_LEVELS = ['original', 'corroborated', 'single-source'] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

/** What kind of site an evidence URL is; only `news` counts towards `corroborated`. */
export const OUTLET_KINDS = ['source-copy', 'official', 'news', 'organisation', 'secondary'] as const;
export type OutletKind = (typeof OUTLET_KINDS)[number];

export interface EvidenceSource {
  url: string;
  /** How that site printed the words ("identical", "quotes stripped", …). */
  printed: string;
  /** Absent for a user's own imported file. */
  outlet?: OutletKind;
}

export interface Evidence {
  level: EvidenceLevel;
  sources: EvidenceSource[];
}

/** How an outlet printed the passage differently. Shown on the card, never matched against. */
export interface Variant {
  url: string;
  printed: string;
  kind: string;
}

export interface Passage {
  id: string;
  source: string;
  text: string;
  kind: string;
  speaker: string | null;
  recipient: string | null;
  date: string | null;
  page: string | null;
  section: string | null;
  context: string | null;
  note?: string;
  variants?: Variant[];
  evidence: Evidence;
  /** Full-text passages only: id of the curated passage this sentence was linked to, if any. */
  linkedPassage?: string;
}

export type SourceRole = 'primary' | 'related';

export interface Source {
  id: string;
  role: SourceRole;
  title: string;
  publisher: string;
  date: string;
  number?: string;
  revised?: string;
  pages?: number;
  urls?: string[];
  note?: string;
  /** A full text imported by the user points at the curated report it completes. */
  fullTextOf?: string;
  /** Version of an imported full text (content hash), so re-imports can be detected. */
  version?: string;
  /** The pack (see lib/sources) this document belongs to; absent only in data/ (seeding sets it). */
  pack?: string;
  /** What the document is: report, ruling, transcript, speech, statement, press release… */
  kind?: string;
  /** Who speaks in the document: an article attributing a quotation to one of them attributes it here. */
  speakers?: string[];
  /** An imported full text: every page of the report, or only some (see lib/fulltext/completeness.ts). */
  scope?: 'complete' | 'excerpt';
  /** Which version of the report a complete import is: the original or the April 2022 revision. */
  edition?: 'original' | 'revised';
  /** How pages name the source (data/source-aliases.json; see lib/relevance.ts). */
  aliases?: SourceAliases;
  /** What a badge, where there is room, calls the document ("OIG 21-028"); none when absent. */
  shortName?: string;
}

export interface SourceAliases {
  /** Names of the document itself: a page that uses one is about it. */
  names: string[];
  /** Words of its subject, which other pages use too: two different ones are needed. */
  terms: string[];
}

/** Sources and their passages: what every corpus is, and all the matcher indexes. */
export interface CorpusContent {
  sources: Source[];
  passages: Passage[];
}

/** The bundled corpus (data/corpus.json), versioned and hashed. */
export interface Corpus extends CorpusContent {
  version: string;
  /** SHA-256 of the canonical corpus content; the background reseeds when it changes. */
  hash: string;
}
