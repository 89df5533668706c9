/**
 * User packs in the `verbatim` database: adding a pack (a document the reader added, or a pack file),
 * enabling, disabling, deleting with undo. Every change is one transaction; the bundled pack is seeding's
 * (utils/corpus-store.ts) and only its `enabled` flag is changed here.
 */
import type { Passage, Source } from '@/lib/corpus/types';
import { BUNDLED_PACK_ID, type Pack, packOf } from '@/lib/sources/pack';
import type { VerbatimDB } from '@/utils/db';

export interface PackContent {
  pack: Pack;
  sources: Source[];
  passages: Passage[];
}

export class PackError extends Error {
  override name = 'PackError';
}

/**
 * Stores a user pack, replacing a previous pack with the same id. Refused, with nothing written, when one
 * of its documents or passages has the id of another pack's.
 */
export async function putPack(db: VerbatimDB, content: PackContent): Promise<void> {
  const { pack } = content;
  if (pack.id === BUNDLED_PACK_ID || pack.origin !== 'user')
    throw new PackError('Only user packs can be added; the bundled pack comes with Verbatim.');
  const sources = content.sources.map((s) => ({ ...s, pack: pack.id }));
  await db.transaction('rw', db.sources, db.passages, db.packs, async () => {
    const clashes = (await db.sources.bulkGet(sources.map((s) => s.id))).filter(
      (s): s is Source => s !== undefined && packOf(s) !== pack.id,
    );
    if (clashes.length)
      throw new PackError(`“${clashes[0]?.title}” is already in another pack; nothing was added.`);
    const taken = (await db.passages.bulkGet(content.passages.map((p) => p.id))).find(
      (p) => p !== undefined && !sources.some((s) => s.id === p.source),
    );
    if (taken) throw new PackError(`Passage ${taken.id} belongs to another document; nothing was added.`);
    await removePackRows(db, pack.id);
    await db.packs.put(pack);
    await db.sources.bulkPut(sources);
    await db.passages.bulkPut(content.passages);
  });
}

async function removePackRows(db: VerbatimDB, packId: string): Promise<void> {
  const ids = (await db.sources.where('pack').equals(packId).toArray()).map((s) => s.id);
  if (ids.length) await db.passages.where('source').anyOf(ids).delete();
  await db.sources.where('pack').equals(packId).delete();
  await db.packs.delete(packId);
}

/** A pack and its documents as stored (for export, and for undoing a delete). */
export async function readPack(db: VerbatimDB, packId: string): Promise<PackContent | null> {
  return db.transaction('r', db.sources, db.passages, db.packs, async () => {
    const pack = await db.packs.get(packId);
    if (!pack) return null;
    const sources = await db.sources.where('pack').equals(packId).toArray();
    const passages = await db.passages
      .where('source')
      .anyOf(sources.map((s) => s.id))
      .toArray();
    return { pack, sources, passages };
  });
}

export async function listPacks(db: VerbatimDB): Promise<Pack[]> {
  const packs = await db.packs.toArray();
  return packs.sort(
    (a, b) => Number(a.origin === 'user') - Number(b.origin === 'user') || a.addedAt - b.addedAt,
  );
}

export async function setPackEnabled(db: VerbatimDB, packId: string, enabled: boolean): Promise<void> {
  const changed = await db.packs.update(packId, { enabled });
  if (!changed && !(await db.packs.get(packId))) throw new PackError(`There is no pack ${packId}.`);
}

/** Deletes a user pack and returns what `putPack` needs to put it back (undo). */
export async function deletePack(db: VerbatimDB, packId: string): Promise<PackContent> {
  if (packId === BUNDLED_PACK_ID) throw new PackError('The bundled pack can be disabled, not deleted.');
  return db.transaction('rw', db.sources, db.passages, db.packs, async () => {
    const content = await readPack(db, packId);
    if (!content) throw new PackError(`There is no pack ${packId}.`);
    await removePackRows(db, packId);
    return content;
  });
}
