/** Splits a quotation into plain runs and the runs an editorial edit explains, so the card can mark each one. */
import type { Edit } from '@/lib/types';

export interface QuoteSegment {
  text: string;
  edit?: Edit;
}

/**
 * Locates each edit's text in the quotation, in order and without overlaps. An edit whose text cannot be
 * found (the engine normalised it) stays unmarked in the text but is still listed by the card.
 */
export function markEdits(quote: string, edits: readonly Edit[]): QuoteSegment[] {
  const found: Array<{ start: number; end: number; edit: Edit }> = [];
  let cursor = 0;
  const lower = quote.toLowerCase();
  for (const edit of edits) {
    if (!edit.text) continue;
    const needle = edit.text.toLowerCase();
    let at = lower.indexOf(needle, cursor);
    if (at < 0) at = lower.indexOf(needle);
    while (at >= 0 && found.some((f) => at < f.end && at + needle.length > f.start)) {
      at = lower.indexOf(needle, at + 1);
    }
    if (at < 0) continue;
    found.push({ start: at, end: at + needle.length, edit });
    cursor = at + needle.length;
  }
  found.sort((a, b) => a.start - b.start);
  const segments: QuoteSegment[] = [];
  let pos = 0;
  for (const f of found) {
    if (f.start > pos) segments.push({ text: quote.slice(pos, f.start) });
    segments.push({ text: quote.slice(f.start, f.end), edit: f.edit });
    pos = f.end;
  }
  if (pos < quote.length) segments.push({ text: quote.slice(pos) });
  return segments;
}

/** A plain-language account of one edit, for the list under the quotation. */
export function describeEdit(edit: Edit): string {
  const was = edit.source ? `“${edit.source}”` : null;
  switch (edit.type) {
    case 'ellipsis':
      return was ? `Words left out: ${was}` : 'Words left out';
    case 'insertion':
      return 'Words added by the writer, in brackets';
    case 'replacement':
      return was ? `Bracketed words replace ${was}` : 'Bracketed words replace the original wording';
    case 'sic':
      return '“(sic)” added by the writer to flag an error in the original';
    case 'symbol':
      return was ? `Spelled out; the source has ${was}` : 'A symbol spelled out';
    case 'case':
      return was ? `Capitalisation changed; the source has ${was}` : 'Capitalisation changed';
    case 'number':
      return was ? `Number written differently; the source has ${was}` : 'Number written differently';
  }
}

export const EDIT_NAME: Record<Edit['type'], string> = {
  ellipsis: 'omission',
  insertion: 'insertion',
  replacement: 'replacement',
  sic: 'sic',
  symbol: 'symbol',
  case: 'case',
  number: 'number',
};
