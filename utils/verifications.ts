/**
 * Saving verifications. One row per (page URL, quotation): checking the same words on the same page
 * again refreshes that row instead of adding a second one, so history stays readable.
 * Used by the background (badges, explicit checks) and by the library (reading, imports).
 */
import { normaliseQuote } from '@/lib/text/quote-text';
import type { MatchResult } from '@/lib/types';
import type { VerbatimDB, VerificationRecord } from './db';

/** What a caller knows about a check; ids and times are the store's business. */
export type VerificationDraft = Omit<VerificationRecord, 'id' | 'createdAt' | 'updatedAt'>;

export interface UpsertOutcome {
  id: number;
  /** False when an existing row for the same quotation on the same page was refreshed. */
  created: boolean;
}

/** A draft from an engine result plus where it was checked. */
export function draftFromResult(
  quote: string,
  result: MatchResult,
  where: { url: string; pageTitle: string; origin: VerificationRecord['origin']; context?: string },
): VerificationDraft {
  const draft: VerificationDraft = {
    quote: normaliseQuote(quote),
    status: result.status,
    passageIds: [...result.passageIds],
    source: result.source,
    url: where.url,
    pageTitle: where.pageTitle,
    attributedTo: result.attributedTo,
    attribution: result.attribution,
    speaker: result.speaker,
    origin: where.origin,
    result,
  };
  if (where.context) draft.context = where.context;
  return draft;
}

/** Inside an open read-write transaction on `verifications`. */
async function upsertOne(db: VerbatimDB, draft: VerificationDraft, now: number): Promise<UpsertOutcome> {
  const quote = normaliseQuote(draft.quote);
  const existing = await db.verifications.where('[url+quote]').equals([draft.url, quote]).first();
  if (existing?.id !== undefined) {
    // The first check's time, origin and the user's note belong to the record; the verdict is the latest.
    const { origin: _origin, ...latest } = draft;
    const changes: Partial<VerificationRecord> = { ...latest, quote, updatedAt: now };
    if (draft.context === undefined && existing.context !== undefined) changes.context = existing.context;
    await db.verifications.update(existing.id, changes);
    return { id: existing.id, created: false };
  }
  const id = await db.verifications.add({ ...draft, quote, createdAt: now, updatedAt: now });
  return { id: id as number, created: true };
}

/** Saves one verification: adds a row, or refreshes the row for the same quotation on the same page. */
export function upsertVerification(
  db: VerbatimDB,
  draft: VerificationDraft,
  now: number = Date.now(),
): Promise<UpsertOutcome> {
  return db.transaction('rw', db.verifications, () => upsertOne(db, draft, now));
}

/** Saves many verifications in one transaction (all or nothing); duplicates among them collapse. */
export function upsertVerifications(
  db: VerbatimDB,
  drafts: VerificationDraft[],
  now: number = Date.now(),
): Promise<UpsertOutcome[]> {
  return db.transaction('rw', db.verifications, async () => {
    const outcomes: UpsertOutcome[] = [];
    for (const draft of drafts) outcomes.push(await upsertOne(db, draft, now));
    return outcomes;
  });
}
