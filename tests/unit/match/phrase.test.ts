/**
 * The least evidence a `verified` verdict needs (lib/match/verdict.ts): a word or a short phrase that
 * occurs in a source is a `phrase`, never verified, however exactly it aligns.
 */
import { describe, expect, it } from 'vitest';
import { match } from './helpers';

describe('short quotations are phrases, not verified quotations', () => {
  it.each([
    ['a scare-quoted collocation', 'driving force'],
    ['a policy name', 'zero tolerance'],
    ['a three-word stock phrase', 'zero tolerance policy'],
    ['a single content word', 'deterrent'],
    ['a single word with its full stop', 'swift.'],
  ])('%s (“%s”)', (_label, quote) => {
    const r = match(quote);
    expect(r.status).toBe('phrase');
    expect(r.status).not.toBe('verified');
    expect(r.passageIds.length).toBeGreaterThan(0);
  });

  it('a two-word phrase of a related statement is a phrase too, not "said elsewhere"', () => {
    expect(match('dark chapter').status).toBe('phrase');
  });

  it('a phrase found in the report still points at the report', () => {
    expect(match('driving force')).toMatchObject({
      status: 'phrase',
      passageIds: ['r008'],
      source: 'oig-21-028',
    });
  });

  it('function words alone are not even a phrase', () => {
    expect(match('of the').status).toBe('not-found');
  });
});

describe('long enough to verify', () => {
  it('four words with two content words', () => {
    expect(match('take away children; if care').status).toBe('verified');
  });

  it('a sentence of function words around two content words', () => {
    expect(match('Those two cases should not have been declined').status).toBe('verified');
  });

  it('bracketed words do not count towards the length', () => {
    // Two words of the quotation's own plus an insertion: still a phrase.
    expect(match('[the] driving force').status).toBe('phrase');
  });
});
