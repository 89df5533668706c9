/**
 * Splits text into words and editorial marks, each with character offsets into the ORIGINAL string (so a
 * card can highlight the words as printed) and a comparison key (lib/text/normalise.ts).
 *
 * Marks are tokens of their own so the matcher can reason about them on both sides, quotation and passage:
 *   - ellipsis: "…", "...", ". . .", "[…]";
 *   - sic: "(sic)", "[sic]";
 *   - [bracketed] words keep a bracket group id; "[T]he" (a bracket inside a word) is one word flagged
 *     `partialBracket`.
 * Hyphens and dashes separate words, so "zero-tolerance", "zero tolerance" and "fall—and" compare alike.
 * Other punctuation is not tokenised: it is never what makes two printings of a quotation differ in words.
 */

import { at } from './at';
import { lookupOf } from './lookup';
import { SYMBOL_LOOKUP, type WordKey, wordKey } from './normalise';
import { ANGLE, CURLY, STRAIGHT } from './quote-marks';
import { isStopWord } from './stopwords';

export interface Token {
  kind: 'word' | 'ellipsis' | 'sic';
  /** Comparison key; for marks, the mark's kind. */
  key: string;
  /** A second key this word also equals ("one" used as a numeral equals "1"). */
  alt?: string;
  form: WordKey['form'];
  /** Offsets into the original text. */
  start: number;
  end: number;
  /** 0 outside brackets; otherwise the id of the [bracket group] the word is in. */
  bracket: number;
  /** A bracket inside the word, as in "[T]he" or "prosecut[ing]". */
  partialBracket: boolean;
  /** First word of the text or of a sentence (after . ! ? : ; or an ellipsis): its case may change freely. */
  sentenceStart: boolean;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}\u00AD\u200B-\u200D\u2060]/u;
const APOSTROPHES = "'’‘ʼ′`´";
/** One character, tested at the end of every word: a string search, not a regular expression. */
const isApostrophe = (c: string) => c.length === 1 && APOSTROPHES.includes(c);
const SIC = /[[(]\s*sic\s*[\])]/iy;
const ELLIPSIS = /\[\s*(?:…|\.(?:\s?\.){2,})\s*\]|…+\.?|\.(?:\s?\.){2,}/y;
/** Longest word piece accepted inside a glued bracket ("[T]he", "prosecut[ing]"). */
const MAX_GLUED_BRACKET = 12;
/**
 * Characters skipped when looking back for the end of the previous sentence: blanks, brackets, dashes
 * and the marks that close a quotation in English and French print (low and reversed marks open one).
 */
const SENTENCE_SKIP = new RegExp(`[\\s${STRAIGHT}${CURLY}${ANGLE}[\\]()\\-–—]`);
const SENTENCE_END = /[.!?:;…]/;

function isWordChar(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  // ASCII letters and digits without a regular expression: most characters of most texts.
  if (code < 128)
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return WORD_CHAR.test(c);
}

/** If a glued bracket "[xx]" starts at i, its end (just after "]"); otherwise -1. */
function gluedBracketEnd(text: string, i: number, inWord: boolean): number {
  if (text[i] !== '[') return -1;
  let j = i + 1;
  while (j < text.length && j - i <= MAX_GLUED_BRACKET && isWordChar(text[j])) j++;
  if (j === i + 1 || text[j] !== ']') return -1;
  // Glued only if it touches word characters: "[T]he" (after) or "prosecut[ing]" (before).
  return inWord || isWordChar(text[j + 1]) ? j + 1 : -1;
}

/** Reads one word starting at i; returns its end and whether a bracket sits inside it. */
function readWord(text: string, i: number): { end: number; partialBracket: boolean } {
  let j = i;
  let partialBracket = false;
  while (j < text.length) {
    const c = at(text, j);
    if (isWordChar(c)) {
      j++;
      continue;
    }
    const glued = gluedBracketEnd(text, j, j > i);
    if (glued > 0) {
      partialBracket = true;
      j = glued;
      continue;
    }
    const next = text[j + 1];
    const connector =
      ((isApostrophe(c) || c === '.') && isWordChar(next)) ||
      (c === '.' && next !== undefined && isApostrophe(next) && isWordChar(text[j + 2])) ||
      (c === ',' && /\d/.test(text[j - 1] ?? '') && /\d/.test(next ?? ''));
    if (!connector) break;
    j++;
  }
  return { end: j, partialBracket };
}

function isSentenceStart(text: string, start: number): boolean {
  let j = start - 1;
  while (j >= 0 && SENTENCE_SKIP.test(at(text, j))) j--;
  return j < 0 || SENTENCE_END.test(at(text, j));
}

export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  let depth = 0;
  let group = 0;
  let i = 0;
  const mark = (kind: 'ellipsis' | 'sic', end: number) => {
    tokens.push({
      kind,
      key: kind,
      form: 'symbol',
      start: i,
      end,
      bracket: 0,
      partialBracket: false,
      sentenceStart: false,
    });
    i = end;
  };
  while (i < text.length) {
    const c = at(text, i);
    // Marks start with one of these characters; testing first keeps tokenising linear and cheap.
    if (c === '(' || c === '[') {
      SIC.lastIndex = i;
      const sic = SIC.exec(text);
      if (sic) {
        mark('sic', i + sic[0].length);
        continue;
      }
    }
    if (c === '.' || c === '…' || c === '[') {
      ELLIPSIS.lastIndex = i;
      const ellipsis = ELLIPSIS.exec(text);
      if (ellipsis) {
        mark('ellipsis', i + ellipsis[0].length);
        continue;
      }
    }
    if (isWordChar(c) || gluedBracketEnd(text, i, false) > 0) {
      const read = readWord(text, i);
      const end = read.end;
      // Only a word with a glued bracket has brackets to strip.
      const raw = read.partialBracket ? text.slice(i, end).replace(/[[\]]/g, '') : text.slice(i, end);
      const { key, form } = wordKey(raw);
      // "issu[ance of]": a word completed by the bracket that follows it belongs to that bracket.
      const completedByBracket = depth === 0 && text[end] === '[';
      tokens.push({
        kind: 'word',
        key,
        form,
        start: i,
        end,
        bracket: depth > 0 ? group : completedByBracket ? group + 1 : 0,
        partialBracket: read.partialBracket || completedByBracket,
        sentenceStart: isSentenceStart(text, i),
      });
      i = end;
      continue;
    }
    const symbol = SYMBOL_LOOKUP.get(c);
    if (symbol) {
      tokens.push({
        kind: 'word',
        key: symbol,
        form: 'symbol',
        start: i,
        end: i + 1,
        bracket: depth > 0 ? group : 0,
        partialBracket: false,
        sentenceStart: false,
      });
    } else if (c === '[') {
      if (depth === 0) group++;
      depth++;
    } else if (c === ']') {
      depth = Math.max(0, depth - 1);
    }
    i++;
  }
  return markNumerals(mergeCompounds(tokens));
}

const MULTIPLIERS = lookupOf<number>({ hundred: 100, thousand: 1000 });

/**
 * Words that are one word for comparison: "per cent" is "percent"; "three thousand" and "3 thousand" are
 * "3000" (as "3,000" is). "million"/"billion" stay words: newsrooms and reports both write "$227 million".
 */
function mergeCompounds(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const prev = out[out.length - 1];
    if (t.kind === 'word' && t.key === 'cent' && prev?.kind === 'word' && prev.key === 'per') {
      out[out.length - 1] = { ...prev, key: 'percent', end: t.end };
      continue;
    }
    const multiplier = t.kind === 'word' ? MULTIPLIERS.get(t.key) : undefined;
    if (multiplier && prev?.kind === 'word' && /^\d+$/.test(prev.key)) {
      out[out.length - 1] = {
        ...prev,
        key: String(Number(prev.key) * multiplier),
        form: 'number-word',
        end: t.end,
      };
      continue;
    }
    out.push(t);
  }
  return out;
}

/** Words before "one" that make it a pronoun ("no one", "the one", "each one"). */
const PRONOUN_BEFORE = new Set(['no', 'any', 'some', 'every', 'the', 'each', 'this', 'that', 'which', 'a']);
/** Words after "one" that keep it a numeral ("one and two year olds", "one to three"). */
const NUMERAL_AFTER = new Set(['and', 'or', 'to', 'in', 'percent']);

/**
 * "one" equals "1" only where it is a count: followed by a content word ("one prosecutor", "one year") or
 * by a number range ("one and two", "one or two"), and not preceded by a determiner.
 */
function markNumerals(tokens: Token[]): Token[] {
  tokens.forEach((t, i) => {
    if (t.kind !== 'word' || t.key !== 'one') return;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (prev?.kind === 'word' && PRONOUN_BEFORE.has(prev.key)) return;
    if (next?.kind !== 'word') return;
    if (NUMERAL_AFTER.has(next.key) || next.form === 'digits' || !isStopWord(next.key)) t.alt = '1';
  });
  return tokens;
}

export const wordTokens = (tokens: Token[]) => tokens.filter((t) => t.kind === 'word');
