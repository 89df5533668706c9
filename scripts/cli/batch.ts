/**
 * `npm run check -- --jsonl FILE|-`: many articles in one run, one JSON object a line in and out.
 * In: `{"id": string, "text": string}` or `{"id": string, "html": string}`. Out, in the same order and
 * one line per input line: `{"id", "title", "quotes": [...]}` with exactly the `--json` quote shape, or
 * `{"id", "error"}` for a line that cannot be read — the run goes on. The corpus index is built once.
 * This is a contract (newsrooms' scripts and the attribution yardstick read it): keep it stable.
 */
import type { CorpusIndex } from '../../lib/match';
import { type CliArticle, loadArticle } from './article';
import { CliError } from './errors';
import { checkArticle, type JsonQuote, toJsonQuote } from './report';

export type BatchLine =
  | { id: string | null; title: string | null; quotes: JsonQuote[] }
  | { id: string | null; error: string };

/** The input's lines: a final line break ends the last line rather than starting an empty one. */
export function batchLines(content: string): string[] {
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

class LineError extends Error {}

function readLine(line: string, number: number): { id: string | null; article: CliArticle } {
  if (line.trim() === '') throw new LineError('empty line: expected {"id", "text"} or {"id", "html"}');
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new LineError(`not JSON: ${(error as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new LineError('expected an object {"id", "text"} or {"id", "html"}');
  const record = value as Record<string, unknown>;
  const id = typeof record.id === 'string' ? record.id : null;
  const fail = (message: string) => Object.assign(new LineError(message), { id });
  if (id === null) throw fail('"id" must be a string');
  const { text, html } = record;
  if ((text === undefined) === (html === undefined))
    throw fail('give exactly one of "text" (plain text) and "html" (a saved page)');
  const content = text ?? html;
  if (typeof content !== 'string') throw fail(`"${text === undefined ? 'html' : 'text'}" must be a string`);
  const name = `line ${number} (${id})`;
  try {
    return { id, article: loadArticle({ format: html === undefined ? 'text' : 'html', content, name }) };
  } catch (error) {
    if (error instanceof CliError) throw fail(error.message);
    throw error;
  }
}

/** One output object for one input line (`number` counts from 1, for messages). */
export function checkLine(line: string, number: number, index: CorpusIndex): BatchLine {
  let read: { id: string | null; article: CliArticle };
  try {
    read = readLine(line, number);
  } catch (error) {
    if (!(error instanceof LineError)) throw error;
    const id = (error as LineError & { id?: string | null }).id ?? null;
    return { id, error: error.message };
  }
  try {
    const quotes = checkArticle(read.article, index).map((q) => toJsonQuote(q, index.sources));
    return { id: read.id, title: read.article.title, quotes };
  } catch (error) {
    // One article that breaks the engine must not cost the rest of the batch their results.
    return { id: read.id, error: `internal error: ${(error as Error).message}` };
  }
}

/** Checks every line of `content`, writing each result as soon as it is known. */
export function runBatch(content: string, index: CorpusIndex, write: (line: string) => void): void {
  batchLines(content).forEach((line, i) => {
    write(`${JSON.stringify(checkLine(line, i + 1, index))}\n`);
  });
}
