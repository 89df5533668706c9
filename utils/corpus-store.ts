/**
 * The corpus tables of the `verbatim` database: seeding them from the bundled corpus and reading them
 * back for the match index. Free of extension APIs so the tests run it against fake-indexeddb.
 */
import { validateCorpus } from '@/lib/corpus/schema';
import type { Corpus, CorpusContent, Passage, Source } from '@/lib/corpus/types';
import { isCompleteFullText } from '@/lib/fulltext/completeness';
import { BUNDLED_PACK_ID, packOf } from '@/lib/sources/pack';
import { bundledPackRow, META, type VerbatimDB } from './db';
import type { CorpusInfo } from './domain';

export type SeedOutcome =
  | { status: 'seeded'; version: string; hash: string; passageCount: number; keptImportedPassages: number }
  | { status: 'unchanged'; version: string; hash: string }
  | { status: 'invalid' | 'failed'; errors: string[] };

export interface SeedError {
  at: number;
  version: string | null;
  hash: string | null;
  errors: string[];
}

interface SeedOptions {
  now?: () => number;
  log?: Pick<Console, 'error' | 'info'>;
}

/** Full texts the user imported (the full-report import): theirs, so a corpus upgrade keeps them. */
export const isImportedSource = (source: Source): boolean => Boolean(source.fullTextOf);

/** Seeding replaces the bundled pack's curated sources and keeps the rest: full texts and user packs. */
const keptBySeeding = (source: Source): boolean =>
  isImportedSource(source) || packOf(source) !== BUNDLED_PACK_ID;

const MAX_LOGGED_ERRORS = 50;

function describe(value: unknown): { version: string | null; hash: string | null } {
  const v = value as Partial<Corpus> | null;
  return {
    version: typeof v?.version === 'string' ? v.version : null,
    hash: typeof v?.hash === 'string' ? v.hash : null,
  };
}

async function recordSeedError(db: VerbatimDB, error: SeedError, log: Pick<Console, 'error'>) {
  log.error(
    `Verbatim: could not seed corpus ${error.version ?? '(unknown version)'}; the previous corpus stays in place.\n` +
      error.errors.join('\n'),
  );
  try {
    await db.meta.put({ key: META.lastSeedError, value: error });
  } catch (e) {
    log.error('Verbatim: could not record the seeding error', e);
  }
}

/** The stored hash is this corpus's and every one of its passages is there. */
async function isInPlace(db: VerbatimDB, corpus: unknown): Promise<boolean> {
  const c = corpus as Partial<Corpus> | null;
  if (typeof c?.hash !== 'string' || !Array.isArray(c.sources) || !Array.isArray(c.passages)) return false;
  if ((await db.meta.get(META.corpusHash))?.value !== c.hash) return false;
  if ((await db.packs.get(BUNDLED_PACK_ID))?.hash !== c.hash) return false;
  const sourceIds = c.sources.map((s) => s?.id).filter((id): id is string => typeof id === 'string');
  return (await db.passages.where('source').anyOf(sourceIds).count()) === c.passages.length;
}

/**
 * Brings `sources`/`passages` in line with `corpus` when the stored corpus hash differs (or the bundled
 * rows are missing), in one transaction: either the whole new corpus is in place or the old one is.
 * Never touches `verifications`. A corpus that fails validation changes nothing and is logged, with
 * the errors kept in `meta.lastSeedError`.
 */
export async function seedCorpus(
  db: VerbatimDB,
  corpus: unknown,
  options: SeedOptions = {},
): Promise<SeedOutcome> {
  const now = options.now ?? Date.now;
  const log = options.log ?? console;
  // Every worker start-up asks; the common answer (already in place) costs two reads, no validation.
  // A corpus in place was validated when it was seeded, and its hash names its content.
  // A database that cannot be read here fails the write below too, and is reported there.
  if (await isInPlace(db, corpus).catch(() => false)) {
    const { version, hash } = corpus as Corpus;
    return { status: 'unchanged', version, hash };
  }
  const validation = validateCorpus(corpus);
  if (!validation.ok) {
    const errors = validation.errors.slice(0, MAX_LOGGED_ERRORS);
    await recordSeedError(db, { at: now(), ...describe(corpus), errors }, log);
    return { status: 'invalid', errors };
  }
  const valid = corpus as Corpus;
  try {
    return await db.transaction('rw', db.sources, db.passages, db.meta, db.packs, async () => {
      // Checked again inside the write transaction: another seed may have finished in between.
      if (await isInPlace(db, valid)) {
        return { status: 'unchanged', version: valid.version, hash: valid.hash } as const;
      }
      const bundledIds = valid.sources.map((s) => s.id);

      const kept = (await db.sources.toArray()).filter(keptBySeeding);
      const keptIds = kept.map((s) => s.id).filter((id) => !bundledIds.includes(id));
      const importedIds = kept.filter(isImportedSource).map((s) => s.id);
      const importedPassages = importedIds.length
        ? await db.passages.where('source').anyOf(importedIds).toArray()
        : [];
      const linkedIds = [
        ...new Set(importedPassages.flatMap((p) => (p.linkedPassage ? [p.linkedPassage] : []))),
      ];
      const linkedBefore = (await db.passages.bulkGet(linkedIds)).filter((p) => p !== undefined);
      if (keptIds.length === 0) {
        await db.passages.clear();
      } else {
        await db.passages.where('source').noneOf(keptIds).delete();
      }
      await db.sources.where('id').noneOf(keptIds).delete();
      await db.sources.bulkPut(valid.sources.map((s) => ({ ...s, pack: BUNDLED_PACK_ID })));
      await db.passages.bulkPut(carryImportedPages(valid.passages, linkedBefore));
      await db.meta.bulkPut([
        { key: META.corpusVersion, value: valid.version },
        { key: META.corpusHash, value: valid.hash },
        { key: META.seededAt, value: now() },
      ]);
      const previousPack = await db.packs.get(BUNDLED_PACK_ID);
      await db.packs.put({
        ...bundledPackRow({ version: valid.version, hash: valid.hash, addedAt: now() }),
        enabled: previousPack?.enabled ?? true,
      });
      await db.meta.delete(META.lastSeedError);
      return {
        status: 'seeded',
        version: valid.version,
        hash: valid.hash,
        passageCount: valid.passages.length,
        keptImportedPassages: importedPassages.length,
      } as const;
    });
  } catch (e) {
    // The transaction rolled back: the previous corpus is intact.
    const errors = [e instanceof Error ? `${e.name}: ${e.message}` : String(e)];
    await recordSeedError(db, { at: now(), version: valid.version, hash: valid.hash, errors }, log);
    return { status: 'failed', errors };
  }
}

/**
 * The full-report import fills in the page of each curated passage it found in the full text. A new
 * curated corpus would lose that page, so it is carried over for passages the full text still links to
 * (unless the new corpus gives a page itself).
 */
function carryImportedPages(curated: Passage[], linkedBefore: Passage[]): Passage[] {
  const pageOf = new Map(linkedBefore.flatMap((p) => (p.page ? [[p.id, p.page] as const] : [])));
  if (pageOf.size === 0) return curated;
  return curated.map((p) => {
    const page = pageOf.get(p.id);
    return p.page === null && page ? { ...p, page } : p;
  });
}

const naturalOrder = new Intl.Collator('en', { numeric: true }).compare;

/**
 * Passages in reading order. IndexedDB returns them by id; the engine needs each source's passages in
 * reading order (a quotation may span consecutive passages). Bundled passages keep their order in
 * `data/`; imported full-text passages follow their ids with numbers compared as numbers
 * (`ft-2` before `ft-10`).
 */
export function inReadingOrder(passages: Passage[], bundledOrder: readonly Passage[]): Passage[] {
  const position = new Map(bundledOrder.map((p, i) => [p.id, i]));
  return [...passages].sort((a, b) => {
    const pa = position.get(a.id);
    const pb = position.get(b.id);
    if (pa !== undefined && pb !== undefined) return pa - pb;
    if (pa !== undefined) return -1;
    if (pb !== undefined) return 1;
    return naturalOrder(a.source, b.source) || naturalOrder(a.id, b.id);
  });
}

/** The corpus the database holds (bundled plus imported), with the bundled version it was seeded from. */
export interface StoredCorpus extends CorpusContent {
  version: string | null;
  /** Packs left out because the reader disabled them. */
  disabledPacks?: number;
}

/**
 * The corpus as stored, passages in reading order: the documents of every enabled pack (what quotations
 * are matched against), or with `{ disabled: true }` every document.
 */
export async function readCorpus(
  db: VerbatimDB,
  bundledOrder: readonly Passage[],
  /** `bundledOnly`: the bundled pack's documents only (the scan hosts match the others from their stored index). */
  options: { disabled?: boolean; bundledOnly?: boolean } = {},
): Promise<StoredCorpus> {
  return db.transaction('r', [db.sources, db.passages, db.meta, db.packs], async () => {
    const [version, storedSources, packs] = await Promise.all([
      db.meta.get(META.corpusVersion),
      options.bundledOnly
        ? db.sources.filter((s) => packOf(s) === BUNDLED_PACK_ID).toArray()
        : db.sources.toArray(),
      db.packs.toArray(),
    ]);
    const allSources = storedSources;
    const allPassages = options.bundledOnly
      ? await db.passages
          .where('source')
          .anyOf(allSources.map((s) => s.id))
          .toArray()
      : await db.passages.toArray();
    const off = new Set(
      options.disabled
        ? []
        : packs
            .filter((p) => !p.enabled && (!options.bundledOnly || p.id === BUNDLED_PACK_ID))
            .map((p) => p.id),
    );
    const sources = off.size ? allSources.filter((s) => !off.has(packOf(s))) : allSources;
    const ids = new Set(sources.map((s) => s.id));
    const passages = off.size ? allPassages.filter((p) => ids.has(p.source)) : allPassages;
    return {
      version: typeof version?.value === 'string' ? version.value : null,
      disabledPacks: off.size,
      sources,
      passages: inReadingOrder(passages, bundledOrder),
    };
  });
}

/** The corpus facts the card states ("N passages of the report", "not in the report" once complete). */
export function corpusInfoOf(corpus: CorpusContent & { version: string }): CorpusInfo {
  const reportIds = new Set(corpus.sources.filter((s) => s.role === 'primary').map((s) => s.id));
  const byId = new Map(corpus.sources.map((s) => [s.id, s]));
  const imported = corpus.sources.filter(isImportedSource);
  const complete = imported.some((s) => isCompleteFullText(s, byId.get(s.fullTextOf ?? '')));
  return {
    version: corpus.version,
    passageCount: corpus.passages.length,
    reportPassageCount: corpus.passages.filter((p) => reportIds.has(p.source)).length,
    hasFullText: complete,
    excerptImported: !complete && imported.length > 0,
  };
}

/** The last seeding error, if the latest attempt failed (shown by the library). */
export async function lastSeedError(db: VerbatimDB): Promise<SeedError | null> {
  return ((await db.meta.get(META.lastSeedError))?.value as SeedError | undefined) ?? null;
}
