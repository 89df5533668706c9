/**
 * Explicit checks: a highlighted selection (context menu, keyboard command) or the popup's "Check a
 * quote" box. One path for all of them: clean the text, refuse what is not a quotation, run the engine,
 * save the verification, answer with everything the card needs.
 */
import { quotationToCheck, tryMatch } from '@/lib/scan';
import { normaliseQuote } from '@/lib/text/quote-text';
import type { VerbatimDB } from '@/utils/db';
import { cardDataFor } from '@/utils/domain';
import type { CheckResponse } from '@/utils/messaging/protocol';
import { draftFromResult, upsertVerification } from '@/utils/verifications';
import { type LoadedCorpus, whenLoaded } from './corpus-index';

export const BAD_SELECTION_MESSAGE = 'Select the words of a quotation (up to 2,000 characters).';
export const ENGINE_ERROR_MESSAGE =
  'Verbatim could not check these words (an internal error). Nothing was saved.';
/** Longest context kept with a record: the selection plus a little of its paragraph on each side. */
const MAX_CONTEXT_CHARS = 2600;

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
  const checked = quotationToCheck(input.text, input.context);
  if (checked === null) return { ok: false, message: BAD_SELECTION_MESSAGE };
  const corpus = await services.corpus();
  const { result, cards } = await whenLoaded(corpus, [checked], () => {
    const result = tryMatch(corpus.index, checked, 'Verbatim: the engine failed on an explicit check.');
    return { result, cards: result ? cardDataFor(corpus, [result]) : null };
  });
  if (result === null || cards === null) return { ok: false, message: ENGINE_ERROR_MESSAGE };
  const quote = checked.text;
  const context = input.context ? normaliseQuote(input.context).slice(0, MAX_CONTEXT_CHARS) : undefined;
  const draft = draftFromResult(quote, result, {
    url: input.url,
    pageTitle: input.title,
    origin: input.origin,
    ...(context ? { context } : {}),
  });
  const { id } = await upsertVerification(services.db, draft, (services.now ?? Date.now)());
  return { ok: true, recordId: id, quote, result, ...cards };
}
