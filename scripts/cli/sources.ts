/**
 * `npm run check -- --source FILE [--source-title TITLE] [--source-speaker NAME]… [--source-name NAME]…`: documents added for one run, each a document
 * in its own right (a pack of its own that lives as long as the run), built as the library builds one.
 */
import type { CorpusContent } from '../../lib/corpus/types';
import { buildDocument, type DocumentBuild, suggestedDate, suggestedTitle } from '../../lib/sources/document';
import { readDocumentFile } from './full-text';

export interface CliSource {
  path: string;
  title: string | null;
  speakers: string[];
  names: string[];
  shortName?: string;
}

/** The pack of the run's --source documents. */
export const CLI_PACK_ID = 'cli';

export async function loadSourceForCli({
  path,
  title,
  speakers,
  names,
  shortName,
}: CliSource): Promise<DocumentBuild> {
  const { fileName, format, pages, version } = await readDocumentFile(path, 'the source');
  return buildDocument({
    pages,
    format,
    fileName,
    version,
    pack: CLI_PACK_ID,
    title: title ?? suggestedTitle(pages, fileName),
    kind: 'document',
    date: suggestedDate(pages),
    publisher: null,
    speakers,
    aliases: names,
    shortName: shortName ?? null,
  });
}

/** The corpus with the run's documents added (the same file twice is one document). */
export function withSources<C extends CorpusContent>(corpus: C, documents: readonly DocumentBuild[]): C {
  const seen = new Set(corpus.sources.map((s) => s.id));
  const added = documents.filter((d) => !seen.has(d.source.id) && seen.add(d.source.id));
  return {
    ...corpus,
    sources: [...corpus.sources, ...added.map((d) => d.source)],
    passages: [...corpus.passages, ...added.flatMap((d) => d.passages)],
  };
}
