import { describe, expect, it } from 'vitest';
import { tokenise } from '@/lib/text/tokenise';

const show = (text: string) => tokenise(text).map((t) => (t.kind === 'word' ? t.key : `<${t.kind}>`));

describe('tokenise', () => {
  it('keeps offsets into the original text', () => {
    const text = 'We  have “now” heard — of us';
    for (const t of tokenise(text)) {
      expect(text.slice(t.start, t.end).toLowerCase().replace(/[“”]/g, '')).toBe(t.key);
    }
  });

  it('splits on hyphens and dashes so hyphenation does not matter', () => {
    expect(show('zero-tolerance fall—and')).toEqual(show('zero tolerance fall and'));
  });

  it('recognises every ellipsis form as one mark, and (sic) / [sic]', () => {
    expect(show('a … b ... c . . . d [...] e …. f')).toEqual([
      'a',
      '<ellipsis>',
      'b',
      '<ellipsis>',
      'c',
      '<ellipsis>',
      'd',
      '<ellipsis>',
      'e',
      '<ellipsis>',
      'f',
    ]);
    expect(show('categorial (sic) and [sic] ( Sic )')).toEqual([
      'categorial',
      '<sic>',
      'and',
      '<sic>',
      '<sic>',
    ]);
  });

  it('gives [bracketed] words a group id and flags brackets inside a word', () => {
    const tokens = tokenise('[The Attorney General] is [now] clear; [T]he prosecut[ing]');
    expect(tokens.map((t) => t.bracket)).toEqual([1, 1, 1, 0, 2, 0, 0, 0]);
    expect(tokens.filter((t) => t.partialBracket).map((t) => t.key)).toEqual(['the', 'prosecuting']);
  });

  it('makes symbols words: & is "and", @ is "at", % is "percent", per cent is one word', () => {
    expect(show('looked @ the log & 50% per cent')).toEqual([
      'looked',
      'at',
      'the',
      'log',
      'and',
      '50',
      'percent',
      'percent',
    ]);
  });

  it('treats "one" as 1 only where it counts something', () => {
    const alt = (text: string) => tokenise(text).find((t) => t.key === 'one')?.alt;
    expect(alt('moms with one and two year olds')).toBe('1');
    expect(alt('one prosecutor wrote')).toBe('1');
    expect(alt('no one knew')).toBeUndefined();
    expect(alt('one of them')).toBeUndefined();
  });

  it('reads "three thousand" as 3000, like "3,000"', () => {
    expect(show('three thousand beds')).toEqual(show('3,000 beds'));
  });

  it('marks sentence starts (case may change there)', () => {
    const starts = tokenise('child. [The Attorney] is clear: Prosecute parents').filter(
      (t) => t.sentenceStart,
    );
    expect(starts.map((t) => t.key)).toEqual(['child', 'the', 'prosecute']);
  });

  it('does not take apostrophes for quote marks inside words', () => {
    expect(show('don’t Sessions’ ’90s')).toEqual(["don't", 'sessions', '90s']);
  });
});
