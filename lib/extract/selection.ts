/**
 * What a selection asks us to check. A reader often selects a little more than the quotation — its
 * marks and the attribution after it (“…,” Sessions said) — or exactly the quoted words inside a
 * paragraph that names the speaker. The same extractor that reads articles finds the quotation and who
 * the page says spoke it, so explicit checks get the attribution check badges get.
 */
import { ANGLE, CURLY, LOW_AND_REVERSED, OTHER_SCRIPTS, STRAIGHT } from '../text/quote-marks';
import { normaliseQuote } from '../text/quote-text';
import type { ExtractedQuote } from '../types';
import { extractQuotes } from './quotes';

export interface SelectionQuote {
  /** The quoted words, as selected (whitespace runs made one space). */
  text: string;
  attributedTo: string | null;
}

const LETTER = /\p{L}/u;

function quotationsIn(text: string): ExtractedQuote[] {
  return extractQuotes([{ text, kind: 'p' }]).filter((q) => !q.fragment);
}

/** Comparison form: no case, no quotation marks or punctuation at the edges, one space between words. */
function comparable(text: string): string {
  return normaliseQuote(text)
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/**
 * The one quotation a selection holds together with words outside its marks (an attribution, a lead-in),
 * or null when the selection is the quotation itself, holds several, or none.
 */
function quotationWithinSelection(selection: string): ExtractedQuote | null {
  const found = quotationsIn(selection);
  if (found.length !== 1) return null;
  const q = found[0] as ExtractedQuote;
  const outside = selection.slice(0, Math.max(0, q.start - 1)) + selection.slice(q.after);
  return LETTER.test(outside) ? q : null;
}

/** Who the surrounding text says spoke `words`, when it quotes them; null otherwise. */
function attributionInContext(words: string, context: string | undefined): string | null {
  if (!context) return null;
  const target = comparable(words);
  if (!target) return null;
  const q = quotationsIn(normaliseQuote(context)).find((c) => comparable(c.quote).includes(target));
  return q?.attributedTo ?? null;
}

export function selectionQuote(selection: string, context?: string): SelectionQuote {
  const text = normaliseQuote(selection);
  const inner = quotationWithinSelection(text);
  if (inner) return { text: inner.quote, attributedTo: inner.attributedTo };
  return { text, attributedTo: attributionInContext(text, context) };
}

export const MAX_QUOTE_CHARS = 2000;

/**
 * Quotation marks of every kind, straight, curly, low, angle and other scripts', that may enclose a
 * selection; not the double prime, which at the edge of a selection is an inch sign (12″).
 */
const MARKS = STRAIGHT + CURLY + ANGLE + LOW_AND_REVERSED + OTHER_SCRIPTS;
const ENCLOSING = new RegExp(`^[\\s${MARKS}]+|[\\s${MARKS}]+$`, 'gu');

/**
 * The quotation a selection holds: surrounding marks and whitespace stripped, whitespace runs made one
 * space. Null when it is not something to check: empty, longer than MAX_QUOTE_CHARS, or without a letter.
 */
export function quotationFromSelection(raw: string): string | null {
  const quote = normaliseQuote(raw.replace(ENCLOSING, ''));
  if (quote === '' || [...quote].length > MAX_QUOTE_CHARS || !/\p{L}/u.test(quote)) return null;
  return quote;
}
