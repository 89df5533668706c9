/**
 * extractQuotes: every quotation of an article, with offsets and the attribution the article gives.
 *
 * Offsets index the article text `blocks.map((b) => b.text).join(BLOCK_SEPARATOR)`:
 * - `start`/`end` delimit the quoted words without their marks (whitespace inside the marks trimmed);
 * - `after` is just after the closing mark, where a badge goes (`end` when unclosed or a blockquote).
 * A quotation running over several paragraphs spans from the first paragraph's words to the last's,
 * so `[start, end)` also covers the block separators and the continuation paragraphs' opening marks;
 * its `quote` is the paragraphs' quoted words joined with a single space, those marks dropped.
 * Single-quoted quotations inside a double-quoted one are part of the outer quotation, not reported
 * on their own (and the other way round, for British-style 'outer "inner"' quoting).
 */
import { type ArticleBlock, BLOCK_SEPARATOR, type ExtractedQuote } from '../types';
import { type FoundSpan, findSpans, isFragment } from './find-spans';
import type { Piece } from './spans';
import { type AttributionSpan, attributeQuotations } from './speakers';
import { isTitleCase, notSpeech } from './titles';
import { twinApostrophes } from './twin-marks';

export function blockOffsets(blocks: readonly ArticleBlock[]): number[] {
  const offsets: number[] = [];
  let at = 0;
  for (const block of blocks) {
    offsets.push(at);
    at += block.text.length + BLOCK_SEPARATOR.length;
  }
  return offsets;
}

export function extractQuotes(blocks: ArticleBlock[]): ExtractedQuote[] {
  const offsets = blockOffsets(blocks);
  const texts = blocks.map((b) => twinApostrophes(b.text));
  // Titles of works and programmes and nicknames in marks quote nobody: not reported at all.
  const kinds = new Map<FoundSpan, 'drop' | 'work' | null>();
  let previous: { span: FoundSpan; kind: 'drop' | 'work' | null } | null = null;
  for (const span of findSpans(blocks)) {
    let kind: 'drop' | 'work' | null = null;
    if (span.open && span.close && span.open.block === span.close.block) {
      const text = texts[span.open.block] as string;
      kind = notSpeech(text.slice(0, span.open.index), span.quote, text.slice(span.close.index + 1));
      // “A,” “B” and “C” after a title's cue: the list's later titles are titles too.
      const last = previous?.span.close;
      if (!kind && previous?.kind && last && last.block === span.open.block && isTitleCase(span.quote)) {
        const between = text.slice(last.index + 1, span.open.index);
        if (/^[\s,]*(?:and|or)?\s*$/.test(between)) kind = previous.kind;
      }
    }
    kinds.set(span, kind);
    previous = { span, kind };
  }
  const spans = [...kinds].filter(([, kind]) => kind !== 'drop').map(([span]) => span);
  const placed: AttributionSpan[] = spans.map((span) => {
    const first = span.pieces[0] as Piece;
    const last = span.pieces.at(-1) as Piece;
    const afterLocal = span.close ? span.close.index + 1 : last.end;
    return {
      span,
      first,
      last,
      afterLocal,
      fragment: isFragment(span.quote),
      work: kinds.get(span) === 'work',
    };
  });
  const speakers = attributeQuotations(blocks, offsets, placed);
  return placed.map((q, i) => {
    const start = (offsets[q.first.block] as number) + q.first.start;
    const end = (offsets[q.last.block] as number) + q.last.end;
    const close = q.span.close;
    return {
      quote: q.span.quote,
      start,
      end,
      after: close ? (offsets[close.block] as number) + close.index + 1 : end,
      fragment: q.fragment,
      attributedTo: speakers[i] ?? null,
      form: q.span.form,
      unclosed: q.span.unclosed,
    };
  });
}
