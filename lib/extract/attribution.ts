/**
 * Who the article says spoke a quotation, read from the words around it. Best effort and literal:
 * the result is a phrase the article itself uses ("one prosecutor", "the agency", "Lee Gelernt"), or
 * nothing. A quotation the article attributes to a report ("the report concluded") belongs to the
 * document being quoted, not to a speaker: that is reported as `document`, which callers turn into null.
 */

import { isPersonName } from './names';
import { isGivenName, isPersonNoun } from './people';
import {
  AUTHORING_VERBS,
  AUXILIARIES,
  CLAUSE_WORDS,
  CONJUNCTIONS,
  DETERMINERS,
  endsClause,
  endsSentence,
  IRREGULAR_PAST,
  isCapitalised,
  PREPOSITIONS,
  PRONOUNS,
  pastPlaceTail,
  REPORTING_PARTICIPLES,
  SPEECH_VERBS,
  STANCE_VERBS,
  sentenceStart,
  startsClause,
  type Token,
  tokenize,
  VERB_MODIFIERS,
} from './words';

/**
 * `source`: "according to X" after the quotation names where the article got the words, which yields
 * to a speaker named before the quotation ("Sessions told prosecutors, “…,” according to the report").
 */
export type Attribution =
  | { kind: 'speaker'; text: string; source?: true; weak?: true }
  | { kind: 'document' };

/** Read from the sentence's shape rather than a reporting verb: a credit closing the sentence wins. */
const weak = (a: Attribution | null): Attribution | null =>
  a?.kind === 'speaker' ? { ...a, weak: true } : a;

/** Head nouns of a report-like document: "the 93-page report", "the findings", "the review". */
const REPORT_NOUNS = new Set(
  'report reports findings review audit investigation inquiry probe study analysis evaluation'.split(' '),
);

/** A person's own communication: "Rosenstein’s email" is Rosenstein speaking. */
const OWN_WORDS =
  /^(.+?)(?:['\u2019]s|(?<=s)['\u2019])\s+(?:[\p{L}-]+\s+){0,2}(?:e-?mails?|memo(?:randum)?|letter|messages?|notes?|statement|tweets?|texts?|remarks|testimony|post|speech|talking points|comments|words|claims?|assertion|accusation|contention|response|answer|reply|slogan|catch ?phrase|language|promise|pledge|vow|appeal|argument|warning|plea)$/iu;

/** The same, found inside a longer clause: "In Rosenstein’s email to prosecutors: “…”". */
const NAMED_OWN_WORDS =
  /(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3})(?:['\u2019]s|(?<=s)['\u2019])\s+(?:[\p{L}-]+\s+)?(?:e-?mails?|memo(?:randum)?|letter|messages?|notes?|statement|tweets?|texts?|remarks|testimony|post|speech|talking points|comments)\b/gu;

const MAX_SUBJECT_WORDS = 8;
/** A phrase read up to its clause's end may be longer: titles and offices before the name. */
const MAX_NAMED_WORDS = 14;

export const ANY_PRONOUN =
  /^(?:he|she|him|her|they|them|it|we|us|i|me|you|his|hers|its|their|theirs|our|ours|my|mine|your|yours|who|whom|which|that|what|this|these|those)$/i;
const TIME_WORDS =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday|tomorrow|tonight|morning|afternoon|evening|night|week|weekend|month|year|day|earlier|later)$/i;
const EDGE_WORDS =
  /^(?:and|or|but|nor|so|yet|of|in|on|at|to|for|with|by|from|as|than|that|which|who|what|when|where|while|if|because|although|though|the|a|an|is|was|were|are|be|been|has|have|had|not|also|then)$/i;

/**
 * A phrase that cannot be who spoke: a date ("Friday"), a fragment of the sentence ("he laughed and",
 * "of the plan"), a possessive pronoun ("his"). A lone personal pronoun passes: it is resolved later.
 */
export function notASpeaker(text: string): boolean {
  const words = tokenize(text);
  if (words.length === 0 || !/\p{L}/u.test(text)) return true;
  const first = words[0]?.word ?? '';
  const last = words.at(-1)?.word ?? '';
  // "he’d", "what’s": a pronoun with its verb run in.
  const contraction = /^(\p{L}+)['\u2019](?:d|s|ll|re|ve|m)$/u.exec(text.trim());
  if (contraction && ANY_PRONOUN.test(contraction[1] as string)) return true;
  // "he often", "all she", "he lost his keys": a personal pronoun inside a longer phrase is a clause.
  if (words.length > 1 && words.some((w) => /^(?:he|she|they|i|we)$/.test(w.word))) return true;
  if (words.length === 1) {
    return (
      TIME_WORDS.test(first) ||
      /^(?:the|a|an|last|next|past|days|weeks|months|years|hours|decades)$/.test(first) ||
      (!isCapitalised(words[0] as Token) && /(?:ing|ed)$/.test(first)) ||
      /^(?:his|hers|its|their|our|my|your|what|this|that|all|some|many|most|both|each|none|few|even|already|also|still|just|only|never|ever|now|then|again|too|soon|often)$/.test(
        first,
      ) ||
      (!isCapitalised(words[0] as Token) && /ly$/.test(first))
    );
  }
  if (EDGE_WORDS.test(last) || /^(?:of|which|who|what|that|when|where|while|if|than|as)$/i.test(first))
    return true;
  if (TIME_WORDS.test(last) && !words.some((w) => isCapitalised(w) && !TIME_WORDS.test(w.word))) return true;
  // "a few days", "the past": a span of time.
  if (
    /^(?:days|weeks|months|years|hours|minutes|decades|past)$/.test(last) &&
    !words.some((w) => isCapitalised(w))
  )
    return true;
  if (/^(?:this|that|these|those|now|then|here|there|too|again|already|also|ago|even)$/.test(last))
    return true;
  // A clause fragment ("examines bellwether", "set up a website"): a subject opens with a name, a
  // determiner, a number or a describing word, not with a verb.
  const opening = words[0] as Token;
  if (!isCapitalised(opening) && !DETERMINERS.has(first) && !PRONOUNS.has(first) && !/^\d/.test(first)) {
    const describes =
      /^(?:former|retired|longtime|veteran|senior|top|chief|deputy|acting|interim|fellow|outgoing|incoming|ex-\S*)$/.test(
        first,
      );
    const named = words.some((w) => isCapitalised(w));
    if (!describes && !(named && !/(?:s|ed|ing|ly)$/.test(first))) return true;
  }
  // "what he", "his own": pronouns and function words with no noun of their own.
  return words.length <= 2 && words.every((w) => ANY_PRONOUN.test(w.word) || EDGE_WORDS.test(w.word));
}

function isVerbLike(t: Token): boolean {
  if (isCapitalised(t)) return false;
  return SPEECH_VERBS.has(t.word) || AUTHORING_VERBS.has(t.word) || AUXILIARIES.has(t.word);
}

function isModifier(t: Token): boolean {
  // "Lee on Tuesday said", "Lee later Thursday said": a day between subject and verb is not the subject.
  if (TIME_WORDS.test(t.word) && !t.lead) return true;
  return !isCapitalised(t) && (VERB_MODIFIERS.has(t.word) || /^\p{L}+ly$/u.test(t.word));
}

/** Text of tokens [from, to) as the article wrote it, without the last token's trailing punctuation. */
function phrase(source: string, tokens: readonly Token[], from: number, to: number): string {
  const first = tokens[from];
  const last = tokens[to - 1];
  if (!first || !last || to <= from) return '';
  return source.slice(first.start + first.lead.length, last.end - last.trail.length);
}

/**
 * Turns a subject phrase into an attribution: apposition dropped ("Lee Gelernt, the lead attorney"),
 * "X’s email" → X, a report → document, "the" before a proper name dropped ("the U.S. attorneys" →
 * "U.S. attorneys"; "the agency" keeps it: there "the" is part of how the article names the speaker).
 */
export function speakerPhrase(raw: string): Attribution | null {
  // Appositions ("Lee Gelernt, the lead attorney") never get here: subjects stop at a comma.
  let text = raw.trim().replace(/[\s.,;:!?\u2014\u2013-]+$/u, '');
  let tokens = tokenize(text);
  while (tokens.length > 0 && CONJUNCTIONS.has((tokens[0] as Token).word)) tokens = tokens.slice(1);
  if (tokens.length === 0 || tokens.length > MAX_NAMED_WORDS) return null;
  text = text.slice((tokens[0] as Token).start);
  const own = OWN_WORDS.exec(text);
  if (own?.[1]) text = own[1];
  const head = tokenize(text).at(-1)?.word ?? '';
  if (!own && REPORT_NOUNS.has(head)) return { kind: 'document' };
  const words = tokenize(text);
  if (words.length >= 2 && (words[0] as Token).word === 'the' && isCapitalised(words[1] as Token)) {
    text = text.slice((words[1] as Token).start);
  }
  text = text.replace(/\s+/g, ' ');
  if (notASpeaker(text)) return null;
  return { kind: 'speaker', text };
}

/**
 * Attribution written after the closing mark: `…,” NAME said`, `…,” said NAME`, `…,” according to NAME`.
 * `after` starts right after the closing mark. A quotation that ends its sentence with a full stop
 * ("…policy.” The report …") has no postposed attribution: what follows is a new sentence.
 */
export function attributionAfter(after: string, quoteEndsWithFullStop: boolean): Attribution | null {
  if (quoteEndsWithFullStop && !/^\s*[,\u2014\u2013\u2015]/.test(after)) {
    // "“….” Tom Reyes said.": a sentence that is only a name and a verb of saying is the credit, its
    // full stop typed for a comma.
    const bare = BARE_CREDIT.exec(after);
    return bare?.[1] && isPersonName(bare[1]) ? speakerPhrase(bare[1]) : null;
  }
  const credit = DASH_CREDIT.exec(after);
  if (credit?.[1]) {
    // "“…” — Ann Lee" / "“…” ― Ann Lee, a nurse": a credit line after the quotation.
    const name = credit[1].split(',')[0]?.trim() ?? '';
    if (tokenize(name).length <= 5) return speakerPhrase(name);
  }
  const source = blankAsides(after).replace(/^[\s,;\u2014\u2013\u2015-]+/u, (m) => ' '.repeat(m.length));
  const tokens = tokenize(source);
  const first = tokens[0];
  if (!first?.word) return null;

  if (first.word === 'according' && tokens[1]?.word === 'to') {
    const named = phraseUntilClauseEnd(source, tokens, 2);
    return named?.kind === 'speaker' ? { ...named, source: true } : named;
  }

  if (!isCapitalised(first) && isReportingVerb(tokens, 0) && !endsClause(first)) {
    if (OBJECT_VERBS.has(first.word)) return null;
    // "said Jane Roe", "added the spokeswoman": the subject follows the verb (and any particle).
    const from = PARTICLES.has(tokens[1]?.word ?? '') && !endsClause(first) ? 2 : 1;
    const subject = tokens[from];
    if (
      !subject ||
      !opensDescription(subject) ||
      (PREPOSITIONS.has(subject.word) && !isCapitalised(subject))
    ) {
      return null;
    }
    return phraseUntilClauseEnd(source, tokens, from);
  }

  // NAME [, apposition,] [modifiers] VERB
  let subjectEnd = -1;
  /** Where the verb of a relative clause with no closing comma stands ("Lee, who said"). */
  let relativeVerb = -1;
  for (let k = 1; k < tokens.length && k <= MAX_SUBJECT_WORDS * 3 + 2; k++) {
    const prev = tokens[k - 1] as Token;
    if (endsSentence(prev, tokens[k])) return null;
    const t = tokens[k] as Token;
    // "Becker & Sons": an ampersand joins a name, it ends nothing.
    if (!t.word && t.raw !== '&') return null;
    if (endsClause(prev)) {
      const comma = /,$/.test(prev.trail);
      // "Jane Roe, the agency's spokeswoman, said", "Roe, 58, said", "Roe, of Dayton, Ohio, said":
      // the words between the commas describe the subject.
      // "Lee, after a moment, said", "Lee, in a statement, said": an aside of time or place.
      const aside = /^(?:in|at|after|during|on|with|before|from)$/.test(t.word);
      if (subjectEnd < 0 && comma && (opensDescription(t) || aside)) {
        subjectEnd = k;
        continue;
      }
      // "Ann Lee, who chairs the panel, told reporters": a relative clause describes the name before
      // it; its own verbs are not the credit's, which comes right after its closing comma.
      if (subjectEnd < 0 && comma && /^(?:who|whose)$/.test(t.word) && isCapitalised(prev)) {
        const close = relativeClauseEnd(tokens, k);
        subjectEnd = k;
        if (close < 0) relativeVerb = k + 1;
        // No comma closes it: read on as a description a speech verb may still end ("Tom Reyes, who
        // chairs the club said").
        if (close >= 0) k = close;
        continue;
      }
      if (subjectEnd >= 0 && comma && !isReportingVerb(tokens, k)) continue;
      // Past the apposition's closing comma, only the verb may follow.
      if (subjectEnd < 0 || !comma || isCapitalised(t) || !isReportingVerb(tokens, k)) return null;
    }
    // "“…,” an angry Lee retaliated.": any past form closing the clause reports the words.
    const closingVerb =
      /^\p{Ll}{3,}ed$/u.test(t.raw.slice(0, t.raw.length - t.trail.length)) && endsClause(t);
    const sentenceVerb = closingVerb || (/^\p{Ll}{3,}ed$/u.test(t.word) && endsSentence(t, tokens[k + 1]));
    if (isCapitalised(t) || !(isReportingVerb(tokens, k) || sentenceVerb)) continue;
    if (subjectEnd >= 0 && !/,$/.test(prev.trail)) {
      // A past form inside the description ("who had answered the poll,") is not the credit's verb.
      if (!isReportingVerb(tokens, k)) continue;
      // A description missing its closing comma before a verb of saying is still one after a person's
      // name ("Tom Reyes, the pilot who runs the blog tweeted"); otherwise there is no attribution.
      // Not the relative clause's own verb ("Hamilton, who disagreed."), nor after "Clinton, and".
      const opening = tokens[subjectEnd] as Token;
      if (
        !SPEECH_VERBS.has(t.word) ||
        k === relativeVerb ||
        isCapitalised(opening) ||
        CONJUNCTIONS.has(opening.word) ||
        !isPersonName(phrase(source, tokens, 0, subjectEnd))
      ) {
        return null;
      }
    }
    let end = subjectEnd >= 0 ? subjectEnd : k;
    while (end > 0 && isModifier(tokens[end - 1] as Token)) end--;
    if (!isPlainSubject(tokens, 0, end)) {
      // "a clerk at the desk shrugged": the subject is the noun phrase before its place.
      const at = tokens.findIndex((w, i) => i > 0 && i < end && PREPOSITIONS.has(w.word));
      if (at < 0 || !isPlainSubject(tokens, 0, at) || !isPlainPlace(tokens, at + 1, end)) return null;
      end = at;
    }
    // Past forms outside the lexicon only after someone who speaks: "nothing changed" is no attribution.
    const who = tokens.slice(0, end);
    if (!isReportingVerb(tokens, k) && !who.some((w) => isCapitalised(w) || SPEAKING_NOUNS.has(w.word))) {
      return null;
    }
    // "Tom Becker of Dayton, Ohio, said": the person, not the town.
    const of = who.findIndex((w, i) => i >= 2 && /^(?:of|at)$/.test(w.word));
    if (of > 0 && isPersonName(phrase(source, tokens, 0, of))) end = of;
    return speakerPhrase(phrase(source, tokens, 0, end));
  }
  return null;
}

/**
 * Index of the last token of the relative clause opening at `k` ("who chairs the panel,"): the one
 * carrying the comma that a reporting verb follows; -1 when the sentence ends first.
 */
function relativeClauseEnd(tokens: readonly Token[], k: number): number {
  for (let c = k; c < tokens.length && c - k < 30; c++) {
    const t = tokens[c] as Token;
    if (endsSentence(t, tokens[c + 1])) return -1;
    if (!/,$/.test(t.trail)) continue;
    let v = c + 1;
    while (v < tokens.length && isModifier(tokens[v] as Token)) v++;
    if (isReportingVerb(tokens, v)) return c;
  }
  return -1;
}

/** Verbs whose next words are their object, never a subject put after them ("told reporters"). */
const OBJECT_VERBS = new Set(
  'told tells informed informs assured assures advised instructed ordered directed urged reminded'.split(' '),
);

/**
 * A paragraph that is only a credit line ("- Ann Lee.", "-Ann Lee, Dayton."), under a quoted
 * paragraph: the name it gives, or null.
 */
export function creditLine(paragraph: string): Attribution | null {
  const credit = CREDIT_LINE.exec(paragraph);
  const name = credit?.[1]?.split(',')[0]?.trim() ?? '';
  const words = tokenize(name);
  if (words.length === 0 || words.length > 5 || !words.every((w) => isCapitalised(w))) return null;
  return speakerPhrase(name);
}

const CREDIT_LINE =
  /^\s*[-\u2014\u2013\u2015]\s*(\p{Lu}(?:[^\u2014\u2013\u2015.!?\u201C\u201D"]|(?<=\b\p{Lu})\.){0,80})\.?\s*$/u;

const BARE_CREDIT =
  /^\s*((?:\p{Lu}[\p{L}.'\u2019-]*\s+){0,3}\p{Lu}[\p{L}'\u2019-]*)\s+(?:said|says|added|adds|wrote|writes|tweeted)\.(?=\s|$)/u;

/** A dash and a capitalised name closing the paragraph (with an optional description after a comma). */
const DASH_CREDIT =
  /^\s*[\u2014\u2013\u2015]\s*(\p{Lu}(?:[^\u2014\u2013\u2015.!?\u201C\u201D"]|(?<=\b\p{Lu})\.){0,80})\.?\s*$/u;

/** Words after a verb that make it a reporting phrasal verb ("went on", "pointed out", "chimed in"). */
const PARTICLES = new Set(['on', 'out', 'in', 'back', 'up']);
const PHRASAL_VERBS = new Set(
  'went goes go pointed points spelled lashed fired fires shot shoots hit hits chimed chimes weighed weighs summed sums wrote called calls'.split(
    ' ',
  ),
);

/** Is the token at `k` a verb that reports speech ("said", "added"), or a phrasal one ("went on")? */
function isReportingVerb(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || isCapitalised(t)) return false;
  if (SPEECH_VERBS.has(t.word) || STANCE_VERBS.has(t.word)) return true;
  const next = tokens[k + 1];
  return PHRASAL_VERBS.has(t.word) && !endsClause(t) && next !== undefined && PARTICLES.has(next.word);
}

/**
 * First word of a description set off by commas after a name ("the …", "president of …", "58",
 * "of Dayton"): anything but a verb, a pronoun or a clause word ("Roe, who disagreed, said" is not read).
 */
function opensDescription(t: Token): boolean {
  return t.word !== '' && !isVerbLike(t) && !CLAUSE_WORDS.has(t.word) && !PRONOUNS.has(t.word);
}

/**
 * Short parenthetical asides blanked out (same length, so offsets hold): "Gov. Ann Lee (R) said",
 * "Rep. Tom Becker (D-Ohio), the chairman,": party and state are not part of the name a reader sees.
 */
export function blankAsides(text: string): string {
  // Punctuation after the aside moves up to the word before it: "Lee (R), the chair" → "Lee, the chair".
  return text.replace(
    /\s*\([^()]{1,40}\)([,;:.]?)/g,
    (m, punct: string) => punct + ' '.repeat(m.length - punct.length),
  );
}

/**
 * A verb of another clause, which a subject never reaches back past: "The harbor board issued a notice
 * saying …", "Lee went on television and …" — a past form or participle not right after a determiner
 * or adjective ("a retired general", "the so-called" are not verbs).
 */
function isAnotherVerb(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (isCapitalised(t)) return false;
  const verbForm =
    IRREGULAR_PAST.has(t.word) ||
    REPORTING_PARTICIPLES.has(t.word) ||
    STANCE_VERBS.has(t.word) ||
    /^\p{Ll}{3,}(?:ed|ing)$/u.test(t.raw);
  if (!verbForm) return false;
  const before = tokens[i - 1];
  return (
    !before || !(DETERMINERS.has(before.word) || /^\p{Ll}+(?:ed|al|ive|ous|ful|ic|ly)$/u.test(before.raw))
  );
}

/** The words of a place or time after a subject ("in the room", "at the rally"): no verbs or clauses. */
function isPlainPlace(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > 5) return false;
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (!t.word || isVerbLike(t) || CLAUSE_WORDS.has(t.word) || endsClause(t)) return false;
  }
  return true;
}

/** A subject phrase: no verbs, no clause words, no prepositions other than "of". */
function isPlainSubject(tokens: readonly Token[], from: number, to: number): boolean {
  if (to <= from || to - from > MAX_SUBJECT_WORDS) return false;
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (!t.word) return false;
    if (isVerbLike(t) || CLAUSE_WORDS.has(t.word) || PREPOSITIONS.has(t.word)) return false;
    // "Lee struck familiar notes": a past verb ends any subject before it.
    if (!isCapitalised(t) && IRREGULAR_PAST.has(t.word)) return false;
  }
  return true;
}

/** The phrase from token `from` to the end of its clause (comma, dash, sentence end, or a clause word). */
function phraseUntilClauseEnd(source: string, tokens: readonly Token[], from: number): Attribution | null {
  let to = from;
  // A subject after its verb may carry long titles: "said former Ohio Gov. and party chairman Ann Lee".
  while (to < tokens.length && to - from < MAX_NAMED_WORDS) {
    const t = tokens[to] as Token;
    if (to > from && (CLAUSE_WORDS.has(t.word) || (PREPOSITIONS.has(t.word) && !isCapitalised(t)))) break;
    // "the night clerk known as Ted": the phrase ends before a participle that describes it.
    if (to - from >= 2 && !isCapitalised(t) && /^(?:known|\p{Ll}{3,}ed)$/u.test(t.word)) break;
    // "Ann Lee of the University of Dayton": the person, not her affiliation.
    if (to - from >= 2 && /^(?:of|at)$/.test(t.word) && isPersonName(phrase(source, tokens, from, to))) break;
    to++;
    if (endsClause(t) || endsSentence(t, tokens[to]) || startsClause(tokens[to] ?? t)) break;
  }
  if (to === from) return null;
  return speakerPhrase(phrase(source, tokens, from, to));
}

/**
 * Attribution written before the opening mark, in the same sentence. `before` is the text from the
 * start of the block (or the end of the previous quotation in it) up to the opening mark.
 * - A bare subject right before a quotation that reads as its predicate
 *   ("the agency ”found no evidence…”"): only when the caller says the quotation is a predicate (three
 *   words or more starting with a verb, see `startsWithVerb`); a short one or one starting with a noun
 *   is a name, a title or a scare quote ("the so-called “zero tolerance”", "Second paragraph “here…”").
 * - Otherwise the nearest reporting verb (said, told, warned, called, wrote, informed, prepared …) and
 *   its subject ("Rosenstein told them: “…”", "officials warned … could cause “…”"), or "according to X".
 * - Otherwise "X’s email …".
 */
export function attributionBefore(
  before: string,
  quoteIsPredicate: boolean,
  isKnownName: (word: string) => boolean = () => false,
): Attribution | null {
  const source = blankAsides(before);
  const all = tokenize(source);
  if (all.length === 0) return null;
  const scope = all.slice(sentenceStart(all, all.length));

  if (quoteIsPredicate) {
    const subject = subjectRightBefore(source, scope);
    if (subject) return weak(subject);
  }

  // "according to X" names where the article got the words: a speaker with a verb wins over it
  // ("Sessions said, according to the Times, that “…”" is Sessions).
  let according: Attribution | null = null;
  // A quotation that names a thing ("the so-called “…” policy", "the department’s “…”") is nobody's
  // words for a verb of stance to report.
  const lastWord = scope.at(-1);
  const quoteIsName =
    lastWord !== undefined && (/^so-called$/.test(lastWord.word) || /['\u2019]s?$/.test(lastWord.raw));
  // "defended the “…”": the quotation is the verb's object, a thing; "decried it as a “…”" is not.
  const objectOf = (k: number) => k === scope.length - 2 && DETERMINERS.has(lastWord?.word ?? '');
  for (let k = scope.length - 1; k >= 0; k--) {
    const t = scope[k] as Token;
    if (t.word === 'to' && scope[k - 1]?.word === 'according') {
      according ??= phraseUntilClauseEnd(source, scope, k + 1);
      continue;
    }
    if (isCapitalised(t)) {
      // "Said Ann Lee, who …, “…”", "In other words, explained Lee:": the verb before its subject.
      if (
        SPEECH_VERBS.has(t.word) &&
        (k === 0 || endsClause(scope[k - 1] as Token)) &&
        k < scope.length - 1
      ) {
        const subject = phraseUntilClauseEnd(source, scope, k + 1);
        if (subject) return subject;
      }
      continue;
    }
    if (
      BASE_REPORTING.has(t.word) &&
      /^(?:to|will|would|could|might|did|didn['\u2019]t|does|do)$/.test(scope[k - 1]?.word ?? '')
    ) {
      // "Lee went on to say, “…”", "Lee would only say: “…”".
      const subject = clauseSubject(source, scope, k - 1, true) ?? subjectOfVerb(source, scope, k - 1);
      if (subject) return subject;
      continue;
    }
    if (
      /^\p{Ll}{2,}ing$/u.test(t.raw) &&
      /^(?:is|are|was|were)$/.test(scope[k - 1]?.word ?? '') &&
      !quoteIsName &&
      !objectOf(k)
    ) {
      // "Lee is telling voters that “…”": a live blog's present progressive, the subject's words.
      const subject = clauseSubject(source, scope, k - 1);
      if (subject) return subject;
      continue;
    }
    if (REPORTING_PARTICIPLES.has(t.word) && !quoteIsName && !objectOf(k)) {
      // "…, calling the plan “…”": the words are the main clause's subject's.
      const subject = clauseSubject(source, scope, k);
      if (subject) return subject;
      continue;
    }
    // "…, explained Reyes, “…”": a verb of saying set off by commas with its subject after it, closing
    // the words before the quotation.
    const next = scope[k + 1];
    if (
      SPEECH_VERBS.has(t.word) &&
      !OBJECT_VERBS.has(t.word) &&
      k > 0 &&
      /,$/.test((scope[k - 1] as Token).trail) &&
      next !== undefined &&
      isCapitalised(next) &&
      /[,:]$/.test((scope.at(-1) as Token).trail) &&
      scope.slice(k + 1, -1).every((w) => !endsClause(w)) &&
      // "Gerson, a columnist, calls Cruz “…”:": a subject before the verb makes what follows its object.
      subjectOfVerb(source, scope, k)?.kind !== 'speaker'
    ) {
      const subject = phraseUntilClauseEnd(source, scope, k + 1);
      if (subject?.kind === 'speaker' && isPersonName(subject.text)) return subject;
    }
    const stance = STANCE_VERBS.has(t.word) && !quoteIsName && !objectOf(k);
    if (!(SPEECH_VERBS.has(t.word) || AUTHORING_VERBS.has(t.word) || stance)) continue;
    const subject = subjectOfVerb(source, scope, k) ?? clauseSubject(source, scope, k);
    if (subject) return subject;
  }
  if (according) return according;
  const asClause = asSomeonePutIt(source, scope);
  if (asClause) return asClause;
  const lead = colonLeadIn(source, scope) ?? (scope.length === 0 ? shortSentenceBefore(source, all) : null);
  if (lead) return lead;
  const headline = headlineSpeaker(source, scope, isKnownName);
  if (headline) return weak(headline);
  if (!quoteIsName) {
    // "The crowd chanted back, “…”", "Lee pushed his promise of “…”": the sentence's subject, when it
    // is a person or a body that speaks, is who the words are credited to.
    const subject = clauseSubject(source, scope, scope.length, true);
    if (subject?.kind === 'speaker' && speaksForItself(subject.text, isKnownName)) return weak(subject);
  }

  const scopeText = phrase(source, scope, 0, scope.length);
  const owners = [...scopeText.matchAll(NAMED_OWN_WORDS)];
  const owner = owners.at(-1)?.[1];
  if (owner) {
    // The capitalised run may start with a sentence-initial word: "In Rosenstein’s email".
    const words = tokenize(owner);
    const skip = words.findIndex(
      (t) =>
        !(
          PREPOSITIONS.has(t.word) ||
          DETERMINERS.has(t.word) ||
          CONJUNCTIONS.has(t.word) ||
          CLAUSE_WORDS.has(t.word)
        ),
    );
    if (skip >= 0) return speakerPhrase(owner.slice((words[skip] as Token).start));
  }
  return null;
}

/**
 * "As Ann Lee put it, “…”", "As the columnist Lee pointed out in 2010, the plan is “…”": a sentence
 * opening with "as", its subject and any verb, up to a comma or colon, credits the sentence to that
 * subject. Not "As a result," or "As mayor, Lee …": a verb of saying must follow the subject.
 */
function asSomeonePutIt(source: string, whole: readonly Token[]): Attribution | null {
  // "Or, as Lee put it:": a conjunction before "as" is not part of the clause.
  let from = 0;
  while (from < whole.length - 1 && CONJUNCTIONS.has((whole[from] as Token).word)) from++;
  const scope = whole.slice(from);
  if (scope[0]?.word !== 'as' || scope.length < 3) return null;
  // A verb of saying: "As the storm passed," is a time, not a credit.
  const saying = (t: Token) =>
    !isCapitalised(t) &&
    (SPEECH_VERBS.has(t.word) ||
      STANCE_VERBS.has(t.word) ||
      /^(?:put|puts|pointed|points|written|spoken)$/.test(t.word));
  const verb = scope.findIndex((t, i) => i >= 2 && saying(t));
  if (verb < 0 || verb > 24) return null;
  // The clause ends a few words after its verb ("put it,", "pointed out in December,").
  const close = scope.findIndex((t, i) => i >= verb && /[,:]$/.test(t.trail));
  if (close < 0 || close - verb > 12) return null;
  let end = verb;
  // "As Lee has pointed out": the auxiliary is the verb's, not the subject's.
  while (end > 1 && AUXILIARIES.has((scope[end - 1] as Token).word)) end--;
  while (end > 1 && isModifier(scope[end - 1] as Token)) end--;
  // "As Ann Lee, a professor of law, put it,": the name before its description.
  const comma = scope.findIndex((t, i) => i >= 1 && i < end - 1 && /,$/.test(t.trail));
  if (comma >= 0) {
    if (!/,$/.test((scope[end - 1] as Token).trail)) return null;
    end = comma + 1;
  }
  const first = scope[1] as Token;
  if (!(isCapitalised(first) || DETERMINERS.has(first.word)) || !isPlainSubject(scope, 1, end)) return null;
  return speakerPhrase(phrase(source, scope, 1, end));
}

/**
 * A lead-in ending with a colon names who speaks: "Lee put it bluntly:", "Kasich:", "From the report:",
 * "Roe, who chairs the panel, leaned in and said:" — the clause's subject, whatever its verb.
 */
function colonLeadIn(source: string, all: readonly Token[]): Attribution | null {
  const last = all.at(-1);
  if (!last || !/:$/.test(last.trail) || all.some((t, i) => i < all.length - 1 && /:/.test(t.trail))) {
    return null;
  }
  // A digest's item, "HEADLINE IN CAPITALS - Ann Lee: “…”": the lead-in is what follows the dash.
  const dash = all.findLastIndex((t, i) => i < all.length - 1 && /^(?:-|--|\u2014|\u2013)$/.test(t.raw));
  const whole = dash >= 0 && all.length - dash - 1 <= 6 ? all.slice(dash + 1) : all;
  // "And Lee crowed:": a conjunction opening the lead-in is not part of it.
  let skip = 0;
  while (skip < whole.length - 1 && /^(?:and|but|also|so)$/.test((whole[skip] as Token).word)) skip++;
  const scope = whole.slice(skip);
  let from = 0;
  while (from < scope.length - 1 && /^(?:from|more|according|to)$/.test((scope[from] as Token).word)) {
    from++;
  }
  if (from > 0 && scope.length - from <= 6) return speakerPhrase(phrase(source, scope, from, scope.length));
  // "A statement from Ann Lee:", "More from the report:": whoever the words are from.
  const fromAt = scope.findIndex((t, i) => i > 0 && t.word === 'from');
  if (fromAt > 0 && scope.length - fromAt - 1 <= 6) {
    const named = speakerPhrase(phrase(source, scope, fromAt + 1, scope.length));
    if (named) return named;
  }
  if (scope.length <= 4 && scope.every((t) => isCapitalised(t))) {
    return speakerPhrase(phrase(source, scope, 0, scope.length));
  }
  return clauseSubject(source, scope, scope.length, true);
}

/**
 * "Lee agreed. “…”", "Ann Lee, who chairs the panel, told reporters. “…”": the sentence right before
 * the quotation ends with a reporting verb (and perhaps whom it was told): its subject speaks.
 */
function shortSentenceBefore(source: string, all: readonly Token[]): Attribution | null {
  const end = all.length;
  const start = sentenceStart(all, end - 1);
  if (end - start > 40 || end - start < 2) return null;
  const sentence = all.slice(start, end);
  if (sentence.some((t) => !t.word)) return null;
  for (let v = sentence.length - 1; v >= Math.max(1, sentence.length - 5); v--) {
    if (!isReportingVerb(sentence, v)) continue;
    return subjectOfVerb(source, sentence, v) ?? clauseSubject(source, sentence, v);
  }
  return null;
}

/** Nouns for people and bodies that speak: a subject made of one of these may be credited with words. */
const SPEAKING_NOUNS = new Set(
  `spokesman spokeswoman spokesperson official officials aide aides adviser advisers advisor advisors
  president senator governor mayor leader leaders chairman chairwoman chair secretary director candidate
  candidates nominee campaign committee board crowd audience protesters demonstrators supporters critics
  voters lawmakers senators democrats republicans members group council panel attorney attorneys lawyer
  lawyers prosecutor prosecutors judge analyst analysts expert experts economist economists professor
  researcher researchers columnist author editor reporter host anchor pollster strategist consultant
  ambassador minister diplomat officer organization foundation administration agency department party
  statement memo letter ad spot email tweet post speech manifesto platform website executive executives
  founder owner activist activists advocate advocates organizers union company firm commission`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * A person's name (one capitalised word only when the article uses it as a name elsewhere: a
 * sentence-initial "Parents" is not one), or a description whose head noun speaks.
 */
function speaksForItself(text: string, isKnownName: (word: string) => boolean): boolean {
  const words = tokenize(text);
  if (isPersonName(text) && (words.length > 1 || isKnownName(words[0]?.word ?? ''))) return true;
  // "The flyer blames …", "a lot of drivers dislike …": a described subject, whatever its noun, is who
  // the sentence credits; a bare capitalised opener ("Parents stayed …") may be anything.
  if (words.length >= 2 && DETERMINERS.has(words[0]?.word ?? '') && !/['\u2019]/.test(text)) return true;
  // "Presidential candidate Ann Lee frequently says …", "Acme Press plans …": a name in full.
  if (words.length >= 2 && isCapitalised(words.at(-1) as Token) && isCapitalised(words.at(-2) as Token))
    return true;
  // "He pledged to “…”": resolved like any pronoun.
  if (words.length === 1 && /^(?:he|she|they)$/.test(words[0]?.word ?? '')) return true;
  return SPEAKING_NOUNS.has(words.at(-1)?.word ?? '');
}

/** A person's name, or a description whose head is a person or a body that speaks ("Top officials"). */
export function speakingSubject(text: string, isKnownName: (word: string) => boolean): boolean {
  const words = tokenize(text);
  const head = words.at(-1)?.word ?? '';
  if (isPersonName(text) && (words.length > 1 || isKnownName(head))) return true;
  return SPEAKING_NOUNS.has(head) || isPersonNoun(head);
}

/**
 * Headlines credit their quotation to the name they open with: "Ann Lee: Panel ‘Not Ready’",
 * "Ann Lee Says Panel Is ‘Not Ready’" (title case). The name must be one: a given name and a surname,
 * or a surname the article uses.
 */
function headlineSpeaker(
  source: string,
  scope: readonly Token[],
  isKnownName: (word: string) => boolean,
): Attribution | null {
  if (scope.length < 2) return null;
  const colon = scope.findIndex((t) => /:$/.test(t.trail));
  if (colon >= 0 && colon < 4 && colon < scope.length - 1) {
    const lead = scope.slice(0, colon + 1);
    const text = phrase(source, scope, 0, colon + 1);
    const last = lead.at(-1) as Token;
    if (
      lead.every((t) => isCapitalised(t)) &&
      isPersonName(text) &&
      (lead.length > 1 || isKnownName(last.word))
    ) {
      return speakerPhrase(text);
    }
  }
  const capitalised = scope.filter((t) => isCapitalised(t)).length;
  if (capitalised < 0.7 * scope.length || scope.length < 4) return null;
  const [first, second] = scope as [Token, Token];
  if (!isCapitalised(second) || endsClause(first)) return null;
  if (!(isGivenName(first.word) || isKnownName(second.word))) return null;
  return speakerPhrase(phrase(source, scope, 0, 2));
}

/** Base forms of reporting verbs, read after "to" or a modal ("went on to say", "would only add"). */
const BASE_REPORTING = new Set(
  'say add ask tell write explain note argue insist warn declare claim suggest respond reply answer describe call put'.split(
    ' ',
  ),
);

/** "WASHINGTON —", "DAYTON, Ohio, May 9 (Wire) —": a dateline opening the sentence, skipped. */
function datelineEnd(scope: readonly Token[], k: number): number {
  const first = scope[0];
  if (!first || !/^\p{Lu}{2,}[\p{Lu}.,-]*$/u.test(first.raw.replace(/[,\u2014\u2013-]+$/u, ''))) return 0;
  for (let i = 0; i < Math.min(k, 8); i++) {
    const t = scope[i] as Token;
    if (/[\u2014\u2013]|--/.test(t.trail) || /^[\u2014\u2013-]+$/u.test(t.raw)) return i + 1;
  }
  return 0;
}

/** Sentence openers that are not subjects: "Meanwhile,", "But", "Still,", "On Thursday,". */
const OPENING_ADVERBS = new Set(
  'meanwhile however still also later earlier instead yet but and so then now today yesterday recently separately similarly again indeed finally first second third last afterward afterwards moreover additionally elsewhere nonetheless nevertheless thus hence'.split(
    ' ',
  ),
);

/**
 * The subject of the clause whose verb (or participle) is at `k`: the sentence's first noun phrase,
 * past an opening adverbial ("On Thursday, Lee …", "Speaking in Ohio, Lee …", "Meanwhile, Lee …")
 * and past a description set off by commas ("Lee, who chairs the panel, …"). Only a phrase that reads
 * as who spoke (a name, "the chairwoman", a pronoun) counts.
 */
function clauseSubject(
  source: string,
  scope: readonly Token[],
  k: number,
  anyVerb = false,
): Attribution | null {
  let i = datelineEnd(scope, k);
  for (let guard = 0; guard < 3 && i < k; guard++) {
    const t = scope[i] as Token;
    if (OPENING_ADVERBS.has(t.word) || CONJUNCTIONS.has(t.word)) {
      i++;
      continue;
    }
    // An opening phrase up to its comma: a preposition, a participle, a subordinate clause, an adverb.
    if (!isOpener(t)) break;
    let c = i;
    while (c < k && !/,$/.test((scope[c] as Token).trail) && c - i < 14) c++;
    if (c >= k || !/,$/.test((scope[c] as Token).trail)) return null;
    i = pastPlaceTail(scope, c + 1);
  }
  if (i >= k) return null;
  const first = scope[i] as Token;
  if (!(isCapitalised(first) || DETERMINERS.has(first.word) || PRONOUNS.has(first.word))) return null;
  // The subject runs to the first verb, or to a comma that opens a description; a pronoun is the
  // whole subject ("Then he cut into …").
  let end = PRONOUNS.has(first.word) ? i + 1 : i;
  while (end < k && !PRONOUNS.has(first.word)) {
    const t = scope[end] as Token;
    if (!t.word || CLAUSE_WORDS.has(t.word) || (PREPOSITIONS.has(t.word) && t.word !== 'of')) break;
    const adjective = DETERMINERS.has(scope[end - 1]?.word ?? '');
    if (
      end > i &&
      !isCapitalised(t) &&
      (isVerbLike(t) || isModifier(t) || (/^\p{Ll}+ed$/u.test(t.raw) && !adjective))
    ) {
      break;
    }
    if (end > i && isAnotherVerb(scope, end)) break;
    // "The flyer goes on to say": a phrasal verb of saying ends the subject.
    if (end > i && isReportingVerb(scope, end)) break;
    // "The Ohio senator likes …": after the head noun of a description comes the verb.
    if (end > i && !isCapitalised(t) && t.word !== 'of' && isPersonNoun((scope[end - 1] as Token).word))
      break;
    // "The flyer blames a …", "The bureau expects that …": after a singular noun, a word in -s
    // followed by a determiner, "that" or "to" is the verb in the present tense.
    if (end > i + 1 && presentVerbAfterNoun(scope, end)) break;
    // After a name, a lower-case word is its verb unless another name follows ("Cruz aide Ann Lee");
    // after "The …" it is part of the description ("The Ohio senator").
    // "Lee's campaign chairman": after a possessive name the noun phrase goes on.
    const previous = end > i ? (scope[end - 1] as Token) : null;
    const owner = previous !== null && /['\u2019]s?$/.test(previous.raw) && !endsClause(previous);
    const named = !DETERMINERS.has(first.word) && !owner;
    if (named && end > i && !isCapitalised(t) && isCapitalised(scope[end - 1] as Token) && t.word !== 'of') {
      const ahead = scope.slice(end + 1, Math.min(end + 4, k));
      const nameAhead = ahead.findIndex((n) => isCapitalised(n) && !TIME_WORDS.test(n.word));
      const title = nameAhead < 0 ? t : ((nameAhead === 0 ? t : ahead[nameAhead - 1]) as Token);
      // "former Ohio secretary of farms Ann Lee": a title word anywhere before the name, past "of".
      const words = nameAhead < 0 ? [] : [t, ...ahead.slice(0, nameAhead)];
      const description =
        nameAhead >= 0 &&
        (isPersonNoun(title.word) ||
          (words.some((w) => isPersonNoun(w.word)) &&
            words.every((w) => !isVerbLike(w) && !CLAUSE_WORDS.has(w.word))));
      if (!description || ahead.slice(0, nameAhead).some((n) => endsClause(n)) || endsClause(t)) break;
    }
    end++;
    if (endsClause(t)) break;
  }
  if (end === i || end - i > MAX_SUBJECT_WORDS) return null;
  // The subject's own verb must be the one at `k` (past a description set off by commas), or `k` is
  // a participle after a comma: "Lee, who chairs the panel, said …", "Lee praised it, calling it “…”".
  let v = end;
  const last = scope[end - 1] as Token;
  if (endsClause(last)) {
    if (!/,$/.test(last.trail)) return null;
    while (v < k && !/,$/.test((scope[v] as Token).trail)) v++;
    v++;
  }
  while (v < k && isModifier(scope[v] as Token)) v++;
  const participle =
    k < scope.length &&
    REPORTING_PARTICIPLES.has((scope[k] as Token).word) &&
    /,$/.test(scope[k - 1]?.trail ?? '');
  // "Lee took the stage and said": the verb shares the clause's subject.
  const coordinated = /^(?:and|then|but)$/.test(scope[k - 1]?.word ?? '');
  // "Lee was the “driving force”": a copula describes the subject, the words are not its own (nor read
  // past a coordinated subject: "Lee and his aides were …").
  const followed =
    anyVerb &&
    v < k &&
    !isCapitalised(scope[v] as Token) &&
    !/^(?:is|are|was|were|be|been|being|and|or)$/.test((scope[v] as Token).word);
  const subject = phrase(source, scope, i, end);
  // "Lee's claim was that “…”", "Lee's slogan is “…”": someone's words, whatever the verb.
  const ownWords = anyVerb && v < k && OWN_WORDS.test(subject);
  if (!ownWords && (anyVerb ? !followed : v !== k && !((participle || coordinated) && v < k))) return null;
  return speakerPhrase(subject);
}

/** Is the token at `k` a present-tense verb after a singular noun ("the flyer blames a …")? */
function presentVerbAfterNoun(scope: readonly Token[], k: number): boolean {
  const t = scope[k] as Token;
  const noun = scope[k - 1] as Token;
  const next = scope[k + 1];
  if (isCapitalised(t) || endsClause(noun) || !/^\p{Ll}{3,}[^s]s$/u.test(t.raw)) return false;
  if (/(?:ss|us|is|ics)$/.test(t.word) || /s$/.test(noun.word) || /['\u2019]/.test(noun.raw)) return false;
  if (DETERMINERS.has(noun.word) || PREPOSITIONS.has(noun.word) || CONJUNCTIONS.has(noun.word)) return false;
  return next === undefined || DETERMINERS.has(next.word) || /^(?:that|to|how|why|what)$/.test(next.word);
}

/** "…, the agency ”found…" → "the agency": the words since the last clause break form a subject. */
function subjectRightBefore(source: string, scope: readonly Token[]): Attribution | null {
  let from = scope.length;
  while (from > 0) {
    const t = scope[from - 1] as Token;
    if (endsClause(t)) break;
    from--;
    if (startsClause(t)) break;
  }
  while (from < scope.length && CONJUNCTIONS.has((scope[from] as Token).word)) from++;
  const to = scope.length;
  if (to - from < 1 || to - from > 6) return null;
  if (!isPlainSubject(scope, from, to)) return null;
  const first = scope[from] as Token;
  const last = scope[to - 1] as Token;
  if (!(DETERMINERS.has(first.word) || PRONOUNS.has(first.word) || isCapitalised(first))) return null;
  // "its “…”", "the department’s “…”", "so-called “…”": the quotation is a noun, not a predicate.
  if (DETERMINERS.has(last.word) || PRONOUNS.has(last.word) || /['\u2019]s?$/.test(last.raw)) return null;
  if (/^so-called$|^dubbed$|^termed$/.test(last.word) || last.trail) return null;
  return speakerPhrase(phrase(source, scope, from, to));
}

/**
 * "Gene Hamilton, a top Sessions adviser, disagreed": when the words before the verb are an apposition
 * (between commas, starting with a determiner), the subject ends before it. Returns the new end.
 */
function beforeApposition(scope: readonly Token[], end: number): number {
  const closing = scope[end - 1];
  if (!closing || !/,$/.test(closing.trail)) return end;
  // The outermost description: "Michael Roe, president of the union, which has 9,000 members, said".
  let found = end;
  for (let i = end - 2; i >= 0 && end - i <= MAX_SUBJECT_WORDS * 4; i--) {
    const t = scope[i] as Token;
    if (!endsClause(t)) continue;
    if (!/,$/.test(t.trail)) break;
    // "After meeting Lee, Becker, who …, said": the first comma closes an opening phrase.
    if (closesOpeningPhrase(scope, i)) break;
    const opens = scope[i + 1] as Token;
    const description = opensDescription(opens) || /^(?:who|whose|which)$/.test(opens.word);
    if (description && isCapitalised(t)) found = i + 1;
  }
  return found;
}

/** Is the comma after token `i` the first of a sentence that opens with a phrase before its subject? */
function closesOpeningPhrase(scope: readonly Token[], i: number): boolean {
  const first = scope[0];
  if (!first || !isOpener(first)) return false;
  for (let j = 0; j < i; j++) if (endsClause(scope[j] as Token)) return false;
  return true;
}

/** A word opening a phrase before the sentence's subject: a preposition, a clause word, a participle. */
function isOpener(t: Token): boolean {
  return (
    PREPOSITIONS.has(t.word) ||
    CLAUSE_WORDS.has(t.word) ||
    /^\p{L}\p{Ll}+(?:ing|ed|ly)$/u.test(t.raw) ||
    /^(?:asked|speaking|addressing|writing|responding|appearing|like|unlike|amid|despite|following|besides|beyond)$/.test(
      t.word,
    )
  );
}

/** Subject of the verb at `k`: the words before it back to a clause break, a clause word or a preposition. */
function subjectOfVerb(source: string, scope: readonly Token[], k: number): Attribution | null {
  let end = k;
  while (end > 0 && isModifier(scope[end - 1] as Token)) end--;
  const verbAt = end;
  end = beforeApposition(scope, end);
  // "In February he said": the pronoun is the whole subject.
  if (end === verbAt && end > 0 && PRONOUNS.has((scope[end - 1] as Token).word)) {
    return speakerPhrase(phrase(source, scope, end - 1, end));
  }
  let from = end;
  while (from > 0) {
    const t = scope[from - 1] as Token;
    // After an apposition the subject's last word carries the apposition's opening comma.
    if ((endsClause(t) && !(from === end && end < verbAt)) || !t.word) break;
    // "a spokeswoman for Lee", "an aide to Lee": the one who speaks for the person is the subject.
    const speaksFor = scope[from - 2];
    const onBehalf =
      /^(?:for|to|with|at)$/.test(t.word) &&
      speaksFor !== undefined &&
      !endsClause(speaksFor) &&
      !isCapitalised(speaksFor) &&
      (isPersonNoun(speaksFor.word) || SPEAKING_NOUNS.has(speaksFor.word));
    if (onBehalf) {
      from--;
      continue;
    }
    if (CLAUSE_WORDS.has(t.word) || PREPOSITIONS.has(t.word) || isVerbLike(t)) break;
    if (isAnotherVerb(scope, from - 1)) break;
    from--;
    if (startsClause(t) || end - from > MAX_SUBJECT_WORDS) break;
  }
  while (from < end && CONJUNCTIONS.has((scope[from] as Token).word)) from++;
  if (end - from < 1 || end - from > MAX_SUBJECT_WORDS) return null;
  const resident = personBeforePlace(source, scope, from, end);
  if (resident) return resident;
  const owner = nounBeforePreposition(source, scope, from, end);
  if (owner) return owner;
  // "Ann Lee, the party's spokeswoman said": a description whose closing comma is missing follows
  // the name it describes, which is the subject ("Lee, an aide said, “…”" is a parenthesis: the aide).
  const name = nameBefore(source, scope, from);
  const parenthesis = /,$/.test(scope[k]?.trail ?? '');
  if (name && !parenthesis && DETERMINERS.has((scope[from] as Token).word)) return name;
  return speakerPhrase(phrase(source, scope, from, end));
}

/**
 * "Ann Lee of Dayton, Ohio says": the words before the verb are the state of a town the person is
 * "of" or "from"; the person is the subject, not the state.
 */
function personBeforePlace(
  source: string,
  scope: readonly Token[],
  from: number,
  end: number,
): Attribution | null {
  if (end - from > 3 || !scope.slice(from, end).every((t) => isCapitalised(t))) return null;
  const town = scope[from - 1];
  if (!town || !/,$/.test(town.trail) || !isCapitalised(town)) return null;
  let k = from - 2;
  while (k >= 0 && isCapitalised(scope[k] as Token) && !endsClause(scope[k] as Token) && from - k < 5) k--;
  if (k < 1 || !/^(?:of|from)$/.test((scope[k] as Token).word)) return null;
  let start = k;
  while (start > 0 && isCapitalised(scope[start - 1] as Token) && !endsClause(scope[start - 1] as Token)) {
    start--;
  }
  const name = phrase(source, scope, start, k);
  return k - start <= 4 && isPersonName(name) ? speakerPhrase(name) : null;
}

/**
 * "The museum in Toledo opened …", "A survey by Acme Polls found …": the words before the verb
 * follow a preposition; the subject is the noun phrase they belong to (a person's name alone when it
 * is one: "Tom Becker of Dayton said").
 */
function nounBeforePreposition(
  source: string,
  scope: readonly Token[],
  from: number,
  end: number,
): Attribution | null {
  const prep = scope[from - 1];
  if (!prep || endsClause(prep) || !/^(?:in|at|by|from|of)$/.test(prep.word) || end - from > 4) return null;
  let start = from - 1;
  while (start > 0 && from - 1 - start < 6) {
    const t = scope[start - 1] as Token;
    if (endsClause(t) || !t.word || CLAUSE_WORDS.has(t.word) || PREPOSITIONS.has(t.word) || isVerbLike(t))
      break;
    if (isAnotherVerb(scope, start - 1)) break;
    start--;
  }
  if (start >= from - 1) return null;
  const opening = scope[start] as Token;
  const before = scope[start - 1];
  const opensClause = before === undefined || endsClause(before) || /^(?:and|but)$/.test(before.word);
  const head = (scope[from - 2] as Token).word;
  const described = DETERMINERS.has(opening.word) || isCapitalised(opening) || SPEAKING_NOUNS.has(head);
  if (!opensClause || !described) return null;
  if (!isPlainSubject(scope, start, from - 1)) return null;
  const name = phrase(source, scope, start, from - 1);
  if (/^(?:of|from|at)$/.test(prep.word) && isPersonName(name)) return speakerPhrase(name);
  return speakerPhrase(phrase(source, scope, start, end));
}

/** The person's name ending with the comma right before token `at` ("Ann Lee, …"), if it opens the sentence. */
function nameBefore(source: string, scope: readonly Token[], at: number): Attribution | null {
  const comma = scope[at - 1];
  if (!comma || !/,$/.test(comma.trail) || !isCapitalised(comma)) return null;
  let start = at - 1;
  while (start > 0 && isCapitalised(scope[start - 1] as Token) && !endsClause(scope[start - 1] as Token)) {
    start--;
  }
  if (start > 0) return null;
  const text = phrase(source, scope, start, at);
  return at - start <= 4 && isPersonName(text) ? speakerPhrase(text) : null;
}

/** Words that open a phrase before a sentence's subject ("When …,", "Meanwhile,"), not the subject. */
const SUBORDINATE_OPENERS =
  /^(?:when|after|as|while|before|since|if|although|though|because|meanwhile|however|still|also|once|until|unless)$/;

/**
 * The last resort for a quoted phrase nothing else credits: the noun phrase a sentence opens with,
 * up to its first verb ("The union wants to pass “…”", "Several county clerks doubted the “…”"),
 * past one opening phrase set off by a comma. A pronoun, a clause or a phrase with a preposition in it
 * is not taken, nor one bare capitalised word the article does not use as a name ("Parents stayed …").
 * `before` is the quotation's paragraph up to its opening mark.
 */
export function sentenceOpener(before: string, isKnownName: (word: string) => boolean): string | null {
  const source = blankAsides(before);
  const all = tokenize(source);
  const toks = all.slice(sentenceStart(all, all.length));
  if (toks.length < 3) return null;
  let i = 0;
  const opening = toks[0] as Token;
  if (
    PREPOSITIONS.has(opening.word) ||
    CONJUNCTIONS.has(opening.word) ||
    SUBORDINATE_OPENERS.test(opening.word) ||
    /^\p{L}\p{Ll}+(?:ing|ly)$/u.test(opening.raw)
  ) {
    const comma = toks.findIndex((t) => /,$/.test(t.trail));
    if (comma < 0) return null;
    i = pastPlaceTail(toks, comma + 1);
  }
  const isVerb = (k: number) => {
    const t = toks[k] as Token;
    if (isCapitalised(t)) return false;
    const w = t.word;
    if (AUXILIARIES.has(w) || SPEECH_VERBS.has(w) || STANCE_VERBS.has(w) || IRREGULAR_PAST.has(w))
      return true;
    const previous = toks[k - 1]?.word ?? '';
    if (DETERMINERS.has(previous)) return false;
    return /^\p{Ll}{3,}ed$/u.test(w) || (k > i + 1 && presentVerbAfterNoun(toks, k));
  };
  let v = i + 1;
  while (v < toks.length && !isVerb(v)) {
    const t = toks[v] as Token;
    if (endsClause(t) && !isCapitalised(t)) return null;
    v++;
  }
  if (v >= toks.length || v - i > MAX_SUBJECT_WORDS) return null;
  // "The policy was a “…”": a copula describes the subject; the words are not its own.
  if (
    /^(?:is|are|was|were|be|been|being|am|seems|seemed|became|becomes|remains|remained)$/.test(
      (toks[v] as Token).word,
    )
  )
    return null;
  let end = v;
  while (end > i + 1 && isModifier(toks[end - 1] as Token)) end--;
  const subject = toks.slice(i, end);
  const first = subject[0] as Token;
  if (!(isCapitalised(first) || DETERMINERS.has(first.word))) return null;
  if (subject.some((t) => ANY_PRONOUN.test(t.word) && !DETERMINERS.has(t.word))) return null;
  if (
    subject.some(
      (t, k) => k > 0 && (CLAUSE_WORDS.has(t.word) || (PREPOSITIONS.has(t.word) && t.word !== 'of')),
    )
  )
    return null;
  if (subject.length === 1 && !isKnownName(first.word)) return null;
  const found = speakerPhrase(phrase(source, toks, i, end));
  return found?.kind === 'speaker' ? found.text : null;
}

/** Participles of naming and judging that a passive credit follows ("called “…” by Lee"). */
const PASSIVE_NAMING =
  /(?:^|\s)(?:called|labell?ed|dubbed|termed|branded|deemed|described|characterized|characterised|criticized|criticised|praised|hailed|derided|dismissed|denounced|condemned|mocked)(?:\s+as)?(?:\s+(?:an?|the))?\s*$/i;

/**
 * A passive credit: "the plan was described by Ann Lee as “…”" (`before` ends with "by X as"), or
 * "a movement called “…” by its critics" (`after` opens with "by X"). The one who named or judged
 * the thing is the one whose words these are.
 */
export function passiveCredit(before: string, after: string): Attribution | null {
  const lead =
    /\s(?:was|were|is|are|been|being|be)\s+(?:\p{Ll}+ly\s+)?(?:described|called|criticized|criticised|praised|hailed|derided|dismissed|labell?ed|branded|characterized|characterised|denounced|condemned|mocked)\s+by\s+([^,;:.!?\u201C\u201D"]{2,80}?)\s+as\s*(?:an?\s+|the\s+)?$/u.exec(
      before,
    );
  if (lead?.[1]) return speakerPhrase(lead[1]);
  if (!PASSIVE_NAMING.test(before)) return null;
  const by = /^[\s,]*by\s/.exec(after);
  if (!by) return null;
  const source = after.slice(by[0].length);
  const tokens = tokenize(source);
  return tokens.length > 0 ? phraseUntilClauseEnd(source, tokens, 0) : null;
}
