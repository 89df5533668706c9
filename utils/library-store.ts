/**
 * The stored match index of the user's documents (table `matchIndex`, see db.ts), and the corpus a scan
 * host matches against: the bundled pack in memory, the documents of every enabled user pack from the
 * stored index (lib/match/library-index.ts), read as quotations need them.
 *
 * A document's index is built from its passages the first time the library needs it and kept under its
 * pack's content hash; the library's tables are kept under the list of the documents and hashes they
 * were built from. Whatever does not match what the corpus tables hold now is rebuilt, never read: a
 * document whose pack changed content, a library whose set of enabled documents changed.
 */
import type { Source } from '@/lib/corpus/types';
import {
  buildDocumentIndex,
  buildLibrary,
  INDEX_FORMAT,
  type LibraryStore,
  type LibraryTables,
  libraryKey,
} from '@/lib/match/library-index';
import { BUNDLED_PACK_ID, packOf } from '@/lib/sources/pack';
import { inReadingOrder } from './corpus-store';
import type { MatchIndexRow, VerbatimDB } from './db';

const docRow = (source: string) => `doc:${source}` as const;
const bucketRow = (n: number) => `bucket:${n}` as const;

export interface LibraryDocuments {
  /** The documents matched from the stored index, in library order. */
  sources: Source[];
  docs: Array<{ source: string; hash: string }>;
  /** Every user document, enabled or not (their stored indexes are kept). */
  allUserSources: string[];
}

const naturalOrder = new Intl.Collator('en', { numeric: true }).compare;

/** The documents of every enabled user pack, with their packs' hashes, in reading order (by id). */
export async function libraryDocuments(db: VerbatimDB): Promise<LibraryDocuments> {
  return db.transaction('r', db.sources, db.packs, async () => {
    const packs = (await db.packs.toArray()).filter((p) => p.id !== BUNDLED_PACK_ID);
    const all = packs.length ? await db.sources.where('pack').anyOf(packs.map((p) => p.id)).toArray() : [];
    const hashOf = new Map(packs.filter((p) => p.enabled).map((p) => [p.id, p.hash]));
    const sources = all.filter((s) => hashOf.has(packOf(s))).sort((a, b) => naturalOrder(a.id, b.id));
    return {
      sources,
      docs: sources.map((s) => ({ source: s.id, hash: `${packOf(s)}:${hashOf.get(packOf(s))}` })),
      allUserSources: all.map((s) => s.id),
    };
  });
}

/**
 * The library's tables for these documents: the stored ones when they were built from exactly them,
 * otherwise rebuilt from the stored document indexes (each built from its passages when missing or of
 * other content), and stored. Null when there are no documents.
 */
export async function libraryTables(db: VerbatimDB, library: LibraryDocuments): Promise<LibraryTables | null> {
  if (library.docs.length === 0) return null;
  const key = libraryKey(library.docs);
  const stored = await db.matchIndex.get('library');
  if (stored?.tables?.key === key) return stored.tables;

  const rows = await db.matchIndex.bulkGet(library.docs.map((d) => docRow(d.source)));
  const indexes = [];
  for (const [i, want] of library.docs.entries()) {
    const row = rows[i];
    if (row?.document?.hash === want.hash && row.document.format === INDEX_FORMAT) {
      indexes.push(row.document);
      continue;
    }
    const source = library.sources[i] as Source;
    const passages = inReadingOrder(await db.passages.where('source').equals(source.id).toArray(), []);
    const document = buildDocumentIndex(source, passages, want.hash);
    await db.matchIndex.put({ id: docRow(source.id), document, passages });
    indexes.push(document);
  }
  const { tables, buckets } = buildLibrary(indexes);
  const kept = new Set<string>(library.allUserSources.map((s) => docRow(s)));
  await db.transaction('rw', db.matchIndex, async () => {
    // Buckets of the previous tables, and indexes of documents no longer stored, go.
    await db.matchIndex.where('id').startsWith('bucket:').delete();
    const docs = await db.matchIndex.where('id').startsWith('doc:').primaryKeys();
    await db.matchIndex.bulkDelete(docs.filter((id) => !kept.has(id)));
    await db.matchIndex.bulkPut(
      buckets.map((bucket) => ({ id: bucketRow(bucket.id), key, bucket }) satisfies MatchIndexRow),
    );
    await db.matchIndex.put({ id: 'library', tables });
  });
  return tables;
}

/** Reads buckets and documents from the table; buckets of other tables than `tables` are never read. */
export function storedLibrary(db: VerbatimDB, tables: LibraryTables): LibraryStore {
  return {
    async buckets(ids) {
      const rows = await db.matchIndex.bulkGet(ids.map(bucketRow));
      return rows.map((row) => (row?.key === tables.key ? row.bucket : undefined));
    },
    async documents(sources) {
      const rows = await db.matchIndex.bulkGet(sources.map(docRow));
      return rows.map((row) =>
        row?.document && row.passages ? { index: row.document, passages: row.passages } : undefined,
      );
    },
  };
}
