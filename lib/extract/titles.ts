/**
 * Quotation marks that do not quote anyone: the title of a work or programme ("said on ABC's “This
 * Week”", "his book “The Long Road”") and a nickname inside a name (Marcia “Cia” Price). They are not
 * speech, so they get no badge and no speaker: extractQuotes leaves them out.
 *
 * Only a title in title case with a cue before it counts: a phrase in marks after "the show" or "on
 * CNN's" that reads as a sentence ("a show called “we are not done”") may still be someone's words.
 */

/** Words for programmes that a title in marks follows ("the show “…”", "an episode of “…”"). */
const PROGRAMME_WORD =
  /\b(?:show|program|programme|series|episode(?: of)?|segment|sitcom|podcast|miniseries|broadcast(?: of)?|special)[,:]?\s+(?:called\s+|titled\s+|named\s+)?$/i;

/**
 * Screen works and roles in them ("the documentary “…”", "starred in “…”", "a guest on “…”"): titles,
 * dropped like a programme's.
 */
const SCREEN_WORD =
  /\b(?:film|movie|documentary|thriller|biopic|blockbuster|drama|reality show|talk show|TV show|starred in|stars in|starring in|star of|roles? in|appear(?:ed|s|ing)? on|host of|season \w+ of|episode of|cast of|screening of|trailer for|sequel to)[,:]?\s+(?:called\s+|titled\s+|named\s+)?$/i;

/** A title followed by what it is the title of: "the “…” star", "the “…” reboot". */
const SCREEN_AFTER =
  /^[.,]?\s+(?:star|stars|actress|actor|actors|cast|reboot|trailer|trailers|sequel|franchise|episode|season|premiere|finale)\b/i;

/** Words for other works ("his book “…”", "a film titled “…”"): still reported, but nobody's words. */
const WORK_WORD =
  /\b(?:book|film|movie|song|album|column|play|novel|documentary|memoir|drama|musical|magazine|newsletter|blog|biography|autobiography|bestseller|anthem|opera|poem|essay|report|titled|entitled)[,:]?\s+(?:called\s+|titled\s+|named\s+)?$/i;

/** "on ABC's", "on Fox News’", "Sunday's", "HBO's": a programme's channel or day before its title. */
const PROGRAMME =
  /(?:\bon\s+(?:\p{Lu}[\p{L}.&-]*\s+){0,2}\p{Lu}[\p{L}.&-]*['\u2019]s?|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|ABC|NBC|CBS|CNN|MSNBC|CNBC|PBS|HBO|NPR|BBC|C-SPAN|Fox|Fox News|Showtime|Netflix|Comedy Central|ESPN|AMC|Bravo|Hulu)['\u2019]s?)\s+$/u;

import { isGivenName } from './people';

const SMALL_WORDS = new Set(
  'a an the and or nor but of in on at to for with by from as vs de la le is it its into over up'.split(' '),
);

/** Every word capitalised except short function words, no sentence punctuation: a title's shape. */
export function isTitleCase(text: string): boolean {
  const core = text.trim().replace(/[.,]+$/, '');
  if (/[!?;]/.test(core) || core === '') return false;
  const words = core.match(/[\p{L}\p{N}][\p{L}\p{N}'\u2019&.-]*/gu) ?? [];
  if (words.length === 0 || words.length > 8) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(words[0] as string)) return false;
  return words.every((w) => SMALL_WORDS.has(w.toLowerCase()) || /^[\p{Lu}\p{N}]/u.test(w));
}

/**
 * What the marks hold when it is not speech, from `quote` (inside the marks), `before` the opening
 * mark and `after` the closing one (same paragraph): a programme's title or a nickname ('drop': not a
 * quotation at all), another work's title ('work': reported, with no speaker), or null (speech).
 */
export function notSpeech(before: string, quote: string, after: string): 'drop' | 'work' | null {
  const lead = before.slice(-80);
  if (isTitleCase(quote)) {
    if (PROGRAMME_WORD.test(lead) || PROGRAMME.test(lead) || SCREEN_WORD.test(lead)) return 'drop';
    if (SCREEN_AFTER.test(after)) return 'drop';
    if (WORK_WORD.test(lead)) return 'work';
  }
  // Marcia “Cia” Price: one or two capitalised words between a given name and a surname.
  const given = /(?:^|\s)(\p{Lu}[\p{Ll}]+)\s$/u.exec(lead)?.[1];
  const nickname =
    given !== undefined &&
    isGivenName(given.toLowerCase()) &&
    /^\s\p{Lu}\p{Ll}/u.test(after) &&
    !DAY_OR_MONTH.test(after) &&
    isNickname(quote);
  return nickname ? 'drop' : null;
}

const DAY_OR_MONTH =
  /^\s(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/;

function isNickname(quote: string): boolean {
  const words = quote.trim().split(/\s+/);
  return (
    words.length <= 2 && words.every((w) => /^\p{Lu}[\p{L}'\u2019.-]*$/u.test(w)) && !/[.,!?]$/.test(quote)
  );
}
