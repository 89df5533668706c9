/**
 * Does the article's attribution fit the passage's speaker? Conservative by design: 'mismatch' only when
 * both sides name a person and the names share nothing; 'ok' when they share a name or a role word
 * ("prosecutor", "attorneys") or when the article credits the document and the speaker is its author;
 * 'unknown' for pronouns, generic descriptions and everything else. What the corpus calls its
 * institutions and authors comes from its vocabulary (report-vocabulary.ts).
 */
import { isPersonName } from '../extract/names';
import type { AttributionCheck } from '../types';
import { type AttributionVocabulary, REPORT_VOCABULARY } from './report-vocabulary';

/** Words that describe rather than name: titles, offices, document words, fillers, pronouns. */
const GENERIC_NOT_NAMES =
  `a an the and of in on for to as by at with said says told wrote according one two some
  mr mrs ms dr sen senator rep reps representative gov president vice secretary deputy attorney attorneys
  general generals chief director chair chairs chairman chairwoman committee committees
  congressional congress oversight judiciary house senate department office officials official agency
  agencies administration government federal statement report review memo email draft release press
  watchdog investigators staff staffer prosecutor prosecutors service democrats republicans leaders
  lawmakers spokesman spokeswoman spokesperson unnamed unknown
  he she they it his her their them we our this that these those who its`
    .split(/\s+/)
    .filter(Boolean);

/** Descriptions specific enough that sharing one is consistent ("U.S. attorneys", "one prosecutor"). */
const GENERIC_ROLE_WORDS = ['prosecutor', 'prosecutors', 'attorneys', 'officials', 'staffer'];

/** The generic words with a corpus's own, as sets (built once per vocabulary). */
const wordSets = new WeakMap<AttributionVocabulary, { notName: Set<string>; role: Set<string> }>();
function setsOf(vocabulary: AttributionVocabulary) {
  let sets = wordSets.get(vocabulary);
  if (!sets) {
    sets = {
      notName: new Set([...GENERIC_NOT_NAMES, ...vocabulary.notNames]),
      role: new Set([...GENERIC_ROLE_WORDS, ...vocabulary.roleWords]),
    };
    wordSets.set(vocabulary, sets);
  }
  return sets;
}

/** Words of a string, lowercased, with the speaker's asides removed. */
function words(s: string): string[] {
  return s
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}.]+/u)
    .map((w) => w.replace(/\.$/, ''))
    .filter((w) => w.length >= 2);
}

/**
 * The part of a speaker field that names who spoke. Parentheses hold asides ("(as recorded in U.S.
 * Attorneys' notes)") and "describing X" names the subject, not the speaker.
 */
export function speakerCore(speaker: string): string {
  return speaker.replace(/\([^)]*\)/g, ' ').replace(/\b(describing|about|regarding)\b.*$/i, ' ');
}

/** The article's attribution (without a description after a comma) is a person's name. */
function namesAPerson(attributedTo: string): boolean {
  const core = attributedTo.split(/,|\(/)[0]?.trim() ?? '';
  return isPersonName(core.replace(/['\u2019]s$/, ''));
}

export function checkAttribution(
  attributedTo: string | null | undefined,
  speaker: string | null,
  vocabulary: AttributionVocabulary = REPORT_VOCABULARY,
): AttributionCheck {
  if (!attributedTo?.trim() || !speaker?.trim()) return 'unknown';
  const { notName, role } = setsOf(vocabulary);
  const names = (ws: string[]) => ws.filter((w) => !notName.has(w) && /^\p{L}/u.test(w));
  const core = speakerCore(speaker);
  const said = words(attributedTo);
  const spoke = new Set(words(core));
  // Shared name or shared role word ("one prosecutor" / "a DOJ prosecutor"): consistent.
  if (said.some((w) => spoke.has(w) && (names([w]).length > 0 || role.has(w)))) return 'ok';
  if (vocabulary.creditsDocument.test(attributedTo) && vocabulary.authorSpeaker.test(core)) return 'ok';
  // A description that fits ("a federal prosecutor", "the Ohio senator", "the agency") is never a
  // mismatch, even with a capitalised word in it: only a person's name is.
  if (!namesAPerson(attributedTo)) return 'unknown';
  const saidNames = names(said);
  const spokeNames = names([...spoke]);
  // Both name people (a capitalised word that is not a title or institution) and share none of them.
  const capitalised = (s: string, ws: string[]) =>
    ws.filter((w) => cachedRegExp(`\\b${w}`, 'i').test(s) && isCapitalisedIn(s, w));
  if (capitalised(attributedTo, saidNames).length > 0 && capitalised(core, spokeNames).length > 0)
    return 'mismatch';
  return 'unknown';
}

/**
 * Compiled patterns by source and flags: every quotation's check builds the same few from the names of
 * the corpus's speakers, and compiling is most of its cost. Bounded, as the names are: an attribution
 * that keeps naming new people only replaces the cache.
 */
const patterns = new Map<string, RegExp>();
const MAX_PATTERNS = 1024;
function cachedRegExp(source: string, flags: string): RegExp {
  const key = `${flags}/${source}`;
  let re = patterns.get(key);
  if (!re) {
    if (patterns.size >= MAX_PATTERNS) patterns.clear();
    re = new RegExp(source, flags);
    patterns.set(key, re);
  }
  return re;
}

function isCapitalisedIn(s: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = cachedRegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'iu').exec(s);
  return m !== null && /^\p{Lu}/u.test(m[0]);
}
