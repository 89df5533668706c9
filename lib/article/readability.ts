/**
 * Readability on a clone of the page, returning the article element itself (not serialised HTML),
 * so nothing page-derived is ever re-parsed as markup.
 */
import { Readability } from '@mozilla/readability';
import type { ArticleBlock } from '../types';
import { articleBlocks } from './blocks';

export interface ReadArticle {
  title: string | null;
  /** Readability's excerpt: the page's description (a standfirst), or else its first paragraph. */
  excerpt: string | null;
  /** Readability's article element (it belongs to the clone, not to `doc`). */
  root: Element;
  blocks: ArticleBlock[];
}

/**
 * Readability alone, as readArticle runs it: on a clone (Readability rewrites the document it is given;
 * the caller's document must stay untouched), keeping the article element instead of serialising it.
 * Exported so the benchmark times Readability exactly as the pipeline runs it.
 */
export function parseArticle(doc: Document) {
  const clone = doc.cloneNode(true) as Document;
  return new Readability<Element>(clone, { serializer: (node) => node as Element }).parse();
}

/** Null when Readability finds no article or the article has no text blocks. Never mutates `doc`. */
export function readArticle(doc: Document): ReadArticle | null {
  const parsed = parseArticle(doc);
  const root = parsed?.content;
  if (!root) return null;
  const blocks = articleBlocks(root);
  if (blocks.length === 0) return null;
  const title = parsed.title?.replace(/\s+/g, ' ').trim() || null;
  const excerpt = parsed.excerpt?.replace(/\s+/g, ' ').trim() || null;
  return { title, excerpt, root, blocks };
}
