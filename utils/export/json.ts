/** The versioned JSON export: every field of every record, re-importable by `parseImport`. */
import type { VerificationRecord } from '@/utils/db';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile } from './schema';

export function buildExport(
  records: VerificationRecord[],
  corpusVersion: string | null,
  now: Date = new Date(),
): ExportFile {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    corpusVersion,
    records,
  };
}

export function exportJson(records: VerificationRecord[], corpusVersion: string | null, now?: Date): string {
  return JSON.stringify(buildExport(records, corpusVersion, now), null, 1);
}
