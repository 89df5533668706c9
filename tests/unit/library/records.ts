/** Test records: complete VerificationRecords with only the fields a test cares about spelled out. */
import type { MatchResult, Verdict } from '@/lib/types';
import type { VerificationRecord } from '@/utils/db';

export function makeResult(status: Verdict = 'verified', overrides: Partial<MatchResult> = {}): MatchResult {
  const found = status !== 'not-found';
  return {
    status,
    passageIds: found ? ['r001'] : [],
    source: found ? 'oig-21-028' : null,
    page: found ? 'i' : null,
    speaker: found ? 'DOJ OIG' : null,
    evidence: found ? 'original' : null,
    attributedTo: null,
    attribution: 'unknown',
    edits: [],
    diff: [{ op: 'equal', text: 'words' }],
    highlights: found ? [{ passageId: 'r001', ranges: [[0, 5]] }] : [],
    coverage: found ? 1 : 0,
    ...overrides,
  };
}

export function makeRecord(overrides: Partial<VerificationRecord> = {}): VerificationRecord {
  const status = overrides.status ?? 'verified';
  const result = overrides.result ?? makeResult(status);
  return {
    quote: 'zero tolerance policy',
    status,
    passageIds: result.passageIds,
    source: result.source,
    url: 'https://news.example/story',
    pageTitle: 'A story',
    attributedTo: null,
    attribution: 'unknown',
    speaker: result.speaker,
    origin: 'selection',
    createdAt: Date.UTC(2026, 0, 10, 12),
    updatedAt: Date.UTC(2026, 0, 10, 12),
    result,
    ...overrides,
  };
}
