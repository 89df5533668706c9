/**
 * Reworded quotations (lib/match/reworded.ts): a passage's words reordered, a verb swapped, words dropped
 * or added, so that trigram retrieval alone finds too little. They come out `altered`, with the passage,
 * its page and the word diff, never verified; sentences that only share a few words with the corpus's
 * subject stay not found. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { concordance, stemOf } from '@/lib/match/reworded';
import { match } from './helpers';

const changed = (r: ReturnType<typeof match>) => r.diff.filter((d) => d.op !== 'equal');

describe('reworded quotations are altered, with their passage', () => {
  it.each([
    [
      'a swapped verb, a word dropped and a phrase reworded',
      'the OAG pushed for this policy change at DHS and was thus a driving force behind the decision',
      'r008',
    ],
    [
      'a clause moved after its noun',
      'the Department’s focus on increasing prosecutions, which was single-minded, came at the expense of appropriate and careful consideration',
      'r011',
    ],
    [
      'words reordered and a verb turned into another form',
      'The department failed to prepare effectively for, or to manage, how the zero tolerance policy was implemented',
      'r006',
    ],
    [
      'reordered particle and added words',
      'we have to take away the children, if they care about kids don’t bring them',
      'r018',
    ],
  ])('%s', (_label, quote, passage) => {
    const r = match(quote);
    expect(r.status).toBe('altered');
    expect(r.passageIds).toContain(passage);
    expect(r.source).toBe('oig-21-028');
    expect(changed(r).length).toBeGreaterThan(0);
    expect(r.highlights.length).toBeGreaterThan(0);
  });

  it('carries the passage’s page', () => {
    const r = match(
      'The department failed to prepare effectively for, or to manage, how the zero tolerance policy was implemented',
    );
    expect(r.page).toBe('i');
    expect(r.diff).toContainEqual({ op: 'added', text: 'effectively' });
  });

  it('“take the children away” for “take away children” inside a sentence', () => {
    const r = match('We need to take the children away');
    expect(r.status).toBe('altered');
    expect(r.passageIds).toEqual(['r018']);
  });
});

describe('unrelated sentences that share a few words stay not found', () => {
  it.each([
    'Children were separated at the border after their parents were referred for prosecution',
    'The attorney general said adults who cross the border illegally with children will be prosecuted',
    'Officials said the prosecution of family members would continue despite the court order',
    'The report found that the department did not plan for the increase in prosecutions',
    'The president signed an executive order ending the practice of separating families',
    'Parents who crossed the border with their children were prosecuted and separated from them',
    'We will not give amnesty to people who bring their kids across the border illegally',
    'The department’s leadership failed to coordinate with the marshals and the courts',
    'The city council approved the budget after a long debate about police funding',
  ])('%s', (quote) => {
    expect(match(quote).status).toBe('not-found');
  });

  it('subject and object swapped reverse the order: not enough to be a rewording', () => {
    expect(concordance([0, 1, 2], [2, 1, 0])).toBe(0);
    expect(concordance([0, 1, 2, 3], [0, 1, 3, 2])).toBeCloseTo(5 / 6);
  });
});

describe('stems', () => {
  it('puts inflected forms of one verb together, and leaves short words alone', () => {
    expect(stemOf('referred')).toBe(stemOf('referring'));
    expect(stemOf('prosecuted')).toBe(stemOf('prosecute'));
    expect(stemOf('crosses')).toBe(stemOf('cross'));
    expect(stemOf('uses')).toBe('uses');
  });
});
