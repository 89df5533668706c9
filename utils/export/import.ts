/**
 * Import of a JSON export: validate the whole file first, then merge in one transaction, so a wrong,
 * corrupt or truncated file changes nothing. Merging keeps one record per page URL + quotation (the one
 * checked last) and keeps a record's id only when no other record already uses it.
 */

import { normaliseQuote } from '@/lib/text/quote-text';
import type { VerbatimDB, VerificationRecord } from '@/utils/db';
import { EXPORT_FORMAT, EXPORT_VERSION, exportFileSchema, LIMITS, verificationRecordSchema } from './schema';

export type ParsedImport =
  | { ok: true; records: VerificationRecord[]; corpusVersion: string | null }
  | { ok: false; message: string };

const NOTHING = 'Nothing was imported.';
const MAX_LISTED_PROBLEMS = 5;

function describeIssues(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): string {
  return issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join('.') || 'record'}: ${issue.message}`)
    .join('; ');
}

export function parseImport(text: string): ParsedImport {
  if (text.length > LIMITS.fileBytes)
    return { ok: false, message: `This file is too large to be a Verbatim export. ${NOTHING}` };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return {
      ok: false,
      message: `This file is not valid JSON: it may be damaged or cut short. ${NOTHING}`,
    };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { ok: false, message: `This is not a Verbatim verifications export. ${NOTHING}` };
  const head = data as Record<string, unknown>;
  if (head.format !== EXPORT_FORMAT)
    return {
      ok: false,
      message: `This is not a Verbatim verifications export (expected format "${EXPORT_FORMAT}"). ${NOTHING}`,
    };
  if (head.version !== EXPORT_VERSION)
    return {
      ok: false,
      message:
        typeof head.version === 'number' && head.version > EXPORT_VERSION
          ? `This export was made by a newer version of Verbatim (format version ${head.version}); this version reads version ${EXPORT_VERSION}. ${NOTHING}`
          : `This export has an unknown format version. ${NOTHING}`,
    };
  const file = exportFileSchema.safeParse(data);
  if (!file.success)
    return {
      ok: false,
      message: `This export is damaged (${describeIssues(file.error.issues)}). ${NOTHING}`,
    };

  const records: VerificationRecord[] = [];
  const problems: string[] = [];
  let bad = 0;
  file.data.records.forEach((raw, index) => {
    const parsed = verificationRecordSchema.safeParse(raw);
    if (parsed.success) {
      records.push(parsed.data);
      return;
    }
    bad++;
    if (problems.length < MAX_LISTED_PROBLEMS)
      problems.push(`record ${index + 1}: ${describeIssues(parsed.error.issues)}`);
  });
  if (bad)
    return {
      ok: false,
      message: `${bad} of ${file.data.records.length} records are invalid (${problems.join(' | ')}${
        bad > problems.length ? ' | …' : ''
      }). ${NOTHING}`,
    };
  return { ok: true, records, corpusVersion: file.data.corpusVersion };
}

export interface MergePlan {
  /** Records to write with their id: replacements (the existing id) and imports whose id was free. */
  put: VerificationRecord[];
  /** Records to add under a new id (their own id was taken). */
  add: VerificationRecord[];
  added: number;
  updated: number;
  /** Duplicates (same URL and quotation) that were not newer than the record kept. */
  skipped: number;
}

// The background stores quotations with whitespace runs collapsed and finds them that way; an older or
// hand-edited file may not be, and must still meet its twin.
const identity = (r: Pick<VerificationRecord, 'url' | 'quote'>) => `${r.url}\u0000${normaliseQuote(r.quote)}`;

/** Pure: what importing `incoming` into a store holding `existing` writes. */
export function planMerge(existing: VerificationRecord[], incoming: VerificationRecord[]): MergePlan {
  // One candidate per URL + quotation inside the file: the one checked last (first seen on a tie).
  const newest = new Map<string, VerificationRecord>();
  let skipped = 0;
  for (const record of incoming) {
    const key = identity(record);
    const seen = newest.get(key);
    if (seen) skipped++;
    if (!seen || record.updatedAt > seen.updatedAt) newest.set(key, record);
  }

  const byIdentity = new Map(existing.map((r) => [identity(r), r]));
  const usedIds = new Set(existing.map((r) => r.id));
  const plan: MergePlan = { put: [], add: [], added: 0, updated: 0, skipped };
  for (const [key, record] of newest) {
    const current = byIdentity.get(key);
    if (current) {
      if (record.updatedAt > current.updatedAt) {
        plan.put.push({ ...record, id: current.id });
        plan.updated++;
      } else plan.skipped++;
      continue;
    }
    plan.added++;
    if (record.id !== undefined && !usedIds.has(record.id)) {
      usedIds.add(record.id);
      plan.put.push(record);
    } else {
      const { id: _taken, ...rest } = record;
      plan.add.push(rest);
    }
  }
  return plan;
}

export type ImportOutcome =
  | { ok: true; added: number; updated: number; skipped: number }
  | { ok: false; message: string };

/** Validates `text` completely, then writes the merge in a single transaction (all or nothing). */
export async function importVerifications(db: VerbatimDB, text: string): Promise<ImportOutcome> {
  const parsed = parseImport(text);
  if (!parsed.ok) return parsed;
  try {
    return await db.transaction('rw', db.verifications, async () => {
      const plan = planMerge(await db.verifications.toArray(), parsed.records);
      // Records keeping their id go first so a generated id can never take one of theirs.
      await db.verifications.bulkPut(plan.put);
      await db.verifications.bulkAdd(plan.add);
      return { ok: true as const, added: plan.added, updated: plan.updated, skipped: plan.skipped };
    });
  } catch (error) {
    return {
      ok: false,
      message: `The records could not be saved (${error instanceof Error ? error.message : String(error)}). ${NOTHING}`,
    };
  }
}

export function describeImport(outcome: Extract<ImportOutcome, { ok: true }>): string {
  const n = (count: number, one: string, many = `${one}s`) =>
    `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
  return `Imported ${n(outcome.added, 'new record')}, updated ${n(outcome.updated, 'record')}, skipped ${n(
    outcome.skipped,
    'duplicate',
  )}.`;
}
