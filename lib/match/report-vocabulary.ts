/**
 * How articles and the corpus name the institutions and the authors of the bundled source, DOJ OIG
 * report 21-028 and the statements around it: the one part of the attribution check that knows this
 * corpus (lib/match/attribution.ts is generic). A corpus about another document brings its own.
 */

export interface AttributionVocabulary {
  /** Institutions, offices and places of the corpus: words that describe a speaker, never name one. */
  notNames: readonly string[];
  /** Roles specific enough that sharing one is consistent ("U.S. Marshals" / "a marshals official"). */
  roleWords: readonly string[];
  /** An attribution that credits the document itself, or its authors. */
  creditsDocument: RegExp;
  /** A passage speaker that is the document's author. */
  authorSpeaker: RegExp;
}

export const REPORT_VOCABULARY: AttributionVocabulary = {
  notNames: `justice homeland security health human services marshals white u.s us united states
    doj dhs hhs oig aclu usao usaos usms dag ag a.g oag inspector inspectors district texas western`
    .split(/\s+/)
    .filter(Boolean),
  roleWords: ['marshals'],
  creditsDocument:
    /\b(report|inspector general|inspectors general|oig|watchdog|review|investigators|the agency)\b/i,
  authorSpeaker: /\bOIG\b/,
};
