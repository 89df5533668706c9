import { describe, expect, it } from 'vitest';
import { normaliseText, wordKey } from '@/lib/text/normalise';

describe('normaliseText', () => {
  it('folds quote forms, dashes, soft hyphens, nbsp, repeated spaces, compatibility forms and case', () => {
    expect(normaliseText('The Department’s  “zero\u00A0tolerance” poli\u00ADcy — ﬁnal')).toBe(
      "the department's 'zero tolerance' policy - final",
    );
    expect(normaliseText('fall–and it worked')).toBe(normaliseText('fall-and it worked'));
  });
});

describe('wordKey', () => {
  it('compares apostrophe and prime forms alike', () => {
    expect(wordKey('Department’s').key).toBe(wordKey("Department's").key);
    expect(wordKey('Department′s').key).toBe(wordKey("department's").key);
  });

  it('ignores periods of initialisms and thousands separators', () => {
    expect(wordKey('U.S').key).toBe(wordKey('US').key);
    expect(wordKey('A.G.’s').key).toBe("ag's");
    expect(wordKey('3,000').key).toBe('3000');
    expect(wordKey('3.5').key).toBe('3.5');
  });

  it('maps unambiguous number words to digits and remembers the form', () => {
    expect(wordKey('three')).toEqual({ key: '3', form: 'number-word' });
    expect(wordKey('3')).toEqual({ key: '3', form: 'digits' });
    // "one" and "zero" are not numerals in general ("no one", "zero tolerance").
    expect(wordKey('one').key).toBe('one');
    expect(wordKey('zero').key).toBe('zero');
  });

  it('spells symbols as the word they stand for, remembering they were symbols', () => {
    expect(wordKey('&')).toEqual({ key: 'and', form: 'symbol' });
    expect(wordKey('@')).toEqual({ key: 'at', form: 'symbol' });
    expect(wordKey('%')).toEqual({ key: 'percent', form: 'symbol' });
  });

  it('drops invisible characters inside words', () => {
    expect(wordKey('separa\u00ADtions').key).toBe('separations');
    expect(wordKey('separa\u200Btions').key).toBe('separations');
  });
});

describe('word tables hold only their own entries', () => {
  // Names every JavaScript object inherits are ordinary words in a quotation, not number or symbol words.
  it.each(['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__'])(
    '“%s” is a plain word',
    (word) => {
      expect(wordKey(word)).toEqual({ key: word.toLowerCase(), form: 'word' });
      expect(wordKey(word.toUpperCase())).toEqual({ key: word.toLowerCase(), form: 'word' });
    },
  );
});
