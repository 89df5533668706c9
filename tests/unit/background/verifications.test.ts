import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { normaliseQuote } from '@/lib/text/quote-text';
import type { MatchResult } from '@/lib/types';
import { openDatabase, type VerbatimDB } from '@/utils/db';
import { draftFromResult, upsertVerification, upsertVerifications } from '@/utils/verifications';

let db: VerbatimDB;
let n = 0;
beforeEach(() => {
  db = openDatabase(`verifications-test-${++n}`);
});
afterEach(() => db.delete());

const result = (status: MatchResult['status'], passageIds: string[] = []): MatchResult => ({
  status,
  passageIds,
  source: passageIds.length ? 'oig-21-028' : null,
  page: null,
  speaker: passageIds.length ? 'DOJ OIG' : null,
  evidence: passageIds.length ? 'original' : null,
  attributedTo: null,
  attribution: 'unknown',
  edits: [],
  diff: [],
  highlights: [],
  coverage: passageIds.length ? 1 : 0,
});

const where = { url: 'https://news.example/a', pageTitle: 'A', origin: 'selection' as const };

describe('upsertVerification', () => {
  it('adds a record with the first and latest check times', async () => {
    const draft = draftFromResult('We need to take away children', result('verified', ['r010']), {
      ...where,
      context: 'He said: We need to take away children, and…',
    });
    const outcome = await upsertVerification(db, draft, 1000);
    expect(outcome.created).toBe(true);
    expect(await db.verifications.get(outcome.id)).toEqual({
      ...draft,
      id: outcome.id,
      createdAt: 1000,
      updatedAt: 1000,
    });
  });

  it('refreshes the existing row for the same words on the same page (whitespace aside)', async () => {
    const first = await upsertVerification(
      db,
      draftFromResult('take away\n\nchildren', result('not-found'), { ...where, context: 'ctx' }),
      1000,
    );
    await db.verifications.update(first.id, { note: 'checked by phone' });
    const second = await upsertVerification(
      db,
      draftFromResult('take  away children', result('verified', ['r010']), { ...where, origin: 'popup' }),
      2000,
    );
    expect(second).toEqual({ id: first.id, created: false });
    expect(await db.verifications.count()).toBe(1);
    expect(await db.verifications.get(first.id)).toMatchObject({
      quote: 'take away children',
      createdAt: 1000,
      updatedAt: 2000,
      status: 'verified',
      passageIds: ['r010'],
      origin: 'selection',
      note: 'checked by phone',
      context: 'ctx',
    });
  });

  it('keeps separate rows for other pages and other words', async () => {
    await upsertVerification(db, draftFromResult('take away children', result('verified'), where), 1);
    await upsertVerification(
      db,
      draftFromResult('take away children', result('verified'), { ...where, url: 'https://other.example/' }),
      2,
    );
    await upsertVerification(db, draftFromResult('take away the children', result('altered'), where), 3);
    expect(await db.verifications.count()).toBe(3);
  });

  it('saves many at once, collapsing duplicates', async () => {
    const drafts = ['a b', 'a  b', 'c'].map((q) => draftFromResult(q, result('not-found'), where));
    const outcomes = await upsertVerifications(db, drafts, 5);
    expect(outcomes.map((o) => o.created)).toEqual([true, false, true]);
    expect(await db.verifications.count()).toBe(2);
  });
});

it('normalises whitespace only', () => {
  expect(normaliseQuote('  “Zero\u00a0tolerance”\n policy ')).toBe('“Zero tolerance” policy');
});
