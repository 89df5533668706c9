/** Exit codes of `npm run check`, each with its own meaning (listed in --help). */
export const EXIT = {
  ok: 0,
  /** Something unexpected broke inside the checker. */
  internal: 1,
  /** Bad command line. */
  usage: 2,
  /** The input file is missing, unreadable or not UTF-8 text. */
  unreadable: 3,
  /** The input holds no text. */
  empty: 4,
  /** HTML in which Readability finds no article. */
  noArticle: 5,
  /** The --full-text file could not be used. */
  fullText: 6,
  /** A --source file could not be used. */
  source: 7,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** An error whose message is meant for the user, with the exit code it ends the run with. */
export class CliError extends Error {
  constructor(
    readonly exitCode: ExitCode,
    message: string,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
