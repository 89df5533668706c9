import { describe, expect, it } from 'vitest';
import {
  coverageOf,
  distinct,
  EMPTY_CORPUS_QUERY,
  filterPassages,
  NO_SPEAKER,
} from '@/components/library/corpus-query';
import { bundledCorpus } from '@/data/corpus';

const passages = bundledCorpus.passages;
const q = (over: Partial<typeof EMPTY_CORPUS_QUERY>) => ({ ...EMPTY_CORPUS_QUERY, ...over });

describe('corpus passages', () => {
  it('without a query lists every passage in its reading order', () => {
    expect(filterPassages(passages, EMPTY_CORPUS_QUERY)).toEqual(passages);
  });

  it('searches text and speaker, case, accents and curly quotes folded', () => {
    const hits = filterPassages(passages, q({ search: 'ZERO tolerance "policy"' }));
    expect(hits.length).toBeGreaterThan(0);
    for (const p of hits)
      for (const word of ['zero', 'tolerance', 'policy']) expect(p.text.toLowerCase()).toContain(word);
    expect(hits.length).toBe(
      passages.filter((p) => /zero.*tolerance|tolerance.*zero/is.test(p.text) && /policy/i.test(p.text))
        .length,
    );
    const sessions = filterPassages(passages, q({ search: 'sessions' }));
    expect(sessions.some((p) => p.speaker?.includes('Sessions') && !/sessions/i.test(p.text))).toBe(true);
  });

  it('filters by source, speaker (including none), kind and evidence level together', () => {
    for (const level of ['original', 'corroborated', 'single-source'] as const) {
      const hits = filterPassages(passages, q({ evidence: level }));
      expect(hits).toEqual(passages.filter((p) => p.evidence.level === level));
    }
    const [speaker] = distinct(passages, 'speaker');
    expect(filterPassages(passages, q({ speaker }))).toEqual(passages.filter((p) => p.speaker === speaker));
    expect(filterPassages(passages, q({ speaker: NO_SPEAKER }))).toEqual(
      passages.filter((p) => p.speaker === null),
    );
    const both = filterPassages(passages, q({ source: 'oig-21-028', kind: 'finding' }));
    expect(both).toEqual(passages.filter((p) => p.source === 'oig-21-028' && p.kind === 'finding'));
  });

  it('counts passages per source and per evidence level', () => {
    const coverage = coverageOf(passages);
    expect(coverage.total).toBe(passages.length);
    expect([...coverage.bySource.values()].reduce((a, b) => a + b, 0)).toBe(passages.length);
    expect(Object.values(coverage.byEvidence).reduce((a, b) => a + b, 0)).toBe(passages.length);
    expect(coverage.bySource.get('oig-21-028')).toBe(
      passages.filter((p) => p.source === 'oig-21-028').length,
    );
  });
});
