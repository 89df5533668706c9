/**
 * The page's badges: inserts one badge host per located quotation, keeps them in step with later scans
 * (no duplicates: a quotation is its live block plus the offset of its closing mark), opens cards.
 * A quotation whose words the page does not fully show gets the `hidden` verdict (see rendered.ts).
 * While badges are up, the page is watched for look-alikes (removed) and for genuine badges moved,
 * removed or relabelled (put back, a few times; then removed).
 */
import { badgeDocument, drawBadge } from '@/components/badge/dom';
import { BADGE_CSS } from '@/components/badge/styles';
import { ProvenanceCard } from '@/components/card/ProvenanceCard';
import { type BlockTextMap, mapBlockText } from '@/lib/article/text-map';
import type { MatchResult } from '@/lib/types';
import type { CardData } from '@/utils/domain';
import type { ScanResponse } from '@/utils/messaging/protocol';
import { openCard } from './card-host';
import { badgeAnchor, type LocatedQuote } from './locate';
import { hidesQuotedText, RenderedText } from './rendered';
import { createShadowHost, HOST_SELECTOR, isOwnNode, type ShadowHost } from './shadow';

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

/** How often a badge the page moves, removes or relabels is put back before it is left out. */
const MAX_REPAIRS = 3;
const HOST_ATTRIBUTES = ['data-verbatim', 'data-status', 'data-quote', 'data-passages', 'data-attribution'];

/** Removes every element in `root` (itself included) that claims to be a Verbatim host and is not one. */
export function removeLookalikes(root: Element | Document): void {
  if (root instanceof Element && !isOwnNode(root) && root.matches(HOST_SELECTOR)) {
    root.remove();
    return;
  }
  // Every claim carries one of these: found separately, each is a fast lookup (the selector list with
  // attribute values walks a large page several times slower), and then held to the full selector.
  const claims = [
    ...root.querySelectorAll('[data-verbatim]'),
    ...root.getElementsByTagName('verbatim-badge'),
    ...root.getElementsByTagName('verbatim-card'),
  ];
  for (const el of claims) if (!isOwnNode(el) && el.matches(HOST_SELECTOR)) el.remove();
}

/** The quotation's words as block offsets (from its closing offset; clamped to its closing block). */
function quotedRange(lq: LocatedQuote): [number, number] {
  const { start, end, after } = lq.quote;
  return [Math.max(0, lq.offset - (after - start)), lq.offset - (after - end)];
}

function newBadgeHost(): ShadowHost {
  return createShadowHost(document, 'badge', 'display: inline !important;', BADGE_CSS, true);
}

export class BadgeLayer {
  private byBlock = new WeakMap<Element, Map<number, BadgeEntry>>();
  private entries: BadgeEntry[] = [];
  private data: CardData = {
    passages: {},
    sources: {},
    corpus: { version: '', passageCount: 0, reportPassageCount: 0, hasFullText: false },
  };

  private byHost = new WeakMap<Node, BadgeEntry>();
  private repairs = new WeakMap<BadgeEntry, number>();
  private sentinel: MutationObserver | null = null;

  /**
   * `save`: saves an entry's verification (with `dispute`: marked as looking wrong to the reader too).
   * `reportHidden`: the quotations (by index) given the `hidden` verdict, so the background's record of
   * the page says so too.
   */
  constructor(
    private readonly save: (entry: BadgeEntry, dispute?: { reason: string }) => Promise<string>,
    private readonly reportHidden: (indices: number[]) => void = () => {},
  ) {}

  /**
   * Applies one scan's answer (`located[i]` is where `response.results[i]` goes; null: nowhere on the
   * page); returns how many badges were inserted.
   */
  apply(located: ReadonlyArray<LocatedQuote | null>, response: ScanResponse): number {
    this.guardPage();
    removeLookalikes(document);
    this.data = {
      passages: { ...this.data.passages, ...response.passages },
      sources: { ...this.data.sources, ...response.sources },
      corpus: response.corpus,
    };
    this.entries = this.entries.filter((e) => e.host.isConnected);
    // One text map per block, made before any badge goes in: inserted last offset first, it stays valid.
    const maps = new Map<Element, BlockTextMap>();
    const mapOf = (block: Element) => {
      let map = maps.get(block);
      if (!map) {
        map = mapBlockText(block);
        maps.set(block, map);
      }
      return map;
    };
    const seen = new RenderedText();
    const fresh: Array<{ lq: LocatedQuote; index: number; result: MatchResult }> = [];
    const hidden: number[] = [];
    located.forEach((lq, index) => {
      const engine = response.results[index];
      if (!lq || !engine) return;
      const [start, end] = quotedRange(lq);
      const result: MatchResult = hidesQuotedText(lq.block, start, end, mapOf(lq.block), seen)
        ? { ...engine, status: 'hidden' }
        : engine;
      if (result !== engine) hidden.push(index);
      const existing = this.byBlock.get(lq.block)?.get(lq.offset);
      if (existing?.host.isConnected) {
        existing.index = index;
        if (JSON.stringify(existing.result) !== JSON.stringify(result)) {
          existing.result = result;
          this.paint(existing);
        }
        return;
      }
      if (deservesBadge(lq, engine)) fresh.push({ lq, index, result });
    });
    // Per block, last offset first, so one text map of the block serves all its badges.
    const byBlock = new Map<Element, typeof fresh>();
    for (const item of fresh) byBlock.set(item.lq.block, [...(byBlock.get(item.lq.block) ?? []), item]);
    let inserted = 0;
    for (const [block, items] of byBlock) {
      const map = mapOf(block);
      items.sort((a, b) => b.lq.offset - a.lq.offset);
      for (const { lq, index, result } of items) if (this.insert(lq, index, result, map)) inserted++;
    }
    // What was just done here is not the page's doing.
    this.sentinel?.takeRecords();
    if (hidden.length > 0) this.reportHidden(hidden);
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
    // Drawn before it goes in: a detached host's attributes and content cost no style work on the page.
    this.paint(entry);
    anchor.parentNode.insertBefore(host, anchor.nextSibling);
    let perBlock = this.byBlock.get(lq.block);
    if (!perBlock) {
      perBlock = new Map();
      this.byBlock.set(lq.block, perBlock);
    }
    perBlock.set(lq.offset, entry);
    this.entries.push(entry);
    this.byHost.set(host, entry);
    return true;
  }

  /** The host's attributes (the contract checks outside rely on), set only where they differ. */
  private label(entry: BadgeEntry): void {
    const { host, result } = entry;
    const want: Record<string, string> = {
      verbatim: 'badge',
      status: result.status,
      quote: entry.quote,
      passages: result.passageIds.join(','),
      attribution: result.attribution,
    };
    for (const [key, value] of Object.entries(want))
      if (host.dataset[key] !== value) host.dataset[key] = value;
  }

  private paint(entry: BadgeEntry): void {
    const { result } = entry;
    this.label(entry);
    entry.button = drawBadge(entry.mount, {
      status: result.status,
      evidence: result.evidence,
      attribution: result.attribution,
      document: badgeDocument(result, this.data.sources),
      onOpen: () => this.open(entry),
    });
  }

  open(entry: BadgeEntry): void {
    openCard({
      status: entry.result.status,
      quote: entry.quote,
      near: entry.host.getBoundingClientRect(),
      anchor: entry.host,
      ui: (close) => (
        <ProvenanceCard
          quote={entry.quote}
          result={entry.result}
          {...this.data}
          pageUrl={location.href}
          pageTitle={document.title}
          onSave={() => this.save(entry)}
          onDispute={(reason) => this.save(entry, { reason })}
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
    this.sentinel?.disconnect();
    this.sentinel = null;
    for (const e of this.entries) e.host.remove();
    this.entries = [];
    this.byBlock = new WeakMap();
    this.byHost = new WeakMap();
  }

  /** Watches the whole document while badges are up; first handles what the page did since the last look. */
  private guardPage(): void {
    if (this.sentinel) {
      this.repair(this.sentinel.takeRecords());
      return;
    }
    this.sentinel = new MutationObserver((records) => this.repair(records));
    this.sentinel.observe(document.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: HOST_ATTRIBUTES,
    });
  }

  private repair(records: MutationRecord[]): void {
    for (const record of records) {
      if (record.type === 'attributes') {
        const entry = this.byHost.get(record.target);
        const target = record.target as Element;
        if (entry) this.label(entry);
        else if (!isOwnNode(target) && target.matches(HOST_SELECTOR)) target.remove();
        continue;
      }
      for (const node of record.addedNodes) {
        const entry = this.byHost.get(node);
        if (entry) this.keepInPlace(entry);
        else if (node instanceof Element) removeLookalikes(node);
      }
      for (const node of record.removedNodes) {
        const entry = this.byHost.get(node);
        if (entry && !node.isConnected) this.keepInPlace(entry);
      }
    }
  }

  /** Puts a genuine badge the page moved or removed back after its quotation, a few times at most. */
  private keepInPlace(entry: BadgeEntry): void {
    if (!this.entries.includes(entry)) return;
    const anchor = entry.block.isConnected ? badgeAnchor(entry.block, entry.offset) : null;
    const parent = anchor?.parentNode;
    if (!anchor || !parent) {
      this.drop(entry);
      return;
    }
    if (entry.host.parentNode !== parent || entry.host.previousSibling !== anchor) {
      const repairs = (this.repairs.get(entry) ?? 0) + 1;
      this.repairs.set(entry, repairs);
      if (repairs > MAX_REPAIRS) {
        this.drop(entry);
        return;
      }
      parent.insertBefore(entry.host, anchor.nextSibling);
    }
    this.label(entry);
  }

  private drop(entry: BadgeEntry): void {
    entry.host.remove();
    this.entries = this.entries.filter((e) => e !== entry);
    this.byBlock.get(entry.block)?.delete(entry.offset);
    this.byHost.delete(entry.host);
  }
}
