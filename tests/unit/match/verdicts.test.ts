/**
 * One case (or more) per verdict, written from data/passages.jsonl, with the negatives that would catch
 * a false "verified": one changed word, a dropped word, an added word, reordered words, two passages glued
 * without an ellipsis, a related-source quotation, text in no source, a stop-word-only quotation.
 */
import { describe, expect, it } from 'vitest';
import { match } from './helpers';

const R011 =
  'the Department’s single-minded focus on increasing prosecutions came at the expense of careful and appropriate consideration of the impact that prosecution of family unit adults and family separations would have on children traveling with them';

describe('verified', () => {
  it('every word aligns', () => {
    const r = match(R011);
    expect(r.status).toBe('verified');
    expect(r.passageIds).toEqual(['r011']);
    expect(r.coverage).toBe(1);
    expect(r.edits).toEqual([]);
  });

  it('a two-word fragment found in the report and in a related statement goes to the report, as a phrase', () => {
    const r = match('driving force');
    expect(r).toMatchObject({ status: 'phrase', passageIds: ['r008'], source: 'oig-21-028' });
  });

  it('fills the passage fields from the first matched passage', () => {
    const r = match(
      'failed to effectively prepare for, or manage, the implementation of the zero tolerance policy',
    );
    expect(r).toMatchObject({
      status: 'verified',
      passageIds: ['r006'],
      source: 'oig-21-028',
      page: 'i',
      speaker: 'DOJ OIG',
      evidence: 'original',
    });
  });
});

describe('altered (and never verified)', () => {
  it('one changed word, with a word diff', () => {
    const r = match(R011.replace('on children', 'on infants'));
    expect(r.status).toBe('altered');
    expect(r.passageIds).toEqual(['r011']);
    expect(r.diff).toContainEqual({ op: 'removed', text: 'children' });
    expect(r.diff).toContainEqual({ op: 'added', text: 'infants' });
    expect(r.coverage).toBeLessThan(1);
  });

  it('reordered words: "take children away" for "take away children"', () => {
    const r = match('We need to take children away');
    expect(r.status).toBe('altered');
    expect(r.passageIds).toEqual(['r018']);
    expect(r.diff.filter((d) => d.op !== 'equal').map((d) => d.text)).toEqual(['away', 'away']);
  });

  it('dropped words without an ellipsis', () => {
    const r = match('We have now heard of us taking moms away from their infants');
    expect(r.status).toBe('altered');
    expect(r.diff).toContainEqual({ op: 'removed', text: 'breast feeding defendant' });
  });

  it('a changed first word: the diff shows the words matched where they are contiguous', () => {
    // r029 has "what he was hearing and seeing about our efforts…. He was big on seeing stats": the
    // quotation's "was" belongs to "was big", not to "he was hearing" with nine words dropped after it.
    const r = match('She was big on seeing stats and metrics to understand what was occurring');
    expect(r.status).toBe('altered');
    expect(r.diff).toEqual([
      { op: 'added', text: 'She' },
      { op: 'equal', text: 'was big on seeing stats and metrics to understand what was occurring' },
    ]);
  });

  it('an added word', () => {
    const r = match(
      'failed to effectively prepare for, or properly manage, the implementation of the zero tolerance policy',
    );
    expect(r.status).toBe('altered');
    expect(r.diff).toContainEqual({ op: 'added', text: 'properly' });
  });

  it('the report wins a tie with a related source (r007 and the press release share these words)', () => {
    const r = match('Sessions and a small number of other Justice officials understood that DHS');
    expect(r).toMatchObject({ status: 'altered', passageIds: ['r007'], source: 'oig-21-028' });
  });

  it('two passages glued without an ellipsis', () => {
    const r = match(
      'the government’s ability to later reunite the children with their parents. DOJ officials were aware of many of these challenges prior to issuing the zero tolerance policy',
    );
    expect(r.status).toBe('altered');
    expect(r.passageIds).toEqual(['r011', 'r012']);
  });
});

describe('partial', () => {
  it('half verbatim, half in no source', () => {
    const r = match(
      'failed to effectively prepare for, or manage, the implementation of the zero tolerance policy, and its leaders misled Congress about the children they took',
    );
    expect(r.status).toBe('partial');
    expect(r.passageIds).toEqual(['r006']);
    expect(r.coverage).toBeGreaterThan(0.4);
    expect(r.coverage).toBeLessThan(0.7);
    expect(r.diff.at(-1)).toEqual({
      op: 'added',
      text: 'and its leaders misled Congress about the children they took',
    });
  });

  it('one fragment of an ellipsis-split quotation found, the other nowhere', () => {
    const r = match(
      'Sessions and a small number of other DOJ officials understood that DHS would change its policy … and they celebrated the outcome at a private dinner in Washington',
    );
    expect(r.status).toBe('partial');
    expect(r.passageIds).toEqual(['r007']);
  });
});

describe('elsewhere', () => {
  it('the draft, which differs from the final report', () => {
    const r = match(
      'careful and effective implementation of the policy, especially with regard to prosecution of family unit adults and the resulting child separations',
    );
    expect(r).toMatchObject({ status: 'elsewhere', passageIds: ['d001'], source: 'oig-21-028-draft' });
  });

  it('the press release wins over a near-miss in the report', () => {
    const r = match('failed to effectively prepare for and manage the policy’s implementation');
    expect(r).toMatchObject({ status: 'elsewhere', passageIds: ['o001'] });
  });

  it('a statement, edits still named', () => {
    const r = match(
      'sheds new light on the chaos, cruelty, and reckless disregard for [migrant] children in our nation’s custody',
    );
    expect(r.status).toBe('elsewhere');
    expect(r.passageIds).toEqual(['o010']);
    expect(r.edits).toEqual([{ type: 'replacement', text: '[migrant]', source: 'vulnerable' }]);
  });
});

describe('not-found', () => {
  it('text in no source', () => {
    const r = match('The barbaric family separation practice was immoral and illegal.');
    expect(r).toMatchObject({ status: 'not-found', passageIds: [], source: null, coverage: 0 });
  });

  it('stop words only, even though they occur everywhere', () => {
    for (const text of ['of the', 'and that it was', 'they did not', 'that the']) {
      expect(match(text).status, text).toBe('not-found');
    }
  });

  it('overlaps without three words in a row are altered only when they are most of one passage’s stretch', () => {
    // 7 of 10 words of r026 in order, every content word but one, never three in a row: a rewording of
    // that passage (lib/match/reworded.ts), so altered, never verified.
    const r = match('Secretary Nielsen or DHS did never want so refer people');
    expect(r.status).toBe('altered');
    expect(r.passageIds).toEqual(['r026']);
    expect(r.diff).toContainEqual({ op: 'added', text: 'never' });
  });

  it('three function words in a row are no evidence of a source', () => {
    // o009 has "It was a failed policy": three of four words, but only function words, match.
    expect(match('It was a failure').status).toBe('not-found');
  });

  it('a short quotation with a word changed is not claimed at all', () => {
    expect(match('driving forces').status).toBe('not-found');
  });

  it('stock phrases shared by any text on the subject are not a partial match', () => {
    expect(
      match('This new report shows just how far the Trump administration was willing to go').status,
    ).toBe('not-found');
  });

  it('an empty quotation or one of marks only', () => {
    expect(match('').status).toBe('not-found');
    expect(match('… (sic) […]').status).toBe('not-found');
  });
});
