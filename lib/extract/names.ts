/**
 * Named people, for resolving "he said" / "she said". Only a proper name counts (every word
 * capitalised, not an institution); anything less certain leaves the pronoun as the article wrote it.
 */
import {
  ABBREVIATIONS,
  CLAUSE_WORDS,
  CONJUNCTIONS,
  DETERMINERS,
  endsClause,
  isCapitalised,
  PREPOSITIONS,
  PRONOUNS,
  sentenceStart,
  type Token,
  tokenize,
} from './words';

/** Lower-case particles inside personal names (Ursula von der Leyen, Ana de la Cruz). */
const NAME_PARTICLES = new Set([
  'de',
  'van',
  'von',
  'der',
  'den',
  'al',
  'bin',
  'la',
  'le',
  'da',
  'del',
  'di',
  'du',
]);

/** Words that make a capitalised phrase an institution or a thing rather than a person. */
const INSTITUTION_WORDS = new Set(
  `department office committee committees administration house court agency service services union association
  council inc corp company university government congress senate patrol security police bureau commission board
  party network times post news group center centre institute foundation justice attorneys marshals officials
  chairs state states city county district report statement review ministry embassy army navy`
    .split(/\s+/)
    .filter(Boolean),
);

const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'sen',
  'rep',
  'gov',
  'gen',
  'president',
  'judge',
  'attorney',
  'general',
]);

export function isPersonName(text: string): boolean {
  const tokens = tokenize(text);
  if (tokens.length === 0 || tokens.length > 5) return false;
  const first = tokens[0] as Token;
  if (DETERMINERS.has(first.word) || PRONOUNS.has(first.word)) return false;
  let capitalised = 0;
  for (const t of tokens) {
    if (INSTITUTION_WORDS.has(t.word)) return false;
    // DOJ, OIG, U.S.: acronyms name institutions and places, not people.
    if (!/\p{Ll}/u.test(t.word)) return false;
    if (isCapitalised(t)) capitalised++;
    else if (!NAME_PARTICLES.has(t.word)) return false;
  }
  // "Friday", "last December": a date. (May, June, April and August are also given names.)
  if (DATE_WORD.test((tokens.at(-1) as Token).word)) return false;
  return capitalised > 0 && !tokens.every((t) => TITLES.has(t.word));
}

const DATE_WORD =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|july|september|october|november|december)$/;

/** Lower-cased words the article writes capitalised in the middle of a sentence: names, not sentence starts. */
export type MidSentenceCapitals = ReadonlySet<string>;

export function midSentenceCapitals(texts: readonly string[]): MidSentenceCapitals {
  const names = new Set<string>();
  // A regex scan rather than tokenize(): this runs over the whole article.
  for (const text of texts) {
    for (const m of text.matchAll(/(?<=\s)\p{Lu}[\p{L}\p{N}'\u2019.-]*/gu)) {
      if (!followsMidSentence(text, m.index)) continue;
      names.add(m[0].replace(/[^\p{L}\p{N}]+$/u, '').toLowerCase());
    }
  }
  return names;
}

/** Is the word at `i` (after a blank) inside a sentence, not after a full stop, colon or opening mark? */
function followsMidSentence(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && /\s/.test(text[j] as string)) j--;
  let c = text[j] ?? '';
  if (/[:([\u201C\u2018"'\u2014\u2013]/.test(c)) return false;
  while (j > 0 && /[)\]\u201D\u2019"']/.test(c)) c = text[--j] ?? '';
  if (!/[.!?]/.test(c)) return true;
  if (c !== '.') return false;
  // A full stop after an initial or an abbreviation ("U.S. Marshals", "Dr. Smith") ends no sentence.
  const word = /(\S+)\.$/.exec(text.slice(Math.max(0, j - 20), j + 1))?.[1] ?? '';
  return /^(?:\p{L}\.)*\p{L}$/u.test(word) || ABBREVIATIONS.has(word.toLowerCase());
}

const SENTENCE_ADVERBS = new Set(
  'later then now still also meanwhile yesterday today tomorrow instead however earlier last next first finally again'.split(
    ' ',
  ),
);

/** Words that begin sentences without being names ("In 2018, …", "But …", "When …"). */
function isFunctionWord(t: Token): boolean {
  return (
    DETERMINERS.has(t.word) ||
    PREPOSITIONS.has(t.word) ||
    CONJUNCTIONS.has(t.word) ||
    CLAUSE_WORDS.has(t.word) ||
    PRONOUNS.has(t.word)
  );
}

/**
 * A person named as the subject at the start of a sentence ("Sessions ignored their pleas …"):
 * the capitalised words the sentence opens with, when they form a person's name and a lower-case
 * word follows. Searches the sentences of `text` from the last one back.
 */
export function lastSentenceSubject(
  text: string,
  names: MidSentenceCapitals,
): { name: string; index: number } | null {
  const tokens = tokenize(text);
  // The sentence still open at the end of `text` first, then the ones before it.
  let end = tokens.length;
  let start = sentenceStart(tokens, end);
  for (;;) {
    const name = leadingName(text, tokens, start, end, names);
    if (name) return { name, index: (tokens[start] as Token).start };
    if (start === 0) return null;
    end = start;
    start = sentenceStart(tokens, start - 1);
  }
}

function leadingName(
  text: string,
  tokens: readonly Token[],
  start: number,
  end: number,
  names: MidSentenceCapitals,
): string | null {
  let k = start;
  while (k < end && k - start < 5) {
    const t = tokens[k] as Token;
    if (!isCapitalised(t) || isFunctionWord(t) || t.lead) break;
    k++;
    if (endsClause(t)) break;
  }
  if (k === start || k >= end) return null;
  const next = tokens[k] as Token;
  if (isCapitalised(next) && !endsClause(tokens[k - 1] as Token)) return null;
  const first = tokens[start] as Token;
  // Capitals prove nothing at the start of a sentence ("Later the report said…"): a lone word counts
  // only if the article also capitalises it mid-sentence; a first word before another capitalised one
  // ("Kirstjen Nielsen") only if it is not a sentence adverb ("Later Sessions said").
  if (
    !names.has(first.word) &&
    (k - start < 2 || SENTENCE_ADVERBS.has(first.word) || /ly$/.test(first.word))
  ) {
    return null;
  }
  const last = tokens[k - 1] as Token;
  const name = text.slice(first.start, last.end - last.trail.length);
  return isPersonName(name) ? name : null;
}
