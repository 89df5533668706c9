/**
 * The extension's one IndexedDB database, `verbatim`, owned by the background (extension pages share it).
 * Tables and indexes are a contract other tools rely on. Add schema changes as new `version(n)` blocks
 * with an upgrade function; never edit an old one.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Passage, Source } from '@/lib/corpus/types';
import type { DocumentIndex, LibraryTables, PassageChunk, TrigramBucket } from '@/lib/match/library-index';
import { BUNDLED_PACK_ID, type Pack } from '@/lib/sources/pack';
import type { AttributionCheck, MatchResult, Verdict } from '@/lib/types';

export const DB_NAME = 'verbatim';

export interface VerificationRecord {
  id?: number;
  /** The quotation as checked, without enclosing marks. */
  quote: string;
  status: Verdict;
  passageIds: string[];
  source: string | null;
  url: string;
  pageTitle: string;
  attributedTo: string | null;
  attribution: AttributionCheck;
  speaker: string | null;
  /** A short stretch of page text around the selection (explicit checks). */
  context?: string;
  /** The user's own note (library). */
  note?: string;
  /** The reader said the verdict looks wrong ("This verdict looks wrong" on the card); kept locally. */
  disputed?: boolean;
  /** Why, in the reader's words (may be empty). */
  disputeReason?: string;
  origin: 'badge' | 'selection' | 'popup' | 'import';
  /** Epoch milliseconds of the first check. */
  createdAt: number;
  /** Epoch milliseconds of the latest check of the same text on the same page. */
  updatedAt: number;
  /** The full engine result, so the card can be reopened exactly as it was. */
  result: MatchResult;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

/**
 * The stored match index of the user's documents (utils/library-store.ts): `doc:<source id>` (a
 * document's word stream), `chunk:…` (its passages, a chunk at a time), `library` (the tables of the
 * enabled documents) and `bucket:<n>` (their trigram and word postings). Derived data: rebuilt from
 * `sources`, `passages` and `packs` whenever it does not match them.
 */
export interface MatchIndexRow {
  id: string;
  document?: DocumentIndex;
  chunk?: PassageChunk;
  tables?: LibraryTables;
  /** A bucket's library (`LibraryTables.key`). */
  key?: string;
  bucket?: TrigramBucket;
}

export type VerbatimDB = Dexie & {
  sources: EntityTable<Source, 'id'>;
  passages: EntityTable<Passage, 'id'>;
  verifications: EntityTable<VerificationRecord, 'id'>;
  meta: EntityTable<MetaRow, 'key'>;
  packs: EntityTable<Pack, 'id'>;
  matchIndex: EntityTable<MatchIndexRow, 'id'>;
};

export function openDatabase(name = DB_NAME): VerbatimDB {
  const db = new Dexie(name) as VerbatimDB;
  db.version(1).stores({
    sources: 'id, role',
    passages: 'id, source, speaker',
    verifications: '++id, createdAt, updatedAt, status, url, source, [url+quote]',
    meta: 'key',
  });
  // Packs: every source stored so far (the bundled corpus and an imported full text of its report) is
  // the bundled pack's. Verifications and passages are not touched: their ids and references stay.
  db.version(2)
    .stores({ sources: 'id, role, pack', packs: 'id, origin' })
    .upgrade(async (tx) => {
      await tx
        .table<Source, string>('sources')
        .toCollection()
        .modify((source) => {
          source.pack ??= BUNDLED_PACK_ID;
        });
      const meta = tx.table<MetaRow, string>('meta');
      const [version, hash, seededAt] = await meta.bulkGet([
        META.corpusVersion,
        META.corpusHash,
        META.seededAt,
      ]);
      if (typeof hash?.value !== 'string') return; // never seeded: seeding makes the pack
      await tx.table<Pack, string>('packs').put(
        bundledPackRow({
          version: typeof version?.value === 'string' ? version.value : 'unknown',
          hash: hash.value,
          addedAt: typeof seededAt?.value === 'number' ? seededAt.value : Date.now(),
        }),
      );
    });
  // The stored match index: a new table, derived from the others (built when first needed).
  db.version(3).stores({ matchIndex: 'id' });
  return db;
}

/** Meta keys. */
export const META = {
  corpusVersion: 'corpusVersion',
  corpusHash: 'corpusHash',
  seededAt: 'seededAt',
  lastSeedError: 'lastSeedError',
} as const;

/** The bundled pack's row for a corpus version and hash (enabled unless the user turns it off). */
export function bundledPackRow(corpus: { version: string; hash: string; addedAt: number }): Pack {
  return {
    id: BUNDLED_PACK_ID,
    title: 'DOJ OIG report 21-028 and related statements',
    version: corpus.version,
    hash: corpus.hash,
    origin: 'bundled',
    enabled: true,
    addedAt: corpus.addedAt,
  };
}
