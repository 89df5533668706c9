import { describe, expect, it } from 'vitest';
import { checkAttribution } from '@/lib/match/attribution';
import { type AttributionVocabulary, REPORT_VOCABULARY } from '@/lib/match/report-vocabulary';

const AUDIT: AttributionVocabulary = {
  notNames: ['zorbland'],
  roleWords: [],
  creditsDocument: /\bauditors?\b/i,
  authorSpeaker: /\bAcme Audit\b/,
};

describe('the attribution check and a corpus vocabulary', () => {
  it('uses the report’s vocabulary by default', () => {
    expect(checkAttribution('the inspector general', 'DOJ OIG')).toBe('ok');
    expect(checkAttribution('DHS officials', 'Gene Hamilton')).toBe('unknown');
    expect(checkAttribution('the inspector general', 'DOJ OIG', REPORT_VOCABULARY)).toBe('ok');
  });

  it('takes the document and its authors from the vocabulary it is given', () => {
    expect(checkAttribution('the auditors', 'Acme Audit Office')).toBe('unknown');
    expect(checkAttribution('the auditors', 'Acme Audit Office', AUDIT)).toBe('ok');
  });

  it('takes the words that never name a speaker from it too', () => {
    expect(checkAttribution('Zorbland', 'Jane Roe')).toBe('mismatch');
    expect(checkAttribution('Zorbland', 'Jane Roe', AUDIT)).toBe('unknown');
  });
});
