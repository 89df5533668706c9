import { describe, expect, it } from 'vitest';
import { matchQuote } from '@/lib/match';
import { REPORT_FIRST, type SourcePolicy } from '@/lib/match/source-policy';
import { index, match } from './helpers';

const REPORT_WORDS = 'We need to take away children';
const MEMO_WORDS =
  'The recent increase in aliens illegally crossing our Southwest Border requires an updated approach';

describe('the source policy the matcher is given', () => {
  it('by default prefers the report: its words are verified, a related source’s are said elsewhere', () => {
    expect(match(REPORT_WORDS).status).toBe('verified');
    expect(match(MEMO_WORDS).status).toBe('elsewhere');
    expect(matchQuote(index, { text: MEMO_WORDS }, REPORT_FIRST)).toEqual(match(MEMO_WORDS));
  });

  it('decides which source counts as the attributed document', () => {
    const memoFirst: SourcePolicy = {
      preferred: (source) => source?.id === 'sessions-memo-2018-04-06',
      curated: REPORT_FIRST.curated,
    };
    expect(matchQuote(index, { text: MEMO_WORDS }, memoFirst)).toMatchObject({
      status: 'verified',
      source: 'sessions-memo-2018-04-06',
    });
    expect(matchQuote(index, { text: REPORT_WORDS }, memoFirst).status).toBe('elsewhere');
  });
});
