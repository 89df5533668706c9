import { describe, expect, it } from 'vitest';
import { attributionSentence, verdictSentence } from '@/components/card/wording';
import type { Source } from '@/lib/corpus/types';
import type { MatchResult } from '@/lib/types';

const ruling: Source = {
  id: 'doc-1',
  role: 'primary',
  title: 'Harbor Coalition v. Port Authority',
  publisher: 'U.S. District Court',
  date: '2025-03-03',
  pack: 'pack-doc-1',
  kind: 'ruling',
};
const result = (status: MatchResult['status'], attributedTo: string | null): MatchResult => ({
  status,
  passageIds: ['doc-1.0003'],
  source: 'doc-1',
  page: '2',
  speaker: 'Judge Maria Alvarez',
  evidence: 'original',
  attributedTo,
  attribution: 'ok',
  edits: [],
  diff: [],
  highlights: [],
  coverage: 1,
});
const corpus = { version: 'v', passageCount: 10, reportPassageCount: 5, hasFullText: false };

describe('card wording names the document', () => {
  it('says which document the words match when the article attributes them to another', () => {
    expect(
      verdictSentence({ result: result('elsewhere', 'the report'), sources: { 'doc-1': ruling }, corpus }),
    ).toBe(
      'These words match “Harbor Coalition v. Port Authority”, not the document the article attributes them to (the report).',
    );
    expect(verdictSentence({ result: result('verified', null), sources: { 'doc-1': ruling }, corpus })).toBe(
      'Every word of this quotation appears in “Harbor Coalition v. Port Authority”.',
    );
  });

  it('the attribution sentence names an added document, not "the report"', () => {
    expect(attributionSentence(result('verified', 'Alvarez'), [], ruling)).toMatch(
      /the speaker “Harbor Coalition v\. Port Authority” records/,
    );
    expect(attributionSentence(result('verified', 'Alvarez'), [], { ...ruling, number: '21-028' })).toMatch(
      /the speaker the report records/,
    );
  });
});
