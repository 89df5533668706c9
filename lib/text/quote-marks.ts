/**
 * Every quotation mark the engine knows, in one place. Each user composes the set it needs from these
 * pieces, and says why it leaves any out.
 */

/** The typewriter marks: double and single. */
export const STRAIGHT = '"\'';
/** English curly marks, double and single: “ ” ‘ ’. */
export const CURLY = '“”‘’';
/** Guillemets, double and single: « » ‹ ›. */
export const ANGLE = '«»‹›';
/** Low and reversed marks (German, Polish, old typesetting): „ ‟ ‚ ‛. */
export const LOW_AND_REVERSED = '„‟‚‛';
/** The double prime some CMSs substitute for a straight double mark; also the inch sign. */
export const DOUBLE_PRIME = '″';
/** Marks of other scripts and styles: CJK corner brackets and double primes, fullwidth, ornamental. */
export const OTHER_SCRIPTS = '「」『』〝〞〟＂＇❛❜❝❞⹂';
/** Primes, accents and modifier letters typed where an apostrophe or a mark belongs. */
export const APOSTROPHE_LIKE = '′‵`´ʹʻʼʽˈ＇';

/**
 * The marks the extractor pairs in articles, by the role their shape suggests (the surroundings decide
 * first; see lib/extract/marks.ts). Together they are every mark above except OTHER_SCRIPTS.
 */
export const DOUBLE_OPENING = '“„‟«';
export const DOUBLE_CLOSING = '”»';
/** Shapeless double marks: the straight one and the double prime. */
export const DOUBLE_NEUTRAL = `"${DOUBLE_PRIME}`;
/** Single marks that can open a quotation. Never ’, the apostrophe. */
export const SINGLE_OPENING = "‘‚‛‹'";
export const SINGLE_CLOSING = "’›'";

/** A character class of `marks` for a regular expression (none of them needs escaping in one). */
export const markClass = (marks: string): string => `[${marks}]`;
