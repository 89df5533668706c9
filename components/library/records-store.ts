/** The library's writes to `verifications`: delete with an exact restore, notes, clearing. */
import type { VerbatimDB, VerificationRecord } from '@/utils/db';

export async function deleteRecords(db: VerbatimDB, records: VerificationRecord[]): Promise<void> {
  const ids = records.map((r) => r.id).filter((id): id is number => id !== undefined);
  await db.verifications.bulkDelete(ids);
}

/**
 * Puts deleted records back as they were, id included. A record the background re-created meanwhile
 * (same page, same words) wins: it is newer, and a second row would be a duplicate.
 */
export async function restoreRecords(db: VerbatimDB, records: VerificationRecord[]): Promise<number> {
  return db.transaction('rw', db.verifications, async () => {
    const present = new Set(
      (await db.verifications.orderBy('[url+quote]').keys()).map((key) => JSON.stringify(key)),
    );
    const missing = records.filter((r) => !present.has(JSON.stringify([r.url, r.quote])));
    await db.verifications.bulkPut(missing);
    return missing.length;
  });
}

/** Sets or (when empty) removes the note; the check's own times stay as they are. */
export async function setNote(db: VerbatimDB, id: number, note: string): Promise<void> {
  await db.verifications.update(id, { note: note || undefined });
}

/**
 * Marks the record's verdict as disputed by the reader (with their reason), or withdraws that. The
 * check's own times stay as they are: this is the reader's note, not a new check.
 */
export async function setDisputed(
  db: VerbatimDB,
  id: number,
  dispute: { reason: string } | null,
): Promise<void> {
  await db.verifications.update(
    id,
    dispute
      ? { disputed: true, disputeReason: dispute.reason.trim() }
      : { disputed: undefined, disputeReason: undefined },
  );
}
