/**
 * Explicit checks: a highlighted selection (context menu, keyboard command) or the popup's "Check a
 * quote" box. One path for all of them: clean the text, refuse what is not a quotation, run the engine,
 * save the verification, answer with everything the card needs.
 */
import { matchQuote } from '@/lib/match';
import type { VerbatimDB } from '@/utils/db';
import type { CheckResponse } from '@/utils/messaging/protocol';
import { draftFromResult, normaliseQuote, upsertVerification } from '@/utils/verifications';
import { cardDataFor, type LoadedCorpus, referencedPassageIds } from './corpus-index';
import { selectionQuote } from './selection-quote';

export const MAX_QUOTE_CHARS = 2000;
export const BAD_SELECTION_MESSAGE = 'Select the words of a quotation (up to 2,000 characters).';
export const ENGINE_ERROR_MESSAGE =
  'Verbatim could not check these words (an internal error). Nothing was saved.';
/** Longest context kept with a record: the selection plus a little of its paragraph on each side. */
const MAX_CONTEXT_CHARS = 2600;

/** Quotation marks of every kind, straight, curly, low, angle and CJK, that may enclose a selection. */
const MARKS = '"\'«»‹›“”„‟‘’‚‛「」『』〝〞〟＂＇❛❜❝❞⹂';
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

export interface CheckInput {
  text: string;
  url: string;
  title: string;
  context?: string;
  origin: 'selection' | 'popup';
}

export interface CheckServices {
  db: VerbatimDB;
  corpus: () => Promise<LoadedCorpus>;
  now?: () => number;
}

/** Runs one explicit check and saves it (bad input saves nothing). */
export async function runCheck(services: CheckServices, input: CheckInput): Promise<CheckResponse> {
  const selected = selectionQuote(input.text, input.context);
  const quote = quotationFromSelection(selected.text);
  if (quote === null) return { ok: false, message: BAD_SELECTION_MESSAGE };
  const corpus = await services.corpus();
  let result: ReturnType<typeof matchQuote>;
  try {
    result = matchQuote(corpus.index, { text: quote, attributedTo: selected.attributedTo });
  } catch (e) {
    console.error('Verbatim: the engine failed on an explicit check.', e);
    return { ok: false, message: ENGINE_ERROR_MESSAGE };
  }
  const context = input.context ? normaliseQuote(input.context).slice(0, MAX_CONTEXT_CHARS) : undefined;
  const draft = draftFromResult(quote, result, {
    url: input.url,
    pageTitle: input.title,
    origin: input.origin,
    ...(context ? { context } : {}),
  });
  const { id } = await upsertVerification(services.db, draft, (services.now ?? Date.now)());
  return { ok: true, recordId: id, quote, result, ...cardDataFor(corpus, referencedPassageIds([result])) };
}
