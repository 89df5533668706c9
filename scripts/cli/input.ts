/** Reads the article: a file or stdin, HTML or plain text, always as strict UTF-8. */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { CliError, EXIT } from './errors';

export interface ArticleInput {
  format: 'html' | 'text';
  content: string;
  /** For messages: the path, or "stdin". */
  name: string;
}

/** Larger than any news article page; refuses a wrong file (a video, a disk image) before decoding it. */
const MAX_INPUT_BYTES = 20 * 1024 * 1024;

export function readInput(path: string, stdin: () => Buffer = () => readFileSync(0)): ArticleInput {
  const { content, name } = readText(path, stdin, { bytes: MAX_INPUT_BYTES, what: 'an article' });
  if (content.trim() === '')
    throw new CliError(EXIT.empty, `${name} is empty: there is no article to check.`);
  return { format: formatOf(path, content), content, name };
}

/** A file or stdin as strict UTF-8, refused when larger than the limit. */
export function readText(
  path: string,
  stdin: () => Buffer,
  limit: { bytes: number; what: string },
): { content: string; name: string } {
  const name = path === '-' ? 'stdin' : path;
  let bytes: Buffer;
  try {
    bytes = path === '-' ? stdin() : readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : (error as Error).message;
    throw new CliError(EXIT.unreadable, `Cannot read ${name}: ${why}.`);
  }
  if (bytes.length > limit.bytes) {
    throw new CliError(
      EXIT.unreadable,
      `${name} is ${Math.round(bytes.length / 1048576)} MB: too large for ${limit.what}.`,
    );
  }
  return { content: decodeUtf8(bytes, name), name };
}

function decodeUtf8(bytes: Buffer, name: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(
      EXIT.unreadable,
      `${name} is not UTF-8 text (is it a PDF or an image?). Save the page as HTML or text.`,
    );
  }
  if (text.includes('\u0000'))
    throw new CliError(EXIT.unreadable, `${name} is a binary file, not an article.`);
  return text;
}

function formatOf(path: string, content: string): 'html' | 'text' {
  const ext = extname(path).toLowerCase();
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'html';
  if (ext === '.txt' || ext === '.text') return 'text';
  return looksLikeHtml(content) ? 'html' : 'text';
}

/** Markup near the top: a doctype or one of the elements every page has. */
export function looksLikeHtml(content: string): boolean {
  const head = content.slice(0, 2048).trimStart();
  return (
    /^<(?:!doctype\s+html|html|head|body|meta|title|article|main|div|p)\b/i.test(head) ||
    /<\/(?:p|div|html)>/i.test(head)
  );
}
