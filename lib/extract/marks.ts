/**
 * Quotation marks and the role a mark plays where it stands. Writers and CMSs mix curly and straight
 * marks and sometimes type the wrong curly one, so the role comes from the mark's surroundings
 * (what is on its left and right, as Markdown's "flanking" rule does), and the mark's own shape
 * only breaks ties. The marks themselves are in lib/text/quote-marks.ts.
 */
import {
  DOUBLE_CLOSING,
  DOUBLE_NEUTRAL,
  DOUBLE_OPENING,
  SINGLE_CLOSING,
  SINGLE_OPENING,
} from '../text/quote-marks';

const DOUBLE_OPENING_SET = new Set(DOUBLE_OPENING);
const SINGLE_OPENING_SET = new Set(SINGLE_OPENING);
const SINGLE_CLOSING_SET = new Set(SINGLE_CLOSING);

/** Every mark as one string: the mark tests run on every character of the article. */
const DOUBLE_MARKS = DOUBLE_OPENING + DOUBLE_CLOSING + DOUBLE_NEUTRAL;
const SINGLE_MARKS = SINGLE_OPENING + SINGLE_CLOSING;

/** A letter, digit or space (most characters) is never a mark: answered without a lookup. */
const plainAscii = (ch: string) => {
  const code = ch.charCodeAt(0);
  return ch.length === 1 && code < 128 && code !== 34 && code !== 39;
};

export function isDoubleMark(ch: string): boolean {
  return ch.length === 1 && !plainAscii(ch) && DOUBLE_MARKS.includes(ch);
}

export function isSingleMark(ch: string): boolean {
  return ch.length === 1 && !plainAscii(ch) && SINGLE_MARKS.includes(ch);
}

export function isQuoteMark(ch: string): boolean {
  return isDoubleMark(ch) || isSingleMark(ch);
}

/** Characters after which a mark is at the start of a phrase. */
const OPEN_CONTEXT = /[\s([{\u2014\u2013/]/;
/** Characters before which a mark is at the end of a phrase. */
const CLOSE_CONTEXT = /[\s.,;:!?)\]}\u2014\u2013\u2026-]/;

/** Nothing, whitespace or opening punctuation (or another mark) on the left. */
export function openOnLeft(text: string, i: number): boolean {
  const prev = text[i - 1];
  return prev === undefined || OPEN_CONTEXT.test(prev) || isQuoteMark(prev);
}

/** Nothing, whitespace or closing punctuation (or another mark) on the right. */
export function openOnRight(text: string, i: number): boolean {
  const next = text[i + 1];
  return next === undefined || CLOSE_CONTEXT.test(next) || isQuoteMark(next);
}

/**
 * - 'open' / 'close': the surroundings decide (a word on one side only).
 * - 'spaced': blank on both sides; 'inword': words on both sides. Only the reader's state can
 *   decide these (is a quotation open?), helped by the mark's shape.
 */
export type MarkPosition = 'open' | 'close' | 'spaced' | 'inword';

export function markPosition(text: string, i: number): MarkPosition {
  const left = openOnLeft(text, i);
  const right = openOnRight(text, i);
  if (left && !right) return 'open';
  if (!left && right) return 'close';
  return left ? 'spaced' : 'inword';
}

/** Role of a double mark given whether a quotation is currently open; null = ignore the mark. */
export function doubleMarkRole(text: string, i: number, quoteOpen: boolean): 'open' | 'close' | null {
  const pos = markPosition(text, i);
  if (pos === 'open' || pos === 'close') return pos;
  const ch = text[i] as string;
  if (quoteOpen) return 'close';
  // A lone shapeless mark with nothing open is more likely an inch sign or debris than a quotation.
  return DOUBLE_OPENING_SET.has(ch) ? 'open' : null;
}

/**
 * Rewrite sites sometimes print a quotation inside out and spaced, `” like this “`: a closing mark to open,
 * an opening one to close, blanks inside both. Pairs of such marks in one block, as [open, close] indexes:
 * a closing-shaped mark with blanks on both sides, and the next double mark after it opening-shaped,
 * blank before it (closing punctuation may follow), with a letter or digit between them. A correctly
 * shaped mark between them, or a wrong one alone, is no such pair.
 */
export function invertedSpacedPairs(text: string): Array<[number, number]> {
  const marks: number[] = [];
  for (let i = 0; i < text.length; i++) if (isDoubleMark(text[i] as string)) marks.push(i);
  const pairs: Array<[number, number]> = [];
  for (let k = 0; k + 1 < marks.length; k++) {
    const o = marks[k] as number;
    const c = marks[k + 1] as number;
    if (!DOUBLE_CLOSING.includes(text[o] as string) || markPosition(text, o) !== 'spaced') continue;
    if (!DOUBLE_OPENING_SET.has(text[c] as string)) continue;
    const pos = markPosition(text, c);
    if ((pos !== 'spaced' && pos !== 'close') || !/\s/.test(text[c - 1] ?? '')) continue;
    if (!/[\p{L}\p{N}]/u.test(text.slice(o + 1, c))) continue;
    pairs.push([o, c]);
    k++;
  }
  return pairs;
}

/** Can this single mark open a top-level quotation here? (‘like this’ or 'like this') */
export function canOpenSingle(text: string, i: number): boolean {
  return SINGLE_OPENING_SET.has(text[i] as string) && markPosition(text, i) === 'open';
}

/** Can this single mark close one here? A mark between two letters (don't) never can. */
export function canCloseSingle(text: string, i: number): boolean {
  return SINGLE_CLOSING_SET.has(text[i] as string) && markPosition(text, i) === 'close';
}

/** Does the text (a block) begin, after blanks, with a mark that opens a quotation? */
export function opensWithDoubleMark(text: string): boolean {
  const m = /^\s*/.exec(text);
  const i = m ? m[0].length : 0;
  return isDoubleMark(text[i] ?? '') && markPosition(text, i) === 'open';
}
