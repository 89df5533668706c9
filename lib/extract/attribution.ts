/**
 * Who the article says spoke a quotation, read from the words around it. Best effort and literal:
 * the result is a phrase the article itself uses ("one prosecutor", "the agency", "Lee Gelernt"), or
 * nothing. A quotation the article attributes to a report ("the report concluded") belongs to the
 * document being quoted, not to a speaker: that is reported as `document`, which callers turn into null.
 */
import {
  AUTHORING_VERBS,
  AUXILIARIES,
  CLAUSE_WORDS,
  CONJUNCTIONS,
  DETERMINERS,
  endsClause,
  endsSentence,
  isCapitalised,
  PREPOSITIONS,
  PRONOUNS,
  SPEECH_VERBS,
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
export type Attribution = { kind: 'speaker'; text: string; source?: true } | { kind: 'document' };

/** Head nouns of a report-like document: "the 93-page report", "the findings", "the review". */
const REPORT_NOUNS = new Set(
  'report reports findings review audit investigation inquiry probe study analysis evaluation'.split(' '),
);

/** A person's own communication: "Rosenstein’s email" is Rosenstein speaking. */
const OWN_WORDS =
  /^(.+?)(?:['\u2019]s|(?<=s)['\u2019])\s+(?:[\p{L}-]+\s+)?(?:e-?mails?|memo(?:randum)?|letter|messages?|notes?|statement|tweets?|texts?|remarks|testimony|post|speech|talking points|comments|words)$/iu;

/** The same, found inside a longer clause: "In Rosenstein’s email to prosecutors: “…”". */
const NAMED_OWN_WORDS =
  /(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3})(?:['\u2019]s|(?<=s)['\u2019])\s+(?:[\p{L}-]+\s+)?(?:e-?mails?|memo(?:randum)?|letter|messages?|notes?|statement|tweets?|texts?|remarks|testimony|post|speech|talking points|comments)\b/gu;

const MAX_SUBJECT_WORDS = 8;

function isVerbLike(t: Token): boolean {
  if (isCapitalised(t)) return false;
  return SPEECH_VERBS.has(t.word) || AUTHORING_VERBS.has(t.word) || AUXILIARIES.has(t.word);
}

function isModifier(t: Token): boolean {
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
  if (tokens.length === 0 || tokens.length > MAX_SUBJECT_WORDS) return null;
  text = text.slice((tokens[0] as Token).start);
  const own = OWN_WORDS.exec(text);
  if (own?.[1]) text = own[1];
  const head = tokenize(text).at(-1)?.word ?? '';
  if (!own && REPORT_NOUNS.has(head)) return { kind: 'document' };
  const words = tokenize(text);
  if (words.length >= 2 && (words[0] as Token).word === 'the' && isCapitalised(words[1] as Token)) {
    text = text.slice((words[1] as Token).start);
  }
  if (!/\p{L}/u.test(text)) return null;
  return { kind: 'speaker', text };
}

/**
 * Attribution written after the closing mark: `…,” NAME said`, `…,” said NAME`, `…,” according to NAME`.
 * `after` starts right after the closing mark. A quotation that ends its sentence with a full stop
 * ("…policy.” The report …") has no postposed attribution: what follows is a new sentence.
 */
export function attributionAfter(after: string, quoteEndsWithFullStop: boolean): Attribution | null {
  if (quoteEndsWithFullStop && !/^\s*[,\u2014\u2013]/.test(after)) return null;
  const source = after.replace(/^[\s,;\u2014\u2013-]+/u, '');
  const tokens = tokenize(source);
  const first = tokens[0];
  if (!first) return null;

  if (first.word === 'according' && tokens[1]?.word === 'to') {
    const named = phraseUntilClauseEnd(source, tokens, 2);
    return named?.kind === 'speaker' ? { ...named, source: true } : named;
  }

  if (!isCapitalised(first) && SPEECH_VERBS.has(first.word) && !endsClause(first)) {
    return phraseUntilClauseEnd(source, tokens, 1);
  }

  // NAME [, apposition,] [modifiers] VERB
  let subjectEnd = -1;
  for (let k = 1; k < tokens.length && k <= MAX_SUBJECT_WORDS * 2 + 2; k++) {
    const prev = tokens[k - 1] as Token;
    if (endsSentence(prev, tokens[k])) return null;
    const t = tokens[k] as Token;
    if (endsClause(prev)) {
      const comma = /,$/.test(prev.trail);
      // "Gene Hamilton, a top adviser, said": the words between the commas describe the subject.
      if (subjectEnd < 0 && comma && DETERMINERS.has(t.word)) {
        subjectEnd = k;
        continue;
      }
      // Past the apposition's closing comma, only the verb may follow.
      if (subjectEnd < 0 || !comma || isCapitalised(t) || !SPEECH_VERBS.has(t.word)) return null;
    }
    if (isCapitalised(t) || !SPEECH_VERBS.has(t.word)) continue;
    if (subjectEnd >= 0 && !/,$/.test(prev.trail)) return null;
    let end = subjectEnd >= 0 ? subjectEnd : k;
    while (end > 0 && isModifier(tokens[end - 1] as Token)) end--;
    if (!isPlainSubject(tokens, 0, end)) return null;
    return speakerPhrase(phrase(source, tokens, 0, end));
  }
  return null;
}

/** A subject phrase: no verbs, no clause words, no prepositions other than "of". */
function isPlainSubject(tokens: readonly Token[], from: number, to: number): boolean {
  if (to <= from || to - from > MAX_SUBJECT_WORDS) return false;
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (!t.word) return false;
    if (isVerbLike(t) || CLAUSE_WORDS.has(t.word) || PREPOSITIONS.has(t.word)) return false;
  }
  return true;
}

/** The phrase from token `from` to the end of its clause (comma, dash, sentence end, or a clause word). */
function phraseUntilClauseEnd(source: string, tokens: readonly Token[], from: number): Attribution | null {
  let to = from;
  while (to < tokens.length && to - from < MAX_SUBJECT_WORDS + 1) {
    const t = tokens[to] as Token;
    if (to > from && (CLAUSE_WORDS.has(t.word) || (PREPOSITIONS.has(t.word) && !isCapitalised(t)))) break;
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
export function attributionBefore(before: string, quoteIsPredicate: boolean): Attribution | null {
  const all = tokenize(before);
  if (all.length === 0) return null;
  const scope = all.slice(sentenceStart(all, all.length));

  if (quoteIsPredicate) {
    const subject = subjectRightBefore(before, scope);
    if (subject) return subject;
  }

  for (let k = scope.length - 1; k >= 0; k--) {
    const t = scope[k] as Token;
    if (t.word === 'to' && scope[k - 1]?.word === 'according') {
      const found = phraseUntilClauseEnd(before, scope, k + 1);
      if (found) return found;
      continue;
    }
    if (isCapitalised(t) || !(SPEECH_VERBS.has(t.word) || AUTHORING_VERBS.has(t.word))) continue;
    const subject = subjectOfVerb(before, scope, k);
    if (subject) return subject;
  }

  const scopeText = phrase(before, scope, 0, scope.length);
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
  for (let i = end - 2; i >= 0 && end - i <= MAX_SUBJECT_WORDS; i--) {
    const t = scope[i] as Token;
    if (endsClause(t)) return /,$/.test(t.trail) && DETERMINERS.has(scope[i + 1]?.word ?? '') ? i + 1 : end;
  }
  return end;
}

/** Subject of the verb at `k`: the words before it back to a clause break, a clause word or a preposition. */
function subjectOfVerb(source: string, scope: readonly Token[], k: number): Attribution | null {
  let end = k;
  while (end > 0 && isModifier(scope[end - 1] as Token)) end--;
  const verbAt = end;
  end = beforeApposition(scope, end);
  let from = end;
  while (from > 0) {
    const t = scope[from - 1] as Token;
    // After an apposition the subject's last word carries the apposition's opening comma.
    if ((endsClause(t) && !(from === end && end < verbAt)) || !t.word) break;
    if (CLAUSE_WORDS.has(t.word) || PREPOSITIONS.has(t.word) || isVerbLike(t)) break;
    from--;
    if (startsClause(t) || end - from > MAX_SUBJECT_WORDS) break;
  }
  while (from < end && CONJUNCTIONS.has((scope[from] as Token).word)) from++;
  if (end - from < 1 || end - from > MAX_SUBJECT_WORDS) return null;
  return speakerPhrase(phrase(source, scope, from, end));
}
