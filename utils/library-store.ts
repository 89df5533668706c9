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
  documentChunks,
  INDEX_FORMAT,
  type LibraryStore,
  type LibraryTables,
  libraryKey,
} from '@/lib/match/library-index';
import { BUNDLED_PACK_ID, packOf } from '@/lib/sources/pack';
import { inReadingOrder } from './corpus-store';
import type { MatchIndexRow, VerbatimDB } from './db';

const docRow = (source: string) => `doc:${source}` as const;
const chunksOf = (source: string) => `chunk:${source.length}:${source}:`;
const chunkRow = (source: string, k: number) => `${chunksOf(source)}${k}`;
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
    const all = packs.length
      ? await db.sources
          .where('pack')
          .anyOf(packs.map((p) => p.id))
          .toArray()
      : [];
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
export async function libraryTables(
  db: VerbatimDB,
  library: LibraryDocuments,
): Promise<LibraryTables | null> {
  const kept = new Set<string>(library.allUserSources.map((s) => docRow(s)));
  if (library.docs.length === 0) {
    if ((await db.matchIndex.count()) > 0) await removeStale(db, kept, null);
    return null;
  }
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
    await db.transaction('rw', db.matchIndex, async () => {
      await db.matchIndex.where('id').startsWith(chunksOf(source.id)).delete();
      await db.matchIndex.bulkPut(
        documentChunks(document, passages).map((chunk) => ({ id: chunkRow(source.id, chunk.chunk), chunk })),
      );
      await db.matchIndex.put({ id: docRow(source.id), document });
    });
    indexes.push(document);
  }
  const { tables, buckets } = buildLibrary(indexes);
  await removeStale(db, kept, async () => {
    await db.matchIndex.bulkPut(
      buckets.map((bucket) => ({ id: bucketRow(bucket.id), key, bucket }) satisfies MatchIndexRow),
    );
    await db.matchIndex.put({ id: 'library', tables });
  });
  return tables;
}

/**
 * In one transaction: the previous tables and their buckets go, and the indexes of documents no longer
 * stored; then `write` puts the new ones.
 */
async function removeStale(db: VerbatimDB, kept: ReadonlySet<string>, write: (() => Promise<void>) | null) {
  await db.transaction('rw', db.matchIndex, async () => {
    await db.matchIndex.where('id').startsWith('bucket:').delete();
    await db.matchIndex.delete('library');
    const docs = await db.matchIndex.where('id').startsWith('doc:').primaryKeys();
    for (const id of docs.filter((id) => !kept.has(id))) {
      await db.matchIndex
        .where('id')
        .startsWith(chunksOf(id.slice('doc:'.length)))
        .delete();
      await db.matchIndex.delete(id);
    }
    await write?.();
  });
}

/** Reads buckets and documents from the table; buckets of other tables than `tables` are never read. */
export function storedLibrary(db: VerbatimDB, tables: LibraryTables): LibraryStore {
  return {
    async buckets(ids) {
      const rows = await db.matchIndex.bulkGet(ids.map(bucketRow));
      return rows.map((row) => (row?.key === tables.key ? row.bucket : undefined));
    },
    async chunks(wanted) {
      const rows = await db.matchIndex.bulkGet(wanted.map((w) => chunkRow(w.source, w.chunk)));
      return rows.map((row) => row?.chunk);
    },
  };
}
