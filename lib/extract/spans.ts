/**
 * Pairs quotation marks into spans, block by block (block-local indexes; quotes.ts turns them into
 * article offsets).
 */
import {
  canCloseSingle,
  canOpenSingle,
  doubleMarkRole,
  invertedSpacedPairs,
  isDoubleMark,
  isSingleMark,
  opensWithDoubleMark,
} from './marks';

/** Quoted text of one block, without marks: `[start, end)` in that block's text (untrimmed). */
export interface Piece {
  block: number;
  start: number;
  end: number;
}

export interface MarkPoint {
  block: number;
  index: number;
}

export interface QuoteSpan {
  /** One piece per paragraph of the quotation. */
  pieces: Piece[];
  /** The opening mark; null for a whole-<blockquote> quotation. */
  open: MarkPoint | null;
  /** The closing mark; null when the quotation is unclosed (or a whole <blockquote>). */
  close: MarkPoint | null;
  form: 'marks' | 'blockquote';
  /** Closing mark missing. */
  unclosed: boolean;
}

/**
 * Double marks (“ ” " „ « »), in reading order. A quotation may run over paragraphs when the next
 * paragraph opens with a mark (the convention for multi-paragraph quotations); otherwise a mark left
 * open at the end of a paragraph closes there, so one stray mark cannot swallow the rest of the article.
 * A new opening mark while one is open (typed with a space before and a word after) means the earlier
 * one was never closed: it ends there.
 */
export function pairDoubleMarks(blocks: readonly string[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open: MarkPoint | null = null;
  let pieces: Piece[] = [];
  let pieceStart = 0;

  const finish = (close: MarkPoint | null): void => {
    if (open) spans.push({ pieces, open, close, form: 'marks', unclosed: close === null });
    open = null;
    pieces = [];
  };

  for (let b = 0; b < blocks.length; b++) {
    const text = blocks[b] as string;
    // Continuing a quotation from the previous paragraph: this paragraph's first mark re-opens it.
    let continuationMarkPending = open !== null;
    const inverted = new Map(invertedSpacedPairs(text));
    const invertedClose = new Set(inverted.values());
    for (let i = 0; i < text.length; i++) {
      if (!isDoubleMark(text[i] as string)) continue;
      if (continuationMarkPending) {
        continuationMarkPending = false;
        pieceStart = i + 1;
        continue;
      }
      // `” like this “`: the pair decides, when it stands outside any quotation.
      const role =
        !open && inverted.has(i)
          ? 'open'
          : open?.block === b && invertedClose.has(i) && inverted.get(open.index) === i
            ? 'close'
            : doubleMarkRole(text, i, open !== null);
      if (role === 'open') {
        if (open) {
          pieces.push({ block: b, start: pieceStart, end: i });
          finish(null);
        }
        open = { block: b, index: i };
        pieces = [];
        pieceStart = i + 1;
      } else if (role === 'close' && open) {
        pieces.push({ block: b, start: pieceStart, end: i });
        finish({ block: b, index: i });
      }
      // A closing mark with nothing open is a stray: ignored.
    }
    if (open) {
      pieces.push({ block: b, start: pieceStart, end: text.length });
      const next = blocks[b + 1];
      if (next === undefined || !opensWithDoubleMark(next)) finish(null);
    }
  }
  return spans;
}

/** Words a leading apostrophe shortens: 'em, 'til, 'n', '90s … — not quotations. */
const ELISION =
  /^(?:em|til|tis|twas|cause|cos|coz|n|bout|round|nuff|kay|ol|sup|ere|fraid|\d0s|\d\ds|\d\d)(?![A-Za-z])/i;

/** Letters before a closing single mark that make it look like a plural possessive (parents’ fault). */
function looksPossessive(text: string, c: number): boolean {
  return /s/i.test(text[c - 1] ?? '') && text[c + 1] === ' ' && /[a-z]/.test(text[c + 2] ?? '');
}

/**
 * Top-level single-quoted quotations in one block (‘like this’, 'like this', headline style), outside
 * the `excluded` ranges (double-quoted spans, where single marks are nested quotes of the outer one).
 * Single marks double as apostrophes, so only a clear pair counts: an opening mark at the start of a
 * word that is not an elision, closed by a mark at the end of a word, in the same paragraph. A closing
 * candidate that looks like a plural possessive (“the parents’ fault”) is passed over when a later
 * candidate exists. Unpaired single marks are apostrophes, never unclosed quotations.
 */
export function pairSingleMarks(
  text: string,
  block: number,
  excluded: ReadonlyArray<readonly [number, number]>,
): QuoteSpan[] {
  const inExcluded = (i: number) => excluded.some(([s, e]) => i >= s && i < e);
  const openers: number[] = [];
  const closers: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!isSingleMark(text[i] as string) || inExcluded(i)) continue;
    if (canOpenSingle(text, i)) {
      if (!ELISION.test(text.slice(i + 1))) openers.push(i);
    } else if (canCloseSingle(text, i)) {
      closers.push(i);
    }
  }

  const spans: QuoteSpan[] = [];
  let consumedUpTo = -1;
  for (let k = 0; k < openers.length; k++) {
    const o = openers[k] as number;
    if (o <= consumedUpTo) continue;
    const limit = openers.find((x) => x > o) ?? text.length;
    const candidates = closers.filter((c) => c > o && c < limit);
    const c = candidates.find((x) => !looksPossessive(text, x)) ?? candidates[0];
    if (c === undefined) continue;
    const inner = text.slice(o + 1, c);
    if ((inner.match(/\p{L}/gu) ?? []).length < 2) continue;
    spans.push({
      pieces: [{ block, start: o + 1, end: c }],
      open: { block, index: o },
      close: { block, index: c },
      form: 'marks',
      unclosed: false,
    });
    consumedUpTo = c;
  }
  return spans;
}
