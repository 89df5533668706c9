/** Input → article blocks: HTML through Readability (linkedom DOM), text by paragraphs. */
import { parseHTML } from 'linkedom';
import { type HeadBlock, headBlocks, locateHead, readArticle } from '../../lib/article';
import type { ArticleBlock } from '../../lib/types';
import { CliError, EXIT } from './errors';
import type { ArticleInput } from './input';

export interface CliArticle {
  title: string | null;
  blocks: ArticleBlock[];
  /** Headline and standfirst, when the article's blocks do not hold them (scanned apart). */
  head: HeadBlock[];
}

/**
 * Plain text: paragraphs are separated by blank lines; single line breaks inside a paragraph are
 * spaces (text copied from a page or wrapped by an editor). Whitespace is collapsed as for HTML blocks.
 */
export function textBlocks(text: string): ArticleBlock[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)+/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '')
    .map((p) => ({ text: p, kind: 'p' as const }));
}

export function loadArticle(input: ArticleInput): CliArticle {
  if (input.format === 'text') {
    const blocks = textBlocks(input.content);
    if (blocks.length === 0)
      throw new CliError(EXIT.empty, `${input.name} is empty: there is no article to check.`);
    return { title: null, blocks, head: [] };
  }
  const { document } = parseHTML(input.content);
  const article = readArticle(document as unknown as Document);
  if (!article) {
    throw new CliError(
      EXIT.noArticle,
      `No article found in ${input.name}: Readability found no main text. Save the article page itself, or pass its text as a .txt file.`,
    );
  }
  const head = headBlocks(article.title, article.excerpt, article.blocks);
  // The page's own headline and standfirst text where it prints them, as the extension reads them.
  const printed = document.body ? locateHead(document.body as unknown as Element, article.title, head) : [];
  return {
    title: article.title,
    blocks: article.blocks,
    head: head.map((h) => ({ ...h, text: printed.find((p) => p.place === h.place)?.text ?? h.text })),
  };
}
