/** Command line of `npm run check`. */
import { CliError, EXIT } from './errors';

export interface CheckOptions {
  json: boolean;
  fullText: string | null;
  /**
   * Documents added for this run, each with the title given by --source-title (else its first line) and
   * the speakers and other names given by --source-speaker and --source-name.
   */
  sources: Array<{
    path: string;
    title: string | null;
    speakers: string[];
    names: string[];
    shortName?: string;
  }>;
  /** A file path, or '-' for stdin. */
  input: string;
  /** `--jsonl`: the input holds one article a line, checked in one run (scripts/cli/batch.ts). */
  batch?: true;
}

export const USAGE = `Usage: npm run check -- [--json] [--full-text FILE]
                         [--source FILE [--source-title TITLE] [--source-speaker NAME]... [--source-name NAME]...
                         [--source-short NAME]]...
                         <article.html | article.txt | ->
       npm run check -- --jsonl <articles.jsonl | -> [--full-text FILE] [--source FILE]...

Finds every quotation in a news article and checks it against the corpus (DOJ OIG report 21-028 and
related sources).

  <article.html>      a saved web page: the article is found with Readability
  <article.txt>       the article text: paragraphs separated by blank lines
  -                   read the article from stdin (HTML or text, detected from the content)
  --json              print {"title", "quotes": [...]} as JSON instead of a table
  --jsonl FILE        batch: FILE (or - for stdin) holds one {"id", "text"} or {"id", "html"} object a
                      line; prints one {"id", "title", "quotes": [...]} line per input line, in order,
                      or {"id", "error"} for a line that cannot be read (the run goes on)
  --full-text FILE    also match against your copy of the full report (PDF or .txt)
  --source FILE       also match against this document (PDF or .txt); repeat for more documents
  --source-title T    the title of the --source given just before (default: the file's first line)
  --source-speaker N  a speaker of the --source given just before (repeatable): an article crediting
                      them ("Alvarez wrote") attributes the quotation to that document
  --source-name N     another name of the --source given just before (repeatable): "the ruling"
  --source-short N    the short name the table gives the --source just before ("Harbor ruling")
  -h, --help          show this help

Exit codes:
  0  checked (whatever the verdicts)
  1  internal error
  2  bad command line
  3  input file missing, unreadable, or not UTF-8 text
  4  input is empty
  5  HTML with no article in it
  6  the --full-text file could not be used
  7  a --source file could not be used`;

/** Options that describe the --source before them: a title and a short name once, the others as often as given. */
const SOURCE_DETAILS = ['--source-title', '--source-short', '--source-speaker', '--source-name'] as const;
type SourceDetail = (typeof SOURCE_DETAILS)[number];

function describeSource(
  source: CheckOptions['sources'][number] | undefined,
  option: SourceDetail,
  value: string,
) {
  const given =
    option === '--source-title'
      ? source?.title !== null
      : option === '--source-short' && source?.shortName !== undefined;
  if (!source || given) throw new CliError(EXIT.usage, `${option} names the --source given just before it.`);
  if (option === '--source-title') source.title = value;
  else if (option === '--source-short') source.shortName = value;
  else (option === '--source-speaker' ? source.speakers : source.names).push(value);
}

/** Parsed options, or 'help' when help was asked for. Throws a usage CliError on a bad command line. */
export function parseArgs(argv: readonly string[]): CheckOptions | 'help' {
  let json = false;
  let batch = false;
  let fullText: string | null = null;
  const sources: CheckOptions['sources'] = [];
  const inputs: string[] = [];
  let onlyPositional = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (onlyPositional || arg === '-' || !arg.startsWith('-')) {
      inputs.push(arg);
    } else if (arg === '--') {
      onlyPositional = true;
    } else if (arg === '-h' || arg === '--help') {
      return 'help';
    } else if (arg === '--json') {
      json = true;
    } else if (arg === '--jsonl' || arg.startsWith('--jsonl=')) {
      const value = arg === '--jsonl' ? argv[++i] : arg.slice('--jsonl='.length);
      if (!value)
        throw new CliError(EXIT.usage, '--jsonl needs a file (or - for stdin): --jsonl drafts.jsonl');
      batch = true;
      inputs.push(value);
    } else if (arg === '--full-text' || arg.startsWith('--full-text=')) {
      const value = arg === '--full-text' ? argv[++i] : arg.slice('--full-text='.length);
      if (!value) throw new CliError(EXIT.usage, '--full-text needs a file: --full-text report.pdf');
      fullText = value;
    } else if (arg === '--source' || arg.startsWith('--source=')) {
      const value = arg === '--source' ? argv[++i] : arg.slice('--source='.length);
      if (!value) throw new CliError(EXIT.usage, '--source needs a file: --source ruling.pdf');
      sources.push({ path: value, title: null, speakers: [], names: [] });
    } else if (SOURCE_DETAILS.some((o) => arg === o || arg.startsWith(`${o}=`))) {
      const option = SOURCE_DETAILS.find((o) => arg === o || arg.startsWith(`${o}=`)) as SourceDetail;
      const value = arg === option ? argv[++i] : arg.slice(option.length + 1);
      if (!value?.trim())
        throw new CliError(
          EXIT.usage,
          `${option} needs ${option === '--source-title' ? 'a title' : 'a name'}.`,
        );
      describeSource(sources[sources.length - 1], option, value);
    } else {
      throw new CliError(EXIT.usage, `Unknown option ${arg}. See --help.`);
    }
  }
  if (inputs.length === 0)
    throw new CliError(EXIT.usage, 'Give an article file (.html or .txt), or - for stdin.');
  if (inputs.length > 1)
    throw new CliError(EXIT.usage, `Give one article at a time (got ${inputs.join(', ')}).`);
  const input = inputs[0] as string;
  return batch ? { json: true, fullText, sources, input, batch: true } : { json, fullText, sources, input };
}
