/**
 * Readability on a clone of the page, returning the article element itself (not serialised HTML),
 * so nothing page-derived is ever re-parsed as markup.
 */
import { Readability } from '@mozilla/readability';
import type { ArticleBlock } from '../types';
import { articleBlocks } from './blocks';

export interface ReadArticle {
  title: string | null;
  /** Readability's article element (it belongs to the clone, not to `doc`). */
  root: Element;
  blocks: ArticleBlock[];
}

/** Null when Readability finds no article or the article has no text blocks. Never mutates `doc`. */
export function readArticle(doc: Document): ReadArticle | null {
  // Readability rewrites the document it is given; the caller's document must stay untouched.
  const clone = doc.cloneNode(true) as Document;
  const parsed = new Readability<Element>(clone, { serializer: (node) => node as Element }).parse();
  const root = parsed?.content;
  if (!root) return null;
  const blocks = articleBlocks(root);
  if (blocks.length === 0) return null;
  const title = parsed.title?.replace(/\s+/g, ' ').trim() || null;
  return { title, root, blocks };
}
