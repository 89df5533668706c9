/**
 * Normalisation for comparison only: what a word is compared as, never what is shown. Every function here
 * maps typographic variants a newsroom or a PDF introduces (curly quotes, primes, dashes, soft hyphens,
 * compatibility characters, case) onto one form, so two printings of the same words compare equal.
 */

import { lookupOf } from './lookup';
import {
  ANGLE,
  APOSTROPHE_LIKE,
  CURLY,
  DOUBLE_PRIME,
  LOW_AND_REVERSED,
  markClass,
  STRAIGHT,
} from './quote-marks';

/**
 * Every apostrophe, quote and prime form: compared as a straight apostrophe. Other scripts' marks are
 * left alone (NFKC already folds the fullwidth ones).
 */
const QUOTE_FORMS = new RegExp(
  markClass(STRAIGHT + CURLY + ANGLE + LOW_AND_REVERSED + DOUBLE_PRIME + APOSTROPHE_LIKE),
  'g',
);
/** Hyphens, dashes and minus signs: one form. */
export const DASH_FORMS = /[-‐‑‒–—―⁃−﹘﹣－]/g;
/** Characters that are invisible in print and must not split or change a word. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
/** Non-breaking and other wide spaces (NFKC already folds most; the rest here). */
const SPACES = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g;

/**
 * Number words whose digit form is unambiguous: "three" is always 3. "one" is excluded (a pronoun as often
 * as a numeral: "no one", "one of them"; see `numeralOne` in tokenise.ts), and so is "zero", which in this
 * corpus is mostly the policy's name, never a count.
 */
const NUMBER_WORDS: Record<string, string> = {
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  eleven: '11',
  twelve: '12',
  thirteen: '13',
  fourteen: '14',
  fifteen: '15',
  sixteen: '16',
  seventeen: '17',
  eighteen: '18',
  nineteen: '19',
  twenty: '20',
  thirty: '30',
  forty: '40',
  fifty: '50',
  sixty: '60',
  seventy: '70',
  eighty: '80',
  ninety: '90',
};

/** Symbols that stand for a word; spelling one out is an editorial change of type 'symbol'. */
export const SYMBOL_WORDS: Record<string, string> = { '&': 'and', '@': 'at', '%': 'percent', '＆': 'and' };

const NUMBER_LOOKUP = lookupOf(NUMBER_WORDS);
export const SYMBOL_LOOKUP = lookupOf(SYMBOL_WORDS);

/** String-level normalisation of any text (for callers that compare whole strings). */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(QUOTE_FORMS, "'")
    .replace(DASH_FORMS, '-')
    .replace(SPACES, ' ')
    .trim()
    .toLowerCase();
}

export interface WordKey {
  /** The form words are compared by. */
  key: string;
  /** How the word was written, where that matters for naming an edit. */
  form: 'word' | 'digits' | 'number-word' | 'symbol';
}

const isAsciiLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/**
 * `/^[A-Za-z]+(?:['’][A-Za-z]+)?$/` without a regular expression: every word of every passage and
 * quotation goes through here, and most are plain.
 */
function isPlainWord(raw: string): boolean {
  let apostrophe = -1;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (isAsciiLetter(code)) continue;
    // One apostrophe, with letters on both sides.
    if ((code === 39 || code === 0x2019) && apostrophe < 0 && i > 0 && i < raw.length - 1) {
      apostrophe = i;
      continue;
    }
    return false;
  }
  return raw.length > 0;
}

/** Comparison key of one word as printed (brackets already removed by the caller). */
export function wordKey(raw: string): WordKey {
  const symbol = SYMBOL_LOOKUP.get(raw);
  if (symbol) return { key: symbol, form: 'symbol' };
  // Plain ASCII letters, possibly with an apostrophe (most words): nothing to normalise but case and quotes.
  if (isPlainWord(raw)) {
    const lower = raw.toLowerCase().replace('’', "'");
    const n = NUMBER_LOOKUP.get(lower);
    return n ? { key: n, form: 'number-word' } : { key: lower, form: 'word' };
  }
  let key = raw.normalize('NFKC').replace(INVISIBLE, '').replace(QUOTE_FORMS, "'").toLowerCase();
  // Apostrophes at a word's edges are quotation marks or a plural possessive, not spelling.
  key = key.replace(/^'+|'+$/g, '');
  // "U.S." / "US", "A.G." / "AG": periods between letters are typography.
  key = key.replace(/(?<=\p{L})\.(?=\p{L}|')/gu, '').replace(/\.$/, '');
  // "3,000" / "3000": thousands separators are typography.
  key = key.replace(/(?<=\d),(?=\d{3})/g, '');
  const number = NUMBER_LOOKUP.get(key);
  if (number) return { key: number, form: 'number-word' };
  if (/^\d[\d.,]*$/.test(key)) return { key, form: 'digits' };
  return { key, form: 'word' };
}
