/**
 * Where a quotation closes in the article text (blocks joined with BLOCK_SEPARATOR): the block holding
 * the character before its `after` offset, and the offset in that block. Pure, so the pipeline (which
 * extracts) and the content script (which places badges) agree on it exactly.
 */
import { BLOCK_SEPARATOR } from '../types';

export function blockStarts(texts: readonly string[]): number[] {
  const starts: number[] = [];
  let pos = 0;
  for (const t of texts) {
    starts.push(pos);
    pos += t.length + BLOCK_SEPARATOR.length;
  }
  return starts;
}

/** Null when `after` does not fall inside a block (never for a quotation extracted from these texts). */
export function closingBlock(
  texts: readonly string[],
  starts: readonly number[],
  after: number,
): { index: number; offset: number } | null {
  if (!Number.isInteger(after)) return null;
  const at = Math.max(0, after - 1);
  let i = starts.length - 1;
  while (i > 0 && (starts[i] as number) > at) i--;
  if (i < 0) return null;
  const offset = after - (starts[i] as number);
  if (offset <= 0 || offset > (texts[i] as string).length) return null;
  return { index: i, offset };
}
