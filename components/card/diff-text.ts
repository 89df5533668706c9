/**
 * The engine's word diff holds word runs without the spaces between them ("came at the" · "expense" ·
 * "cost" · "of"). Shown as is, the runs read "theexpensecostof". This puts back what separates them:
 * the quotation's own characters between two runs it holds side by side, else one space.
 */
import type { DiffPart } from '@/lib/types';

export interface DiffRun {
  op: DiffPart['op'] | 'gap';
  text: string;
}

/** Only spaces and punctuation: what may stand between two runs without being a word of its own. */
const SEPARATOR = /^[\s\p{P}]*$/u;

export function diffRuns(quote: string, diff: readonly DiffPart[]): DiffRun[] {
  const runs: DiffRun[] = [];
  let cursor = 0;
  /** Where the previous run ended in the quotation; null when that run is not the quotation's. */
  let previousEnd: number | null = null;
  for (const part of diff) {
    if (!part.text) continue;
    let gap = ' ';
    let end: number | null = null;
    if (part.op !== 'removed') {
      const at = quote.indexOf(part.text, cursor);
      if (at >= 0) {
        const between = previousEnd === null ? null : quote.slice(previousEnd, at);
        if (between !== null && SEPARATOR.test(between)) gap = between;
        cursor = at + part.text.length;
        end = cursor;
      }
    }
    const previous = runs[runs.length - 1];
    if (previous && gap && !/\s$/u.test(previous.text) && !/^\s/u.test(part.text)) {
      runs.push({ op: 'gap', text: gap });
    }
    runs.push({ op: part.op, text: part.text });
    previousEnd = end;
  }
  return runs;
}
