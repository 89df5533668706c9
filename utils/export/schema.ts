/**
 * Runtime schema of an exported verification. Every field of VerificationRecord and MatchResult is listed
 * and unknown keys are rejected, so an import either reproduces a record exactly or says what is wrong;
 * the type assertions at the bottom break the build when the record type and this schema drift apart.
 */
import { z } from 'zod';
import { EVIDENCE_LEVELS } from '@/lib/corpus/types';
import { VERDICTS } from '@/lib/types';
import type { VerificationRecord } from '@/utils/db';
import { LIMITS } from './limits';

export { LIMITS };

export const EXPORT_FORMAT = 'verbatim-verifications';
export const EXPORT_VERSION = 1;

const str = (max: number) => z.string().max(max);
const epochMs = z.number().int().nonnegative().max(8.64e15);

const editSchema = z.strictObject({
  type: z.enum(['ellipsis', 'insertion', 'replacement', 'sic', 'symbol', 'case', 'number']),
  text: str(LIMITS.quote),
  source: str(LIMITS.quote).optional(),
});

const diffPartSchema = z.strictObject({
  op: z.enum(['equal', 'added', 'removed']),
  text: str(LIMITS.quote * 2),
});

const highlightSchema = z.strictObject({
  passageId: str(LIMITS.id),
  ranges: z
    .array(z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]))
    .max(LIMITS.listItems),
});

export const matchResultSchema = z.strictObject({
  status: z.enum(VERDICTS),
  passageIds: z.array(str(LIMITS.id)).max(LIMITS.listItems),
  source: str(LIMITS.id).nullable(),
  page: str(LIMITS.name).nullable(),
  speaker: str(LIMITS.name).nullable(),
  evidence: z.enum(EVIDENCE_LEVELS).nullable(),
  attributedTo: str(LIMITS.name).nullable(),
  attribution: z.enum(['ok', 'mismatch', 'unknown']),
  edits: z.array(editSchema).max(LIMITS.listItems),
  diff: z.array(diffPartSchema).max(LIMITS.listItems * 10),
  highlights: z.array(highlightSchema).max(LIMITS.listItems),
  coverage: z.number().min(0).max(1),
  unsupported: z
    .array(z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]))
    .max(LIMITS.listItems)
    .optional(),
  notIn: z.string().max(LIMITS.id).optional(),
});

export const verificationRecordSchema = z
  .strictObject({
    id: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
    quote: str(LIMITS.quote),
    status: z.enum(VERDICTS),
    passageIds: z.array(str(LIMITS.id)).max(LIMITS.listItems),
    source: str(LIMITS.id).nullable(),
    url: str(LIMITS.url),
    pageTitle: str(LIMITS.title),
    attributedTo: str(LIMITS.name).nullable(),
    attribution: z.enum(['ok', 'mismatch', 'unknown']),
    speaker: str(LIMITS.name).nullable(),
    context: str(LIMITS.context).optional(),
    note: str(LIMITS.note).optional(),
    // Added after version 1 files were written: optional both ways, so older files still import.
    disputed: z.boolean().optional(),
    disputeReason: str(LIMITS.note).optional(),
    origin: z.enum(['badge', 'selection', 'popup', 'import']),
    createdAt: epochMs,
    updatedAt: epochMs,
    result: matchResultSchema,
  })
  .refine((r) => r.status === r.result.status, {
    message: 'status differs from result.status',
    path: ['status'],
  });

export const exportFileSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.iso.datetime(),
  corpusVersion: z.string().max(LIMITS.name).nullable(),
  records: z.array(z.unknown()).max(LIMITS.records),
});

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  corpusVersion: string | null;
  records: VerificationRecord[];
}

// Compile-time: the schema accepts exactly the record type (both directions must be assignable).
type Parsed = z.infer<typeof verificationRecordSchema>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesRecord: Same<Parsed, VerificationRecord> = true;
void schemaMatchesRecord;
