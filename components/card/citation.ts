/** A plain-text citation of a checked quotation, and the one way it goes to the clipboard. */
import type { Passage, Source } from '@/lib/corpus/types';
import type { MatchResult } from '@/lib/types';
import { VERDICT_LABEL } from './verdict-text';

export interface CitationInput {
  quote: string;
  result: MatchResult;
  passages: Record<string, Passage>;
  sources: Record<string, Source>;
  pageUrl?: string;
  pageTitle?: string;
  /** When the citation was made (injected for tests). */
  now?: Date;
}

export function citationText(input: CitationInput): string {
  const { quote, result, passages, sources } = input;
  const day = (input.now ?? new Date()).toISOString().slice(0, 10);
  const lines = [`“${quote}”`];
  const passage = result.passageIds.map((id) => passages[id]).find((p): p is Passage => Boolean(p));
  const source = result.source ? sources[result.source] : undefined;
  if (passage && source && result.status !== 'not-found') {
    const who = [passage.speaker, passage.kind, passage.date].filter(Boolean).join(', ');
    if (who) lines.push(`— ${who}`);
    const where = [
      source.title,
      source.publisher,
      source.number ? `No. ${source.number}` : null,
      source.date,
      passage.page ? `p. ${passage.page}` : null,
      passage.section,
    ].filter(Boolean);
    lines.push(`Source: ${where.join(', ')}${source.urls?.[0] ? ` <${source.urls[0]}>` : ''}`);
    lines.push(`Passage: ${result.passageIds.join(', ')}`);
  }
  if (input.pageTitle || input.pageUrl) {
    lines.push(
      `Quoted in: ${[input.pageTitle, input.pageUrl ? `<${input.pageUrl}>` : null].filter(Boolean).join(' ')}`,
    );
  }
  const verdict = result.status === 'not-found' ? 'not found in the corpus' : VERDICT_LABEL[result.status];
  lines.push(`Checked with Verbatim on ${day}: ${verdict}.`);
  return lines.join('\n');
}

/**
 * Copies with the asynchronous clipboard API only, which tells the page nothing. The older way, a
 * selection and `execCommand('copy')`, fires a `copy` event the page hears and can rewrite, and the card
 * would then say "copied" over a forged citation. Where the API is missing (a page that is not a secure
 * context) or refused, nothing is copied and the error says why.
 */
export async function copyCitation(text: string): Promise<void> {
  const clipboard = globalThis.navigator?.clipboard;
  if (!clipboard?.writeText) {
    throw new Error(
      'this page gives Verbatim no clipboard it can use safely. Save the quotation, then copy its citation from your library.',
    );
  }
  try {
    await clipboard.writeText(text);
  } catch {
    throw new Error(
      'the browser refused the clipboard. Save the quotation, then copy its citation from your library.',
    );
  }
}
