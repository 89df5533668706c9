/** A plain-text citation of a checked quotation, and the one way it goes to the clipboard. */
import type { Passage, Source } from '@/lib/corpus/types';
import type { MatchResult } from '@/lib/types';
import { SHOWN_LABEL, shownVerdict } from './verdict-text';
import { speakerName } from './wording';

/** An article on the web, as opposed to one of Verbatim's own pages (the popup's "Check a quote"). */
export function isWebPage(url: string | null | undefined): url is string {
  return Boolean(url && /^https?:\/\//i.test(url));
}

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
    const who = [
      passage.speaker ? speakerName(passage.speaker) : null,
      passage.kind.replace(/-/g, ' '),
      passage.date,
    ]
      .filter(Boolean)
      .join(', ');
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
  }
  if (isWebPage(input.pageUrl)) {
    lines.push(`Quoted in: ${[input.pageTitle, `<${input.pageUrl}>`].filter(Boolean).join(' ')}`);
  } else {
    // Typed or pasted into Verbatim itself (the popup): there is no article to cite.
    lines.push('Quoted in: (checked by hand, not from a web page)');
  }
  const shown = shownVerdict(result.status, result.attribution);
  const whole = result.notIn ? sources[result.notIn] : undefined;
  const verdict =
    result.status !== 'not-found'
      ? SHOWN_LABEL[shown]
      : whole
        ? `not in ${whole.title}`
        : 'not found in the corpus';
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
