/**
 * Builds data/corpus.json from the curated files (data/sources.json + data/passages.jsonl):
 * validates every row and stamps the content hash the background uses to decide when to reseed.
 * `npm run corpus` rewrites it; `npm run corpus -- --check` fails when it is stale (used by the tests).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { corpusHash } from '../lib/corpus/hash';
import { validateCorpus } from '../lib/corpus/schema';
import type { Corpus, Passage, Source, SourceAliases } from '../lib/corpus/types';

const dataDir = resolve(import.meta.dirname, '..', 'data');

export async function buildCorpus(): Promise<Corpus> {
  const sourcesFile = JSON.parse(readFileSync(resolve(dataDir, 'sources.json'), 'utf8')) as {
    version: string;
    sources: Source[];
  };
  const passages = readFileSync(resolve(dataDir, 'passages.jsonl'), 'utf8')
    .split('\n')
    .map((line, i) => ({ line: line.trim(), n: i + 1 }))
    .filter(({ line }) => line !== '')
    .map(({ line, n }) => {
      try {
        return JSON.parse(line) as Passage;
      } catch (error) {
        throw new Error(`passages.jsonl line ${n}: not JSON (${(error as Error).message})`);
      }
    });
  const aliasesFile = JSON.parse(readFileSync(resolve(dataDir, 'source-aliases.json'), 'utf8')) as {
    aliases: Record<string, SourceAliases & { speakers?: string[]; shortName?: string }>;
  };
  for (const id of Object.keys(aliasesFile.aliases)) {
    if (!sourcesFile.sources.some((s) => s.id === id))
      throw new Error(`source-aliases.json: no source ${id} in sources.json`);
  }
  // How pages name each source and who speaks as it are kept apart from sources.json (which is copied
  // from the shared corpus) and merged here.
  const sources = sourcesFile.sources.map((s) => {
    const entry = aliasesFile.aliases[s.id];
    if (!entry) return s;
    const { speakers, shortName, ...aliases } = entry;
    return { ...s, ...(speakers?.length ? { speakers } : {}), ...(shortName ? { shortName } : {}), aliases };
  });
  const content = { version: sourcesFile.version, sources, passages };
  const corpus: Corpus = { ...content, hash: await corpusHash(content) };
  const validation = validateCorpus(corpus);
  if (!validation.ok) throw new Error(`corpus is invalid:\n  ${validation.errors.join('\n  ')}`);
  return corpus;
}

async function main() {
  const corpus = await buildCorpus();
  const out = resolve(dataDir, 'corpus.json');
  const text = `${JSON.stringify(corpus, null, 1)}\n`;
  if (process.argv.includes('--check')) {
    if (readFileSync(out, 'utf8') !== text) {
      console.error('data/corpus.json is stale: run `npm run corpus`.');
      process.exit(1);
    }
    console.log(`data/corpus.json is up to date (${corpus.passages.length} passages).`);
    return;
  }
  writeFileSync(out, text);
  console.log(
    `wrote data/corpus.json: ${corpus.passages.length} passages, ${corpus.sources.length} sources, hash ${corpus.hash.slice(0, 12)}`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
}
