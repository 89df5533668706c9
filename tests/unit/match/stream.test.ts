/** Index and stream behaviour: continuity across passages, highlights in the original text, isolation from corpus size. */
import { describe, expect, it } from 'vitest';
import { bundledCorpus } from '@/data/corpus';
import type { Passage, Source } from '@/lib/corpus/types';
import { buildIndex, matchQuote } from '@/lib/engine';
import { match, passageText } from './helpers';

const source = (id: string, extra: Partial<Source> = {}): Source => ({
  id,
  role: 'primary',
  title: id,
  publisher: 'test',
  date: '2021-01-14',
  ...extra,
});
const passage = (id: string, src: string, text: string): Passage => ({
  id,
  source: src,
  text,
  kind: 'sentence',
  speaker: null,
  recipient: null,
  date: null,
  page: '7',
  section: null,
  context: null,
  evidence: { level: 'original', sources: [] },
});

const sentences = [
  'The Department agreed to prosecute these cases.',
  'As a result, more than 3,000 children were separated from their families.',
  'Issues regarding reuniting children with their parents remain.',
];

describe('continuity', () => {
  it('a quotation may run across consecutive sentences of an imported full text', () => {
    const index = buildIndex({
      sources: [source('report-full', { fullTextOf: 'report' })],
      passages: sentences.map((t, i) => passage(`f${i}`, 'report-full', t)),
    });
    const r = matchQuote(index, {
      text: 'agreed to prosecute these cases. As a result, more than 3,000 children were separated',
    });
    expect(r.status).toBe('verified');
    expect(r.passageIds).toEqual(['f0', 'f1']);
  });

  it('but not across curated excerpts, which are not known to be adjacent', () => {
    const index = buildIndex({
      sources: [source('report')],
      passages: sentences.map((t, i) => passage(`c${i}`, 'report', t)),
    });
    const r = matchQuote(index, {
      text: 'agreed to prosecute these cases. As a result, more than 3,000 children were separated',
    });
    expect(r.status).toBe('altered');
    expect(r.passageIds).toEqual(['c0', 'c1']);
  });
});

describe('highlights', () => {
  it('are character ranges of the passage’s original text', () => {
    const r = match('we need to take away children');
    expect(r.highlights).toHaveLength(1);
    const [h] = r.highlights;
    expect(h!.passageId).toBe('r018');
    expect(h!.ranges.map(([s, e]) => passageText('r018').slice(s, e))).toEqual([
      'we need to take away children',
    ]);
  });

  it('cover each matched passage, split where words were left out', () => {
    const r = match(
      'We should NOT be categorically declining … Prosecute parents if DHS decides to separate families',
    );
    expect(r.highlights.map((h) => h.passageId)).toEqual(['r021', 'r037']);
    expect(r.highlights[1]!.ranges.map(([s, e]) => passageText('r037').slice(s, e))).toEqual([
      'Prosecute parents if DHS decides to separate families',
    ]);
    const altered = match('We have now heard of us taking moms away from their infants');
    expect(altered.highlights[0]!.ranges.map(([s, e]) => passageText('r019').slice(s, e))).toEqual([
      'We have now heard of us taking',
      'moms away from their infants',
    ]);
  });
});

describe('corpus size', () => {
  it('finds the same passage when the corpus is padded with unrelated sources', () => {
    const words =
      'policy children border report department immigration families officials the of and to'.split(' ');
    let seed = 7;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const padding = Array.from({ length: 500 }, (_, i) =>
      passage(
        `x${i}`,
        'noise',
        Array.from({ length: 30 }, () => words[Math.floor(rand() * words.length)]).join(' '),
      ),
    );
    const index = buildIndex({
      sources: [...bundledCorpus.sources, source('noise', { role: 'related' })],
      passages: [...bundledCorpus.passages, ...padding],
    });
    const r = matchQuote(index, {
      text: 'failed to effectively prepare for, or manage, the implementation of the zero tolerance policy',
    });
    expect(r).toMatchObject({ status: 'verified', passageIds: ['r006'] });
  });

  it('prefers the primary source whatever the corpus order, for an exact and for an altered match', () => {
    const words = 'The Department agreed to prosecute these cases without delay.';
    const index = buildIndex({
      sources: [source('statement', { role: 'related' }), source('report')],
      passages: [passage('s1', 'statement', words), passage('r1', 'report', words)],
    });
    expect(matchQuote(index, { text: words })).toMatchObject({
      status: 'verified',
      source: 'report',
      passageIds: ['r1'],
    });
    const altered = matchQuote(index, { text: 'The Department agreed to prosecute these cases with delay' });
    expect(altered).toMatchObject({ status: 'altered', source: 'report', passageIds: ['r1'] });
  });

  it('ignores passages whose source is unknown', () => {
    const index = buildIndex({ sources: [], passages: [passage('p1', 'nowhere', 'driving force')] });
    expect(matchQuote(index, { text: 'driving force' }).status).toBe('not-found');
  });
});
