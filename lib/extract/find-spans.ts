/**
 * All quotation spans of an article, before attribution: double-marked, top-level single-marked and
 * whole <blockquote> paragraphs, with whitespace trimmed off their pieces, in reading order.
 */
import type { ArticleBlock } from '../types';
import { isPersonName } from './names';
import { type Piece, pairDoubleMarks, pairSingleMarks, type QuoteSpan } from './spans';
import { twinApostrophes } from './twin-marks';
import { isSpaceAt } from './words';

export interface FoundSpan extends QuoteSpan {
  /** Quotation text: the pieces joined with one space (continuation marks dropped). */
  quote: string;
  /** A "— Name" credit that came with a <blockquote>. */
  byline: string | null;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whitespace-separated chunks with a letter or digit in them (scare quotes are counted on every span). */
export function wordCount(text: string): number {
  let count = 0;
  let i = 0;
  while (i < text.length) {
    if (isSpaceAt(text, i)) {
      i++;
      continue;
    }
    let j = i;
    let ascii = true;
    let alphanumeric = false;
    for (; j < text.length && !isSpaceAt(text, j); j++) {
      const code = text.charCodeAt(j);
      if (code >= 128) ascii = false;
      else if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122))
        alphanumeric = true;
    }
    if (alphanumeric || (!ascii && LETTER_OR_DIGIT.test(text.slice(i, j)))) count++;
    i = j;
  }
  return count;
}

/** One or two words: a scare quote, a name, a term — still checked, but flagged. */
export function isFragment(quote: string): boolean {
  return wordCount(quote) <= 2;
}

function trimPiece(text: string, p: Piece): Piece {
  let { start, end } = p;
  while (start < end && isSpaceAt(text, start)) start++;
  while (end > start && isSpaceAt(text, end - 1)) end--;
  return { block: p.block, start, end };
}

/** Ranges of a block covered by double-quoted spans, marks included. */
function doubleRanges(
  spans: readonly QuoteSpan[],
  texts: readonly string[],
): Map<number, Array<[number, number]>> {
  const byBlock = new Map<number, Array<[number, number]>>();
  for (const span of spans) {
    span.pieces.forEach((p, i) => {
      const from = i === 0 && span.open ? span.open.index : 0;
      const last = i === span.pieces.length - 1;
      const to = last && span.close ? span.close.index + 1 : last ? p.end : (texts[p.block] as string).length;
      const list = byBlock.get(p.block) ?? [];
      list.push([from, to]);
      byBlock.set(p.block, list);
    });
  }
  return byBlock;
}

/** "— Jeff Sessions" / "– Lee Gelernt, ACLU": a credit line, not a quotation. */
const CREDIT_LINE = /^[\u2014\u2013-]\s*(\p{Lu}[^\u2014\u2013]{0,80})$/u;
/** A credit at the end of a blockquote paragraph: "… never be repeated. — Jeff Sessions". */
const TRAILING_CREDIT = /\s[\u2014\u2013]\s*(\p{Lu}[^\u2014\u2013.!?]{0,60})$/u;

function creditName(credit: string): string | null {
  const name = credit.split(',')[0]?.trim() ?? '';
  return wordCount(name) <= 6 && (isPersonName(name) || /^\p{Lu}/u.test(name)) ? name : null;
}

/**
 * One quotation per <blockquote>: whole-paragraph spans of consecutive blocks of the same blockquote
 * become one span (one piece per paragraph), so it gets one badge, after its last paragraph. A credit
 * that came with any of its paragraphs names the speaker of the whole.
 */
function joinBlockquotes(
  spans: QuoteSpan[],
  blocks: readonly ArticleBlock[],
  bylines: Map<QuoteSpan, string>,
): QuoteSpan[] {
  const whole = spans
    .filter((s) => s.form === 'blockquote')
    .sort((a, b) => (a.pieces[0] as Piece).block - (b.pieces[0] as Piece).block);
  const absorbed = new Set<QuoteSpan>();
  let current: QuoteSpan | null = null;
  for (const span of whole) {
    const block = (span.pieces[0] as Piece).block;
    const prevBlock = current ? (current.pieces.at(-1) as Piece).block : -2;
    const group = blocks[block]?.blockquote;
    if (
      current &&
      group !== undefined &&
      prevBlock === block - 1 &&
      blocks[prevBlock]?.blockquote === group
    ) {
      current.pieces.push(...span.pieces);
      const byline = bylines.get(span);
      if (byline && !bylines.has(current)) bylines.set(current, byline);
      absorbed.add(span);
      continue;
    }
    current = span;
  }
  return absorbed.size === 0 ? spans : spans.filter((s) => !absorbed.has(s));
}

export function findSpans(blocks: readonly ArticleBlock[]): FoundSpan[] {
  const texts = blocks.map((b) => twinApostrophes(b.text));
  const doubles = pairDoubleMarks(texts);
  const excluded = doubleRanges(doubles, texts);
  const singles = texts.flatMap((text, b) => pairSingleMarks(text, b, excluded.get(b) ?? []));

  // Outermost quotation wins: a double-quoted span inside a single-quoted one (British style) is nested.
  const enclosed = (d: QuoteSpan) =>
    singles.some(
      (s) =>
        s.open &&
        s.close &&
        d.open &&
        d.close &&
        s.open.block === d.open.block &&
        d.close.block === d.open.block &&
        s.open.index < d.open.index &&
        s.close.index > d.close.index,
    );
  let spans: QuoteSpan[] = [...doubles.filter((d) => !enclosed(d)), ...singles];

  const bylines = new Map<QuoteSpan, string>();
  const creditBlocks = new Map<number, string>();
  blocks.forEach((block, b) => {
    if (block.kind !== 'blockquote') return;
    const inBlock = spans.filter((s) => s.pieces.some((p) => p.block === b));
    const pieceText = (s: QuoteSpan) =>
      s.pieces.map((p) => texts[p.block]?.slice(p.start, p.end) ?? '').join(' ');
    // A blockquote is a quotation by layout; marks inside it that only wrap a word or two are nested
    // scare quotes. Real quotations marked inside it ("“…,” he said") are taken as marked.
    if (!inBlock.every((s) => s.pieces.length === 1 && isFragment(pieceText(s)))) return;
    const credit = CREDIT_LINE.exec(block.text);
    if (credit?.[1] && creditName(credit[1])) {
      creditBlocks.set(b, creditName(credit[1]) as string);
      return;
    }
    spans = spans.filter((s) => !inBlock.includes(s));
    const trailing = TRAILING_CREDIT.exec(block.text);
    const trailingName = trailing?.[1] ? creditName(trailing[1]) : null;
    const end = trailingName && trailing ? trailing.index : block.text.length;
    const span: QuoteSpan = {
      pieces: [{ block: b, start: 0, end }],
      open: null,
      close: null,
      form: 'blockquote',
      unclosed: false,
    };
    if (trailingName) bylines.set(span, trailingName);
    spans.push(span);
  });

  // A credit line names the speaker of the blockquote paragraphs right before or after it.
  for (const [b, name] of creditBlocks) {
    for (const dir of [-1, 1]) {
      for (let k = b + dir; blocks[k]?.kind === 'blockquote' && !creditBlocks.has(k); k += dir) {
        for (const s of spans) {
          if (s.form === 'blockquote' && s.pieces[0]?.block === k && !bylines.has(s)) bylines.set(s, name);
        }
      }
    }
  }

  spans = joinBlockquotes(spans, blocks, bylines);

  const found: FoundSpan[] = [];
  for (const span of spans) {
    const pieces = span.pieces
      .map((p) => trimPiece(texts[p.block] as string, p))
      .filter((p) => p.end > p.start);
    if (pieces.length === 0) continue;
    const quote = pieces.map((p) => (texts[p.block] as string).slice(p.start, p.end)).join(' ');
    if (!/[\p{L}\p{N}]/u.test(quote)) continue;
    found.push({ ...span, pieces, quote, byline: bylines.get(span) ?? null });
  }
  return found.sort((a, b) => {
    const pa = a.pieces[0] as Piece;
    const pb = b.pieces[0] as Piece;
    return pa.block - pb.block || pa.start - pb.start;
  });
}
