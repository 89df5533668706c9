/**
 * Stores an imported full text in the `verbatim` database in one transaction: the same file again changes
 * nothing, another file replaces the previous full text, and curated passages found in it get their page.
 */
import { passageSchema, sourceSchema } from '@/lib/corpus/schema';
import type { Passage } from '@/lib/corpus/types';
import type { FullTextBuild } from '@/lib/fulltext/build';
import { FullTextImportError } from '@/lib/fulltext/errors';
import type { VerbatimDB } from '@/utils/db';

/**
 * Meta row of the current import: which curated passages it gave a page to (and which page), so a later
 * import can undo exactly those and nothing a corpus upgrade set since.
 */
export const FULL_TEXT_META_KEY = 'fullTextImport';

export interface FullTextImportRecord {
  sourceId: string;
  reportId: string;
  version: string;
  fileName: string;
  importedAt: number;
  passageCount: number;
  filledPages: Record<string, string>;
  /** Every page of the report or an excerpt, which version, how many pages (absent in older records). */
  scope?: 'complete' | 'excerpt';
  edition?: 'original' | 'revised';
  pages?: number;
  reportPages?: number;
}

export type StoreOutcome =
  | { status: 'stored'; record: FullTextImportRecord; replaced: string | null }
  | { status: 'unchanged'; record: FullTextImportRecord };

/** The current import, if the full text it describes is still stored. */
export async function currentFullText(db: VerbatimDB): Promise<FullTextImportRecord | null> {
  const row = await db.meta.get(FULL_TEXT_META_KEY);
  const record = (row?.value ?? null) as FullTextImportRecord | null;
  if (!record) return null;
  const source = await db.sources.get(record.sourceId);
  return source?.version === record.version ? record : null;
}

/** The stored version of the full text of `reportId`, to recognise a re-import before parsing it. */
export async function storedFullTextVersion(db: VerbatimDB, reportId: string): Promise<string | null> {
  const sources = await db.sources.toArray();
  return sources.find((s) => s.fullTextOf === reportId)?.version ?? null;
}

function validate(build: FullTextBuild): void {
  const problems = [
    sourceSchema.safeParse(build.source),
    ...build.passages.map((p) => passageSchema.safeParse(p)),
  ]
    .filter((r) => !r.success)
    .slice(0, 3)
    .map((r) => r.error?.issues[0]?.message ?? 'invalid row');
  if (problems.length)
    throw new FullTextImportError(
      'storage-failed',
      `The imported text could not be stored: ${problems.join('; ')}.`,
    );
}

export async function storeFullText(
  db: VerbatimDB,
  build: FullTextBuild,
  details: { fileName: string; now?: number },
): Promise<StoreOutcome> {
  validate(build);
  const reportId = build.source.fullTextOf ?? '';
  try {
    return await db.transaction('rw', db.sources, db.passages, db.meta, async () => {
      const previous = (await db.sources.toArray()).filter((s) => s.fullTextOf === reportId);
      const meta = (await db.meta.get(FULL_TEXT_META_KEY))?.value as FullTextImportRecord | undefined;
      const same = previous.find((s) => s.id === build.source.id && s.version === build.source.version);
      if (same && meta && previous.length === 1 && meta.version === same.version)
        return { status: 'unchanged', record: meta } as const;

      for (const old of previous) {
        await db.passages.where('source').equals(old.id).delete();
        await db.sources.delete(old.id);
      }
      // Undo the previous import's pages, where they are still the ones it set.
      const undo = Object.entries(meta?.filledPages ?? {});
      const undoRows = await db.passages.bulkGet(undo.map(([id]) => id));
      const restored = undoRows.flatMap((row, i) =>
        row && row.page === undo[i]?.[1] ? [{ ...row, page: null } satisfies Passage] : [],
      );
      await db.passages.bulkPut(restored);

      const ids = Object.keys(build.curatedPages);
      const curatedRows = await db.passages.bulkGet(ids);
      const filledPages: Record<string, string> = {};
      const filled = curatedRows.flatMap((row) => {
        const page = row ? build.curatedPages[row.id] : undefined;
        // A page the curated corpus states is kept: it comes with its evidence.
        if (!row || !page || row.page !== null || row.source !== reportId) return [];
        filledPages[row.id] = page;
        return [{ ...row, page }];
      });
      await db.passages.bulkPut(filled);
      await db.sources.put(build.source);
      await db.passages.bulkPut(build.passages);
      const record: FullTextImportRecord = {
        sourceId: build.source.id,
        reportId,
        version: build.source.version ?? '',
        fileName: details.fileName,
        importedAt: details.now ?? Date.now(),
        passageCount: build.passages.length,
        filledPages,
        ...(build.source.scope ? { scope: build.source.scope } : {}),
        ...(build.source.edition ? { edition: build.source.edition } : {}),
        ...(build.source.pages !== undefined ? { pages: build.source.pages } : {}),
        ...(build.stats.reportPages !== null ? { reportPages: build.stats.reportPages } : {}),
      };
      await db.meta.put({ key: FULL_TEXT_META_KEY, value: record });
      return { status: 'stored', record, replaced: previous[0]?.version ?? null } as const;
    });
  } catch (error) {
    if (error instanceof FullTextImportError) throw error;
    throw new FullTextImportError(
      'storage-failed',
      `The imported text could not be stored (${(error as Error).message}); the corpus is unchanged.`,
    );
  }
}
