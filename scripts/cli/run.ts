/** The whole `npm run check` run, with its I/O passed in so tests can drive it without a process. */
import { readFileSync } from 'node:fs';
import type { CorpusContent } from '../../lib/corpus/types';
import { type CheckOptions, parseArgs, USAGE } from './args';
import { loadArticle } from './article';
import { CliError, EXIT, type ExitCode } from './errors';
import { readInput, readText } from './input';
import { formatTable } from './table';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin?: () => Buffer;
}

// The corpus, the engine and the PDF reader load only once the input is known to be usable, so a bad
// command line or a missing file is reported at once.
async function corpusFor(options: CheckOptions) {
  const { bundledCorpus } = await import('../../data/corpus');
  let corpus: CorpusContent = bundledCorpus;
  let fullText: 'none' | 'complete' | 'excerpt' = 'none';
  if (options.fullText) {
    try {
      const { loadFullTextForCli } = await import('./full-text');
      const { withFullText } = await import('../../lib/fulltext/merge');
      const loaded = await loadFullTextForCli(options.fullText);
      corpus = withFullText(corpus, loaded);
      fullText = loaded.stats.scope;
    } catch (error) {
      throw new CliError(EXIT.fullText, `--full-text ${options.fullText}: ${(error as Error).message}`);
    }
  }
  if (options.sources.length === 0) return { corpus, fullText };
  const { loadSourceForCli, withSources } = await import('./sources');
  const documents = [];
  for (const source of options.sources) {
    try {
      documents.push(await loadSourceForCli(source));
    } catch (error) {
      throw new CliError(EXIT.source, `--source ${source.path}: ${(error as Error).message}`);
    }
  }
  return { corpus: withSources(corpus, documents), fullText };
}

/** Larger than a folder of drafts; refuses a wrong file before decoding it. */
const MAX_BATCH_BYTES = 512 * 1024 * 1024;

async function runBatchCli(options: CheckOptions, io: CliIo): Promise<ExitCode> {
  const { content } = readText(options.input, io.stdin ?? (() => readFileSync(0)), {
    bytes: MAX_BATCH_BYTES,
    what: 'one run',
  });
  const { corpus } = await corpusFor(options);
  const { buildIndex } = await import('../../lib/match');
  const { runBatch } = await import('./batch');
  runBatch(content, buildIndex(corpus), io.stdout);
  return EXIT.ok;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  try {
    const options = parseArgs(argv);
    if (options === 'help') {
      io.stdout(`${USAGE}\n`);
      return EXIT.ok;
    }
    if (options.batch) return await runBatchCli(options, io);
    const article = loadArticle(readInput(options.input, io.stdin));
    const { corpus, fullText } = await corpusFor(options);
    const { buildIndex } = await import('../../lib/match');
    const { checkArticle, toJsonReport } = await import('./report');
    const index = buildIndex(corpus);
    const checked = checkArticle(article, index);
    io.stdout(
      options.json
        ? `${JSON.stringify(toJsonReport(article.title, checked, index.sources), null, 2)}\n`
        : formatTable(article.title, checked, { fullText, sources: index.sources }),
    );
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`check: ${error.message}\n`);
      if (error.exitCode === EXIT.usage) io.stderr(`\n${USAGE}\n`);
      return error.exitCode;
    }
    io.stderr(`check: internal error: ${(error as Error).stack ?? String(error)}\n`);
    return EXIT.internal;
  }
}
