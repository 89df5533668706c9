/** Editorial marks, on the quotation side and on the passage side. Every quotation is written from data/passages.jsonl. */
import { describe, expect, it } from 'vitest';
import { match } from './helpers';

const types = (text: string) => match(text).edits.map((e) => e.type);

describe('ellipsis', () => {
  it('splits a quotation into fragments that must appear in order, naming what was left out', () => {
    const r = match(
      'Sessions and a small number of other DOJ officials understood … that prosecution of these family unit adults would result in children being separated from them',
    );
    expect(r.status).toBe('edited');
    expect(r.passageIds).toEqual(['r007']);
    expect(r.edits).toEqual([
      {
        type: 'ellipsis',
        text: '…',
        source:
          'that DHS would change its policy in response to the zero tolerance policy and begin referring to DOJ for criminal prosecution adults who entered the country illegally with children and',
      },
    ]);
  });

  it('accepts "...", ". . ." and "[…]" alike', () => {
    for (const mark of ['...', '. . .', '[…]', '[...]']) {
      expect(
        match(
          `The Western District of Texas employed a pilot program ${mark} that involved the prosecution of adults in family units`,
        ).status,
      ).toBe('edited');
    }
  });

  it('lets fragments land in different passages of the same source, in order', () => {
    const r = match(
      'we should NOT be categorically declining immigration prosecutions … Prosecute parents if DHS decides to separate families',
    );
    expect(r.status).toBe('edited');
    expect(r.passageIds).toEqual(['r021', 'r037']);
  });

  it('refuses fragments in the wrong order', () => {
    const r = match(
      'Prosecute parents if DHS decides to separate families … we should NOT be categorically declining immigration prosecutions',
    );
    expect(r.status).not.toBe('edited');
    expect(r.status).not.toBe('verified');
  });

  it('is not an edit when the passage has the same ellipsis', () => {
    expect(
      match(
        'He was big on seeing stats and metrics to understand what was occurring. He was very interested in making sure there was follow through…. The numbers didn’t indicate that',
      ).status,
    ).toBe('verified');
  });

  it('is an edit when the quotation runs over an omission the passage marks', () => {
    const r = match(
      'He was very interested in making sure there was follow through. The numbers didn’t indicate that',
    );
    expect(r.status).toBe('edited');
    expect(r.edits).toEqual([{ type: 'ellipsis', text: '', source: '….' }]);
  });

  it('is not an edit at the very start or end of the quotation', () => {
    expect(match('… failed to effectively prepare for, or manage, the implementation …').status).toBe(
      'verified',
    );
  });
});

describe('[brackets]', () => {
  it('an insertion of words the source does not have', () => {
    const r = match(
      'directed that I [should] draft a memo that would put in effect a zero-tolerance approach',
    );
    expect(r.status).toBe('edited');
    expect(r.edits).toEqual([{ type: 'insertion', text: '[should]' }]);
  });

  it('a replacement of a few source words, naming them', () => {
    const r = match(
      'He instructed that, per [Sessions’] policy, we should NOT be categorically declining immigration prosecutions',
    );
    expect(r.status).toBe('edited');
    expect(r.edits).toEqual([{ type: 'replacement', text: '[Sessions’]', source: 'the A.G.’s' }]);
  });

  it('a short name for a long one', () => {
    const r = match('actions by [DHS], and he perceived a need to take quick action');
    expect(r.status).toBe('edited');
    expect(r.edits).toEqual([
      { type: 'replacement', text: '[DHS]', source: 'the Department of Homeland Security' },
    ]);
  });

  it('not a replacement of a whole clause: that hides a paraphrase', () => {
    // "[other components]" for eleven words ("the Southwest border USAOs, the USMS, HHS, or the federal courts").
    const r = match(
      'did not effectively coordinate with [other components] prior to DHS implementing the new practice',
    );
    expect(r.status).toBe('altered');
    expect(r.diff).toContainEqual({ op: 'added', text: '[other components]' });
  });

  it('identical brackets on both sides are not edits', () => {
    expect(match('significantly underestimated [the policy’s] complexities').status).toBe('verified');
    const r = match(
      'The Western District of Texas employed a pilot program [the El Paso Initiative] that involved the prosecution',
    );
    expect(r.status).toBe('verified');
    expect(r.edits).toEqual([]);
  });

  it('source words printed without the source’s brackets are named', () => {
    const r = match('significantly underestimated the policy’s complexities');
    expect(r.status).toBe('edited');
    expect(r.edits).toEqual([{ type: 'insertion', text: 'the policy’s', source: '[the policy’s]' }]);
  });

  it('a bracketed case change "[T]he" is a case edit; the same change unmarked mid-quotation is too', () => {
    expect(match('[T]he Department’s single-minded focus on increasing prosecutions').edits).toEqual([
      { type: 'case', text: '[T]he', source: 'the' },
    ]);
    expect(match('the department’s single-minded focus on increasing prosecutions').edits).toEqual([
      { type: 'case', text: 'department’s', source: 'Department’s' },
    ]);
  });

  it('quoting a title-case heading in sentence case is not a case edit', () => {
    // r016 is a heading: its capitals are typography, not the words.
    const r = match(
      'did not effectively plan for or coordinate with the U.S. Attorney’s Offices, the U.S. Marshals Service',
    );
    expect(r).toMatchObject({ status: 'verified', passageIds: ['r016'], edits: [] });
  });

  it('a bracket inside a word that changes it is a replacement', () => {
    const r = match(
      'DOJ officials were aware of many of these challenges prior to issu[ance of] the zero tolerance policy',
    );
    expect(r.status).toBe('edited');
    expect(r.edits.map((e) => e.type)).toEqual(['replacement']);
  });
});

describe('(sic)', () => {
  it('is ignored for matching but reported when the quotation adds it', () => {
    const r = match(
      'I did not believe this until I looked @ the duty log & saw the fact we had accepted prosecution on (sic) moms',
    );
    expect(r.status).toBe('edited');
    expect(r.edits).toEqual([{ type: 'sic', text: '(sic)' }]);
  });

  it('is reported at the end of a quotation too', () => {
    expect(match('we had accepted prosecution on moms with one and two year olds (sic)').edits).toEqual([
      { type: 'sic', text: '(sic)' },
    ]);
  });

  it('is not an edit when the passage has it too, in either bracket form', () => {
    expect(match('no categorial (sic) decisions [with regard to] age').status).toBe('verified');
    expect(match('no categorial [sic] decisions [with regard to] age').status).toBe('verified');
  });
});

describe('symbols and numbers', () => {
  it('@ and & spelled out are symbol edits', () => {
    const r = match('until I looked at the duty log and saw the fact we had accepted prosecution');
    expect(r.status).toBe('edited');
    expect(r.edits).toEqual([
      { type: 'symbol', text: 'at', source: '@' },
      { type: 'symbol', text: 'and', source: '&' },
    ]);
  });

  it('number words for digits (and back) are number edits', () => {
    expect(types('three to seven days and a significantly longer period in some districts')).toEqual([
      'number',
      'number',
    ]);
    expect(
      types('a Fiscal Year 2019 funding shortfall of $227 million, and a shortage of three thousand beds'),
    ).toEqual(['number']);
    expect(types('we had accepted prosecution on moms with 1 and 2 year olds')).toEqual(['number', 'number']);
  });
});

describe('typography, first-letter case and end punctuation', () => {
  it('are not edits', () => {
    for (const text of [
      'we need to take away children.',
      '“We need to take away children,”',
      'WE need to take away children!',
      "the Department's single-minded focus on increasing prosecutions came at the expense",
      'the Department’s single‑minded focus on increasing prosecutions came at the expense',
      'the Department’s single minded focus on increasing prosecutions came at the expense',
    ]) {
      const r = match(text);
      expect(r.status, text).toBe('verified');
      expect(r.edits, text).toEqual([]);
    }
  });
});
