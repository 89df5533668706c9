/**
 * The page's badges: inserts one `<verbatim-badge>` per located quotation, keeps them in step with later
 * scans (no duplicates: a quotation is its live block plus the offset of its closing mark), opens cards.
 */
import { drawBadge } from '@/components/badge/dom';
import { BADGE_CSS } from '@/components/badge/styles';
import { ProvenanceCard } from '@/components/card/ProvenanceCard';
import { type BlockTextMap, mapBlockText } from '@/lib/article/text-map';
import type { MatchResult } from '@/lib/types';
import type { CardData, ScanResponse } from '@/utils/messaging/protocol';
import { openCard } from './card-host';
import { badgeAnchor, type LocatedQuote } from './locate';
import { createShadowHost, type ShadowHost } from './shadow';

export interface BadgeEntry {
  host: HTMLElement;
  mount: HTMLElement;
  button: HTMLButtonElement | null;
  block: Element;
  offset: number;
  /** Position of the quotation in the latest matchQuotes answer: how the background finds its result. */
  index: number;
  quote: string;
  result: MatchResult;
}

/** A one- or two-word fragment that is in no source is a scare quote or a name, not a quotation: no badge. */
export function deservesBadge(located: LocatedQuote, result: MatchResult): boolean {
  return !(located.quote.fragment && result.status === 'not-found');
}

function newBadgeHost(): ShadowHost {
  return createShadowHost(document, 'verbatim-badge', 'display: inline !important;', BADGE_CSS, true);
}

export class BadgeLayer {
  private byBlock = new WeakMap<Element, Map<number, BadgeEntry>>();
  private entries: BadgeEntry[] = [];
  private data: CardData = {
    passages: {},
    sources: {},
    corpus: { version: '', passageCount: 0, reportPassageCount: 0, hasFullText: false },
  };

  constructor(private readonly save: (entry: BadgeEntry) => Promise<string>) {}

  /**
   * Applies one scan's answer (`located[i]` is where `response.results[i]` goes; null: nowhere on the
   * page); returns how many badges were inserted.
   */
  apply(located: ReadonlyArray<LocatedQuote | null>, response: ScanResponse): number {
    this.data = {
      passages: { ...this.data.passages, ...response.passages },
      sources: { ...this.data.sources, ...response.sources },
      corpus: response.corpus,
    };
    this.entries = this.entries.filter((e) => e.host.isConnected);
    const fresh: Array<{ lq: LocatedQuote; index: number; result: MatchResult }> = [];
    located.forEach((lq, index) => {
      const result = response.results[index];
      if (!lq || !result) return;
      const existing = this.byBlock.get(lq.block)?.get(lq.offset);
      if (existing?.host.isConnected) {
        existing.index = index;
        if (JSON.stringify(existing.result) !== JSON.stringify(result)) {
          existing.result = result;
          this.paint(existing);
        }
        return;
      }
      if (deservesBadge(lq, result)) fresh.push({ lq, index, result });
    });
    // Per block, last offset first, so one text map of the block serves all its badges.
    const byBlock = new Map<Element, typeof fresh>();
    for (const item of fresh) byBlock.set(item.lq.block, [...(byBlock.get(item.lq.block) ?? []), item]);
    let inserted = 0;
    for (const [block, items] of byBlock) {
      const map = mapBlockText(block);
      items.sort((a, b) => b.lq.offset - a.lq.offset);
      for (const { lq, index, result } of items) if (this.insert(lq, index, result, map)) inserted++;
    }
    return inserted;
  }

  private insert(lq: LocatedQuote, index: number, result: MatchResult, map: BlockTextMap): boolean {
    const anchor = badgeAnchor(lq.block, lq.offset, map);
    if (!anchor?.parentNode) return false;
    const { host, mount } = newBadgeHost();
    const entry: BadgeEntry = {
      host,
      mount,
      button: null,
      block: lq.block,
      offset: lq.offset,
      index,
      quote: lq.quote.quote,
      result,
    };
    anchor.parentNode.insertBefore(host, anchor.nextSibling);
    let perBlock = this.byBlock.get(lq.block);
    if (!perBlock) {
      perBlock = new Map();
      this.byBlock.set(lq.block, perBlock);
    }
    perBlock.set(lq.offset, entry);
    this.entries.push(entry);
    this.paint(entry);
    return true;
  }

  private paint(entry: BadgeEntry): void {
    const { host, result } = entry;
    host.dataset.status = result.status;
    host.dataset.quote = entry.quote;
    host.dataset.passages = result.passageIds.join(',');
    entry.button = drawBadge(entry.mount, {
      status: result.status,
      evidence: result.evidence,
      attribution: result.attribution,
      onOpen: () => this.open(entry),
    });
  }

  open(entry: BadgeEntry): void {
    openCard({
      status: entry.result.status,
      quote: entry.quote,
      near: entry.host.getBoundingClientRect(),
      ui: (close) => (
        <ProvenanceCard
          quote={entry.quote}
          result={entry.result}
          {...this.data}
          pageUrl={location.href}
          pageTitle={document.title}
          onSave={() => this.save(entry)}
          onClose={close}
        />
      ),
      onClosed: () => entry.button?.focus(),
    });
  }

  byIndex(index: number): BadgeEntry | undefined {
    return this.entries.find((e) => e.index === index && e.host.isConnected);
  }

  get count(): number {
    return this.entries.filter((e) => e.host.isConnected).length;
  }

  clear(): void {
    for (const e of this.entries) e.host.remove();
    this.entries = [];
    this.byBlock = new WeakMap();
  }
}
