/**
 * Who spoke each quotation of an article: the attribution in its sentence (lib/extract/attribution.ts),
 * else the speaker it continues (the other part of a split quotation, the quotation before it in the
 * paragraph, a paragraph that is wholly a quotation after one attributed to that person, or a lead-in
 * ending with a colon), with "he"/"she" resolved to a person. The answer is a name, a description, or
 * null — never a pronoun, a date or a fragment of the sentence.
 */
import type { ArticleBlock } from '../types';
import {
  ANY_PRONOUN,
  type Attribution,
  attributionAfter,
  attributionBefore,
  creditLine,
  notASpeaker,
  passiveCredit,
  sentenceOpener,
  speakerPhrase,
  speakingSubject,
} from './attribution';
import type { FoundSpan } from './find-spans';
import { isPersonName, midSentenceCapitals } from './names';
import {
  type Gender,
  genderOfPhrase,
  isPersonNoun,
  namesIn,
  People,
  type SubjectMention,
  sentenceSubjects,
  surnameKey,
} from './people';
import type { Piece } from './spans';
import { twinApostrophes } from './twin-marks';
import { endsSentence, startsWithVerb, type Token, tokenize } from './words';

export interface AttributionSpan {
  span: FoundSpan;
  first: Piece;
  last: Piece;
  /** Block-local index where the quotation's text ends, marks included. */
  afterLocal: number;
  fragment: boolean;
  /** The title of a work ("his book “…”"): reported, but nobody's words. */
  work?: boolean;
}

/** How far back (in blocks) a "he said" may look for the person it refers to. */
const PRONOUN_REACH_BLOCKS = 4;
const PERSONAL_PRONOUN = /^(?:he|she|him|her)$/i;
/**
 * Quotations' words blanked out of each block (same length, so offsets hold; the closing punctuation
 * kept), so a reporting verb quoted inside another quotation is never read as the article's, and a
 * sentence is read whole with its other quotations in it.
 */
export function maskQuotations(texts: readonly string[], spans: readonly AttributionSpan[]): string[] {
  const chars = texts.map((t) => t.split(''));
  for (const { span } of spans) {
    for (const p of span.pieces) {
      const row = chars[p.block];
      if (!row) continue;
      const keep = /[.,!?;:]/.test(row[p.end - 1] ?? '') ? p.end - 1 : p.end;
      for (let i = p.start; i < keep; i++) row[i] = '_';
    }
  }
  return chars.map((c) => c.join(''));
}

/** The phrase a caller may show as a speaker, or null: a pronoun is not one (nor is a fragment). */
export function cleanSpeaker(text: string | null): string | null {
  if (!text) return null;
  const trimmed = text.replace(/^[\s,;:\u2014\u2013-]+|[\s,;:\u2014\u2013-]+$/gu, '');
  const words = tokenize(trimmed);
  if (words.length === 1 && ANY_PRONOUN.test(words[0]?.word ?? '')) return null;
  return notASpeaker(trimmed) ? null : trimmed;
}

/** The speakers of `spans` (in reading order), one per span. */
export function attributeQuotations(
  blocks: readonly ArticleBlock[],
  offsets: readonly number[],
  spans: readonly AttributionSpan[],
): Array<string | null> {
  const texts = blocks.map((b) => twinApostrophes(b.text));
  const masked = maskQuotations(texts, spans);
  const people = new People();
  let known: Set<string> | undefined;
  const isKnownName = (word: string) => {
    known ??= knownNames(texts);
    return known.has(word);
  };
  const context = pronounContext(masked, offsets, isKnownName);
  const result: Array<string | null> = [];
  /** Whether each quotation's speaker came from its own sentence (not carried over). */
  const own: boolean[] = [];
  /** Named speakers so far: absolute offset of their quotation → name. */
  const named: Array<{ at: number; name: string }> = [];

  spans.forEach((q, i) => {
    const prev = spans[i - 1];
    const prevSpeaker = i > 0 ? (result[i - 1] ?? null) : null;
    const openLocal = q.span.open?.index ?? q.first.start;
    const before = (masked[q.first.block] as string).slice(0, openLocal);
    // A nested quotation's single mark typed after the outer closing one (”’) is not part of the credit.
    const after = (masked[q.last.block] as string).slice(q.afterLocal).replace(/^['\u2019]/, ' ');

    let found = q.work ? null : readAttribution(q, before, after, masked, blocks, isKnownName);
    if (!found && q.span.byline) found = speakerPhrase(q.span.byline);
    // A quoted paragraph with its credit line under it ("- Ann Lee.").
    if (!found && !q.work && after.trim() === '' && opensParagraph(before)) {
      found = creditLine(masked[q.last.block + 1] ?? '');
    }

    let speaker: string | null = null;
    if (found?.kind === 'speaker') {
      speaker = PERSONAL_PRONOUN.test(found.text)
        ? resolvePronoun(found.text, q, context, named, people)
        : /^(?:they|them)$/i.test(found.text)
          ? pluralSpeaker(q, spans.slice(0, i), result)
          : cleanSpeaker(found.text);
    }
    if (!found && !q.work) {
      speaker = carriedOver(q, prev, prevSpeaker, own[i - 1] === true, before, texts, blocks, context);
      if (speaker && PERSONAL_PRONOUN.test(speaker))
        speaker = resolvePronoun(speaker, q, context, named, people);
    }
    // Nothing credits the words: the sentence's opening noun phrase ("The union wants to pass “…”"),
    // which an unresolved "it" or "he" may also mean when it fits ("The agency said it had filed
    // … as “…”"). Not after a document was read, nor for "they" or "we".
    const namesAThing =
      /(?:^|\s)(?:the|a|an|its|their|his|her|this|that|these|those|our)\s*$/i.test(before) &&
      /^\s+\p{Ll}/u.test(after);
    if (speaker === null && !q.work && found?.kind !== 'document') {
      let opener = sentenceOpener(before, isKnownName);
      // "the “zero tolerance” policy": words naming a thing, between a determiner and its noun, are
      // credited only to a subject that speaks ("Top officials decried the “…” plan").
      if (opener && namesAThing && !speakingSubject(opener, isKnownName)) opener = null;
      const pronoun = found?.kind === 'speaker' ? found.text.trim().toLowerCase() : null;
      if (opener && (pronoun === null || !ANY_PRONOUN.test(pronoun) || pronounFits(pronoun, opener))) {
        speaker = opener;
      }
    }
    own.push(found?.kind === 'speaker' && speaker !== null);
    if (speaker && isPersonName(speaker)) {
      named.push({ at: (offsets[q.first.block] as number) + q.first.start, name: speaker });
    }
    result.push(speaker);
  });
  return result;
}

/** Nothing but space or a dash before the quotation in its paragraph. */
function opensParagraph(before: string): boolean {
  return /^[\s\u2014\u2013-]*$/.test(before);
}

/** Can "it" / "he" / "she" mean this phrase? A thing or body for "it", a person for "he" or "she". */
function pronounFits(pronoun: string, phrase: string): boolean {
  const person = isPersonName(phrase) || isPersonNoun(tokenize(phrase).at(-1)?.word ?? '');
  if (pronoun === 'it') return !person;
  if (!/^(?:he|she)$/.test(pronoun) || !person) return false;
  const gender = genderOfPhrase(phrase);
  return gender === null || gender === (pronoun === 'he' ? 'm' : 'f');
}

/**
 * "they" → the nearest earlier speaker that is a group ("the committee chairs", "Democrats"), within
 * a few paragraphs; a person's name or a singular description is not "they".
 */
function pluralSpeaker(
  q: AttributionSpan,
  earlier: readonly AttributionSpan[],
  speakers: ReadonlyArray<string | null>,
): string | null {
  for (let k = earlier.length - 1; k >= 0; k--) {
    const span = earlier[k] as AttributionSpan;
    if (span.first.block <= q.first.block - PRONOUN_REACH_BLOCKS) break;
    const speaker = speakers[k];
    if (!speaker || isPersonName(speaker)) continue;
    const head = tokenize(speaker).at(-1)?.word ?? '';
    if (/[^s]s$/.test(head) && !/(?:ss|us|is)$/.test(head)) return speaker;
  }
  return null;
}

/**
 * The speaker a quotation without an attribution of its own continues:
 * - the quotation before it in the same paragraph ("“…,” said X. “…”"), the second part of a split
 *   quotation included whatever its length;
 * - the last quotation's speaker when this paragraph opens with the quotation (a paragraph of quoted
 *   words following one attributed to X);
 * - a lead-in that closes the previous paragraph with a colon ("Lee put it bluntly:").
 */
function carriedOver(
  q: AttributionSpan,
  prev: AttributionSpan | undefined,
  prevSpeaker: string | null,
  prevOwn: boolean,
  before: string,
  texts: readonly string[],
  blocks: readonly ArticleBlock[],
  context: PronounContext,
): string | null {
  const opensBlock = opensParagraph(before);
  if (prev && prev.last.block === q.first.block) {
    const between = (texts[q.first.block] as string).slice(
      prev.afterLocal,
      q.span.open?.index ?? q.first.start,
    );
    // A split quotation: only the attribution stands between its parts ("“We,” she said, “will…”").
    const split = /^[\s,]*[^.!?“”"]{0,60},\s*$/.test(between);
    // A short quotation with its own attribution passes its speaker on ("“Fine,” Lee said. “…”").
    if (split || (!q.fragment && (!prev.fragment || prevOwn))) return prevSpeaker;
    // A word or two quoted as a sentence of its own after an attributed quotation: "“…,” Lee said.
    // “Very good.”" is Lee's still (a scare quote in the middle of a sentence is not).
    const ownSentence =
      /[.!?]["\u201D\u2019']?\s+$/.test(between) &&
      /[.!?]$/.test(q.span.quote) &&
      /^\s*(?:$|[\p{Lu}"\u201C])/u.test((texts[q.last.block] as string).slice(q.afterLocal));
    if (q.fragment && prevOwn && ownSentence) return prevSpeaker;
    return null;
  }
  if (q.fragment) return null;
  if (!opensBlock) {
    // "Lee recalled the drive from the airport. “I wanted to see a city.”": a quotation that is a
    // sentence of its own, after a sentence that a person opens, in the same paragraph, is theirs.
    if (!/[.!?]["\u201D\u2019']?\s+$/.test(before)) return null;
    const rest = (texts[q.last.block] as string).slice(q.afterLocal);
    if (!/^\s*(?:$|\p{Lu}|["\u201C])/u.test(rest)) return null;
    const openAt = q.span.open?.index ?? q.first.start;
    const subject = context
      .subjects(q.first.block)
      .filter((m) => m.index < openAt)
      .at(-1);
    return subject && isPersonName(subject.name) ? subject.name : null;
  }
  const previousBlock = q.first.block - 1;
  const previous = texts[previousBlock];
  if (previous === undefined) return null;
  if (/:\s*$/.test(previous)) {
    const lead = attributionBefore(previous, false);
    // "he said:" is passed on as written, for the caller to resolve.
    if (lead?.kind === 'speaker')
      return PERSONAL_PRONOUN.test(lead.text.trim()) ? lead.text.trim() : cleanSpeaker(lead.text);
  }
  if (blocks[q.first.block]?.kind === 'heading') return null;
  // The previous paragraph's last quotation, if that paragraph had one, continues into this one.
  if (prev && prev.last.block === previousBlock) return prevSpeaker;
  // A paragraph of quoted words after one about a person ("Lee continued her remarks."): theirs.
  const wholeParagraph = q.afterLocal >= (texts[q.last.block] as string).trimEnd().length - 1;
  if (!wholeParagraph) return null;
  const subject = context.subjects(previousBlock).at(-1);
  if (subject && isPersonName(subject.name)) return subject.name;
  // "“…,” Lee said. / She pauses. / “…”": a short paragraph about "he" or "she" between two
  // quotations goes on with the speaker before it.
  const aside = /^\s*(?:He|She)\s[^.!?"\u201C\u201D]{0,60}[.!?]\s*$/.test(previous);
  if (aside && prev && prev.last.block === previousBlock - 1 && prevSpeaker && isPersonName(prevSpeaker)) {
    return prevSpeaker;
  }
  return null;
}

/**
 * Postposed attribution first ("…,” she said), then the clause before the quotation, then a credit
 * closing the sentence the quotation sits in ("… signals “the end” for the plan, said Jane Roe."). A
 * report named after the quotation yields to a speaker named before it in the same sentence.
 */
function readAttribution(
  q: AttributionSpan,
  before: string,
  after: string,
  masked: readonly string[],
  blocks: readonly ArticleBlock[],
  isKnownName: (word: string) => boolean,
): Attribution | null {
  const quote = q.span.quote;
  const predicate = !q.fragment && startsWithVerb(quote);
  // A quotation ending in "?" or "!" may still be followed by its attribution ("“Why?” Lee asked.");
  // one ending in a full stop ends its sentence.
  const endsWithFullStop = /(?<!\.)\.$/.test(quote);
  const postposed = q.span.close ? attributionAfter(after, endsWithFullStop) : null;
  if (postposed?.kind === 'speaker' && !postposed.source) return postposed;
  const passive = passiveCredit(before, after);
  if (passive) return passive;
  let preposed = attributionBefore(before, predicate, isKnownName);
  if (!preposed && q.span.form === 'blockquote') preposed = leadIn(q.first.block, masked, blocks);
  if (preposed?.kind === 'speaker' && !preposed.weak) return preposed;
  const credit = !endsWithFullStop && q.span.close ? sentenceCredit(after) : null;
  if (credit?.kind === 'speaker') return credit;
  if (preposed?.kind === 'speaker') return preposed;
  return postposed ?? preposed ?? credit;
}

/** "…, said Jane Roe." / "…, Roe said." closing the rest of the quotation's sentence. */
function sentenceCredit(after: string): Attribution | null {
  // The sentence ends at its first full stop that is no abbreviation's ("Mr. Lee said."), before the
  // next sentence or quotation opens.
  const tokens = tokenize(after);
  const last = tokens.find((t, k) => endsSentence(t, tokens[k + 1]));
  const sentence = last ? after.slice(0, last.end) : after;
  // The last clause first; then earlier ones, each read to its own end: "…, Lee said on Tuesday in
  // Toledo, noting that …".
  let to = sentence.length;
  for (let tries = 0; tries < 3; tries++) {
    const comma = sentence.lastIndexOf(',', to - 1);
    if (comma < 0 || /[\u201C\u201D"]/.test(sentence.slice(comma))) return null;
    const clause = sentence.slice(comma, to === sentence.length ? to : to + 1);
    if (tokenize(clause).length <= 12) {
      const credit = attributionAfter(clause, false);
      if (credit) return credit;
    }
    to = comma;
  }
  return null;
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
 * "he"/"she" → the person it most likely means: the nearest earlier quotation's named speaker or
 * person a sentence opens with, whichever is nearer, within a few blocks — passing over people the
 * article gives the other gender. Null when nobody fits: a pronoun is never given as a speaker.
 */
function resolvePronoun(
  text: string,
  q: AttributionSpan,
  context: PronounContext,
  named: ReadonlyArray<{ at: number; name: string }>,
  people: People,
): string | null {
  const gender: Gender = /^(?:he|him)$/i.test(text) ? 'm' : 'f';
  const fits = (name: string, phrase: string) => {
    // "Mr. Lee" is a man whatever Ann Lee taught the article.
    const titled = /^(?:Mr|Mrs|Ms|Miss)\b/.test(name) ? genderOfPhrase(name) : null;
    const known = titled ?? people.genderOf(name) ?? genderOfPhrase(phrase);
    return known === null || known === gender;
  };
  const { offsets } = context;
  const quoteAt = (offsets[q.first.block] as number) + (q.span.open?.index ?? q.first.start);
  const candidates: Array<{ at: number; name: string; phrase: string }> = [];
  for (let b = q.first.block; b >= 0 && b > q.first.block - PRONOUN_REACH_BLOCKS; b--) {
    const blockStart = offsets[b] as number;
    for (const s of context.subjects(b)) {
      if (blockStart + s.index < quoteAt)
        candidates.push({ at: blockStart + s.index, name: s.name, phrase: s.phrase });
    }
  }
  const reach = offsets[Math.max(0, q.first.block - PRONOUN_REACH_BLOCKS + 1)] as number;
  for (const n of named)
    if (n.at >= reach && n.at < quoteAt) candidates.push({ at: n.at, name: n.name, phrase: n.name });
  candidates.sort((x, y) => y.at - x.at);
  let chosen = candidates.find((c) => fits(c.name, c.phrase));
  // Nobody fitting opens a sentence: a person named in full anywhere in the last paragraphs.
  chosen ??= context.mentions(q.first.block, quoteAt).find((c) => fits(c.name, c.phrase));
  if (!chosen) return null;
  people.learn(chosen.name, gender);
  return chosen.name;
}

/**
 * Words the article uses as names: capitalised mid-sentence, or the surname of a person it names in
 * full ("Ann Lee" makes a sentence-initial "Lee" a name).
 */
function knownNames(texts: readonly string[]): Set<string> {
  // Headlines in title case capitalise every word: they say nothing about which words are names.
  const prose = texts.filter((t) => {
    const words = t.match(/\p{L}+/gu) ?? [];
    return words.filter((w) => /^\p{Lu}/u.test(w)).length <= 0.5 * words.length;
  });
  const known = new Set(midSentenceCapitals(prose));
  for (const text of texts) {
    for (const { name } of namesIn(text, tokenize(text))) known.add(surnameKey(name));
  }
  return known;
}

/** Per-block sentence subjects, computed on first use (only pronouns need them). */
interface PronounContext {
  offsets: readonly number[];
  subjects(block: number): SubjectMention[];
  /** Full names in the blocks before `at` (nearest first), within the pronoun's reach. */
  mentions(block: number, at: number): Array<{ at: number; name: string; phrase: string }>;
}

function pronounContext(
  masked: readonly string[],
  offsets: readonly number[],
  isName: (word: string) => boolean,
): PronounContext {
  const cache = new Map<number, SubjectMention[]>();
  return {
    offsets,
    mentions(block, at) {
      const out: Array<{ at: number; name: string; phrase: string }> = [];
      for (let b = Math.max(0, block - PRONOUN_REACH_BLOCKS + 1); b <= block; b++) {
        const text = masked[b] ?? '';
        for (const n of namesIn(text, tokenize(text))) {
          const abs = (offsets[b] as number) + n.index;
          if (abs < at) out.push({ at: abs, name: n.name, phrase: n.name });
        }
      }
      return out.reverse();
    },
    subjects(block) {
      let found = cache.get(block);
      if (!found) {
        const text = masked[block] ?? '';
        const tokens = tokenize(text);
        const starts: number[] = [];
        tokens.forEach((t, k) => {
          if (k === 0 || endsSentence(tokens[k - 1] as Token, t)) starts.push(k);
        });
        found = sentenceSubjects(text, tokens, starts, isName);
        cache.set(block, found);
      }
      return found;
    },
  };
}
