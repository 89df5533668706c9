/**
 * The article as the page keeps changing it, after the first scan: which of its blocks a batch of
 * mutations touched, read again one by one (never the whole page), and whether the change can matter to
 * a quotation. A change matters when the old or new text of a block holds a quotation mark, when the
 * block lies inside or next to a quotation of the last answer (a multi-paragraph quotation's middle, or
 * the "she said" that names its speaker), or when a block quotation changes. Live pages rewrite
 * timestamps, counters and tickers all the time; none of that is sent anywhere.
 */
import { blockText, collectBlocks } from '@/lib/article/blocks';
import { blockStarts, closingBlock } from '@/lib/article/closing-block';
import type { ReadPage } from '@/lib/article/page';
import { ARTICLE_LIMITS } from '@/lib/limits';
import {
  DOUBLE_CLOSING,
  DOUBLE_NEUTRAL,
  DOUBLE_OPENING,
  markClass,
  SINGLE_CLOSING,
  SINGLE_OPENING,
} from '@/lib/text/quote-marks';
import type { ExtractedQuote } from '@/lib/types';
import { isOwnNode } from './shadow';

/** Every mark the extractor can open or close a quotation with, the apostrophe ’ aside. */
const QUOTE_MARK = new RegExp(
  markClass(
    [DOUBLE_OPENING, DOUBLE_CLOSING, DOUBLE_NEUTRAL, SINGLE_OPENING, SINGLE_CLOSING]
      .join('')
      .replace('’', ''),
  ),
);

const ELEMENT_NODE = 1;

export type LiveChange = 'replaced' | boolean;

export class LiveArticle {
  private indexOf = new Map<Element, number>();
  private dirty = new Set<Element>();
  private added = new Set<Element>();
  /** Blocks a quotation of the last answer spans, and their neighbours. */
  private nearQuotation = new Set<Element>();

  /** `page` is kept and updated in place: its blocks are what the next matchQuotes sends. */
  constructor(readonly page: ReadPage) {
    this.reindex();
  }

  /** Remembers where the last answer's quotations are (see the header). */
  quoted(quotes: readonly ExtractedQuote[]): void {
    const texts = this.page.blocks.map((b) => b.text);
    const starts = blockStarts(texts);
    this.nearQuotation.clear();
    for (const q of quotes) {
      const first = closingBlock(texts, starts, q.start + 1)?.index;
      const last = closingBlock(texts, starts, q.after)?.index;
      if (first === undefined || last === undefined) continue;
      for (let i = first - 1; i <= last + 1; i++) {
        const el = this.page.live[i];
        if (el) this.nearQuotation.add(el);
      }
    }
  }

  /** Bookkeeping per batch of mutations: which known blocks they touched, which elements they added. */
  note(records: readonly MutationRecord[]): void {
    for (const r of records) {
      const target = r.target.nodeType === ELEMENT_NODE ? (r.target as Element) : r.target.parentElement;
      const block = this.blockOf(target);
      if (block) this.dirty.add(block);
      if (r.type !== 'childList') continue;
      for (const node of r.addedNodes) {
        if (node.nodeType === ELEMENT_NODE && !isOwnNode(node)) this.added.add(node as Element);
      }
      // A removed block is seen by take() (it is no longer connected); its parent was touched.
      if (r.removedNodes.length > 0 && !block) this.dirty.add(target as Element);
    }
  }

  /**
   * Applies what was noted to `page`: 'replaced' when most of the article's blocks are gone (read the
   * whole page again), true when the change can matter to a quotation (match again), false otherwise.
   */
  take(): LiveChange {
    const { page } = this;
    const paired = page.live.filter((el) => el).length;
    const gone = page.live.filter((el) => el && !el.isConnected).length;
    if (gone > 0 && gone * 2 >= paired) {
      this.clearNoted();
      return 'replaced';
    }
    let matters = false;
    let structural = false;
    if (gone > 0) {
      for (let i = page.live.length - 1; i >= 0; i--) {
        const el = page.live[i];
        if (!el || el.isConnected) continue;
        matters ||= this.quoteRelevant(el, page.blocks[i]?.text ?? '', '');
        page.blocks.splice(i, 1);
        page.live.splice(i, 1);
      }
      this.reindex();
    }
    for (const el of this.dirty) {
      const i = this.indexOf.get(el);
      const old = i === undefined ? undefined : page.blocks[i];
      if (i === undefined || !old || !el.isConnected) continue;
      const text = blockText(el);
      if (text === old.text) continue;
      matters ||= this.quoteRelevant(el, old.text, text) || old.kind === 'blockquote';
      page.blocks[i] = { text, kind: old.kind };
    }
    for (const root of this.added) {
      if (!root.isConnected || !page.container?.contains(root)) continue;
      for (const { element, block } of collectBlocks(root)) {
        if (this.indexOf.has(element) || !this.roomFor(block.text)) continue;
        const at = this.positionOf(element);
        page.blocks.splice(at, 0, block);
        page.live.splice(at, 0, element);
        this.indexOf.set(element, at);
        structural = true;
        matters ||= QUOTE_MARK.test(block.text) || block.kind === 'blockquote';
      }
    }
    if (structural) this.reindex();
    this.clearNoted();
    return matters;
  }

  private quoteRelevant(el: Element, before: string, after: string): boolean {
    return QUOTE_MARK.test(before) || QUOTE_MARK.test(after) || this.nearQuotation.has(el);
  }

  /** The known block holding `el` (itself included), if any, below the watched container. */
  private blockOf(el: Element | null): Element | null {
    for (let n = el; n && n !== this.page.container?.parentElement; n = n.parentElement) {
      if (this.indexOf.has(n)) return n;
    }
    return null;
  }

  /** Where a new block goes: after the last known block that precedes it in the document. */
  private positionOf(el: Element): number {
    const { live } = this.page;
    for (let i = live.length - 1; i >= 0; i--) {
      const other = live[i];
      if (other && other.compareDocumentPosition(el) & 4 /* el follows other */) return i + 1;
    }
    return 0;
  }

  /** The article stays within what one matchQuotes message may carry. */
  private roomFor(text: string): boolean {
    if (this.page.blocks.length >= ARTICLE_LIMITS.blocks || text.length > ARTICLE_LIMITS.blockChars) {
      return false;
    }
    const chars = this.page.blocks.reduce((n, b) => n + b.text.length, 0);
    return chars + text.length <= ARTICLE_LIMITS.chars;
  }

  private reindex(): void {
    this.indexOf.clear();
    this.page.live.forEach((el, i) => {
      if (el) this.indexOf.set(el, i);
    });
  }

  private clearNoted(): void {
    this.dirty.clear();
    this.added.clear();
  }
}
