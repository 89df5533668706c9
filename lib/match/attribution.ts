/**
 * Does the article's attribution fit the passage's speaker? Conservative by design: 'mismatch' only when
 * both sides name a person and the names share nothing; 'ok' when they share a name or a role word
 * ("prosecutor", "attorneys") or when the article credits the report and the speaker is the OIG;
 * 'unknown' for pronouns, generic descriptions and everything else.
 */
import type { AttributionCheck } from '../types';

/** Words that describe rather than name: titles, institutions, fillers. Never treated as a person's name. */
const NOT_A_NAME = new Set(
  `a an the and of in on for to as by at with said says told wrote according one two some
  mr mrs ms dr sen senator rep reps representative gov president vice secretary deputy attorney attorneys
  general generals inspector inspectors chief director chair chairs chairman chairwoman committee committees
  congressional congress oversight judiciary house senate white department justice homeland security
  health human services office officials official agency agencies administration government federal
  u.s us united states doj dhs hhs oig aclu usao usaos usms dag ag a.g oag statement report review memo
  email draft release press watchdog investigators staff staffer prosecutor prosecutors marshals service
  democrats republicans leaders lawmakers spokesman spokeswoman spokesperson unnamed unknown
  he she they it his her their them we our this that these those who its district texas western`
    .split(/\s+/)
    .filter(Boolean),
);

/** Descriptions specific enough that sharing one is consistent ("U.S. attorneys", "one prosecutor"). */
const ROLE_WORDS = new Set(['prosecutor', 'prosecutors', 'attorneys', 'marshals', 'officials', 'staffer']);

/** Attributions that credit the report itself (or its authors). */
const REPORT_WORDS =
  /\b(report|inspector general|inspectors general|oig|watchdog|review|investigators|the agency)\b/i;

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

const names = (ws: string[]) => ws.filter((w) => !NOT_A_NAME.has(w) && /^\p{L}/u.test(w));

export function checkAttribution(
  attributedTo: string | null | undefined,
  speaker: string | null,
): AttributionCheck {
  if (!attributedTo?.trim() || !speaker?.trim()) return 'unknown';
  const core = speakerCore(speaker);
  const said = words(attributedTo);
  const spoke = new Set(words(core));
  // Shared name or shared role word ("one prosecutor" / "a DOJ prosecutor"): consistent.
  if (said.some((w) => spoke.has(w) && (names([w]).length > 0 || ROLE_WORDS.has(w)))) return 'ok';
  if (REPORT_WORDS.test(attributedTo) && /\bOIG\b/.test(core)) return 'ok';
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
