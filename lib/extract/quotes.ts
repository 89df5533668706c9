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
import { type Attribution, attributionAfter, attributionBefore, speakerPhrase } from './attribution';
import { type FoundSpan, findSpans, isFragment } from './find-spans';
import { isPersonName, lastSentenceSubject, type MidSentenceCapitals, midSentenceCapitals } from './names';
import type { Piece } from './spans';
import { startsWithVerb } from './words';

export function blockOffsets(blocks: readonly ArticleBlock[]): number[] {
  const offsets: number[] = [];
  let at = 0;
  for (const block of blocks) {
    offsets.push(at);
    at += block.text.length + BLOCK_SEPARATOR.length;
  }
  return offsets;
}

/** How far back (in blocks) a "he said" may look for the person it refers to. */
const PRONOUN_REACH_BLOCKS = 3;
const RESOLVABLE_PRONOUN = /^(?:he|she|him|her)$/i;

interface Placed {
  span: FoundSpan;
  first: Piece;
  last: Piece;
  /** Block-local index where the quotation's text ends, marks included. */
  afterLocal: number;
  fragment: boolean;
  attributedTo: string | null;
}

export function extractQuotes(blocks: ArticleBlock[]): ExtractedQuote[] {
  const texts = blocks.map((b) => b.text);
  const offsets = blockOffsets(blocks);
  const spans = findSpans(blocks);
  const placed: Placed[] = spans.map((span) => {
    const first = span.pieces[0] as Piece;
    const last = span.pieces.at(-1) as Piece;
    const afterLocal = span.close ? span.close.index + 1 : last.end;
    return { span, first, last, afterLocal, fragment: isFragment(span.quote), attributedTo: null };
  });
  /** Named people given as speakers so far: absolute offset of their quotation → name. */
  const named: Array<{ at: number; name: string }> = [];
  // Only needed to resolve a pronoun, and it reads the whole article: computed on first use.
  let capitalsCache: MidSentenceCapitals | undefined;
  const capitals = () => {
    capitalsCache ??= midSentenceCapitals(texts);
    return capitalsCache;
  };
  /** Who "he" and "she" have been resolved to: one person is not both. */
  const pronounOf = new Map<string, string>();

  placed.forEach((q, i) => {
    const prev = placed[i - 1];
    const next = placed[i + 1];
    const openLocal = q.span.open?.index ?? q.first.start;
    const blockText = texts[q.first.block] as string;
    const scopeStart = prev && prev.last.block === q.first.block ? prev.afterLocal : 0;
    const before = blockText.slice(scopeStart, Math.max(scopeStart, openLocal));
    const lastText = texts[q.last.block] as string;
    const nextOpen =
      next && next.first.block === q.last.block ? (next.span.open?.index ?? next.first.start) : undefined;
    const after = lastText.slice(q.afterLocal, nextOpen ?? lastText.length);

    let found = readAttribution(q, before, after, texts, blocks);
    if (!found && q.span.byline) found = speakerPhrase(q.span.byline);

    if (found) {
      q.attributedTo =
        found.kind === 'speaker'
          ? resolvePronoun(found.text, q, texts, offsets, named, capitals, pronounOf)
          : null;
    } else if (!q.fragment && prev && !prev.fragment && prev.last.block === q.first.block) {
      // "“…,” said X. “…”": later quotations in the paragraph continue X's words.
      q.attributedTo = prev.attributedTo;
    } else if (
      q.span.form === 'blockquote' &&
      prev?.span.form === 'blockquote' &&
      prev.last.block === q.first.block - 1
    ) {
      q.attributedTo = prev.attributedTo;
    }
    if (q.attributedTo && isPersonName(q.attributedTo)) {
      named.push({ at: (offsets[q.first.block] as number) + q.first.start, name: q.attributedTo });
    }
  });

  return placed.map((q) => {
    const start = (offsets[q.first.block] as number) + q.first.start;
    const end = (offsets[q.last.block] as number) + q.last.end;
    const close = q.span.close;
    return {
      quote: q.span.quote,
      start,
      end,
      after: close ? (offsets[close.block] as number) + close.index + 1 : end,
      fragment: q.fragment,
      attributedTo: q.attributedTo,
      form: q.span.form,
      unclosed: q.span.unclosed,
    };
  });
}

/**
 * Postposed attribution first ("…,” she said), then the clause before the quotation. A report named
 * after the quotation ("…,” the report said) yields to a speaker named before it in the same sentence.
 */
function readAttribution(
  q: Placed,
  before: string,
  after: string,
  texts: readonly string[],
  blocks: readonly ArticleBlock[],
): Attribution | null {
  const quote = q.span.quote;
  const predicate = !q.fragment && startsWithVerb(quote);
  const endsWithFullStop = /(?<!\.)\.$/.test(quote);
  const postposed = q.span.close ? attributionAfter(after, endsWithFullStop) : null;
  if (postposed?.kind === 'speaker' && !postposed.source) return postposed;
  let preposed = attributionBefore(before, predicate);
  if (!preposed && q.span.form === 'blockquote') preposed = leadIn(q.first.block, texts, blocks);
  if (preposed?.kind === 'speaker') return preposed;
  return postposed ?? preposed;
}

/** "Sessions wrote:" closing the paragraph before a <blockquote> introduces it. */
function leadIn(
  block: number,
  texts: readonly string[],
  blocks: readonly ArticleBlock[],
): Attribution | null {
  let k = block - 1;
  while (k >= 0 && blocks[k]?.kind === 'blockquote') k--;
  const text = texts[k];
  if (k < 0 || text === undefined || !/:\s*$/.test(text) || k !== block - 1) return null;
  return attributionBefore(text, false);
}

/**
 * "he"/"she" → the person most recently named before the quotation: a sentence that opens with a
 * person's name, or an earlier quotation's named speaker, whichever is nearer, within a few blocks.
 * Unresolved pronouns (and "they", "it", "we") stay as the article wrote them.
 */
function resolvePronoun(
  text: string,
  q: Placed,
  texts: readonly string[],
  offsets: readonly number[],
  named: ReadonlyArray<{ at: number; name: string }>,
  capitals: () => MidSentenceCapitals,
  pronounOf: Map<string, string>,
): string {
  if (!RESOLVABLE_PRONOUN.test(text)) return text;
  const pronoun = /^(?:he|him)$/i.test(text) ? 'he' : 'she';
  const name = nearestNamedPerson(q, texts, offsets, named, capitals);
  if (!name) return text;
  // The nearest name was already "she" when this is "he" (or the other way round): not this person.
  if ((pronounOf.get(name) ?? pronoun) !== pronoun) return text;
  pronounOf.set(name, pronoun);
  return name;
}

function nearestNamedPerson(
  q: Placed,
  texts: readonly string[],
  offsets: readonly number[],
  named: ReadonlyArray<{ at: number; name: string }>,
  capitals: () => MidSentenceCapitals,
): string | null {
  const quoteAt = (offsets[q.first.block] as number) + q.first.start;
  const openLocal = q.span.open?.index ?? q.first.start;
  for (let b = q.first.block; b >= 0 && b > q.first.block - PRONOUN_REACH_BLOCKS; b--) {
    const upTo = b === q.first.block ? openLocal : (texts[b] as string).length;
    const subject = lastSentenceSubject((texts[b] as string).slice(0, upTo), capitals());
    const subjectAt = subject ? (offsets[b] as number) + subject.index : -1;
    const speaker = named.filter((n) => n.at >= (offsets[b] as number) && n.at < quoteAt).at(-1);
    if (speaker && speaker.at >= subjectAt) return speaker.name;
    if (subject) return subject.name;
  }
  return null;
}
