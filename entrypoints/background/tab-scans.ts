/**
 * The background's own record of what it matched in each tab: the popup's authoritative view and the
 * source of truth when a badge asks to save its verification. Whole results live in memory; session
 * storage (so a service-worker restart keeps the scan) holds a compact form — each quotation's offsets,
 * verdict, words and attribution, never the diffs and highlights — and the page's URL without its query
 * and fragment (a token in a query string is not written anywhere). After a restart the results are
 * matched again from those words. Dropped when the tab closes or loads another page.
 */
import { notFound } from '@/lib/match';
import type { MatchResult, Verdict } from '@/lib/types';
import type { CheckedQuote, TabScan } from '@/utils/domain';

/** The part of `storage.session` used here (a fake in unit tests). */
export interface SessionArea {
  get(key: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/** Matches a quotation again (after a worker restart, when only the compact form is left). */
export type Rematch = (quote: string, attributedTo: string | null) => Promise<MatchResult>;

const PREFIX = 'tabScan:';
const keyOf = (tabId: number) => `${PREFIX}${tabId}`;

/** The document a URL loads: the fragment does not change it (in-page links, anchors). */
const documentOf = (url: string) => url.split('#')[0] ?? url;

/** What is written for the page's address: no query, no fragment (they can carry tokens). */
export function storedUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return url.split(/[?#]/)[0] ?? '';
  }
}

/** A 53-bit hash (cyrb53), hex: tells documents apart without writing their URLs. */
export function urlDigest(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16);
}

/** One quotation as stored: [start, end, verdict, words, attributed to]. */
type StoredQuote = [number, number, Verdict, string, string | null];

interface StoredScan {
  v: 2;
  url: string;
  /** urlDigest of the full document URL (query included), to tell a new document from the same one. */
  doc: string;
  title: string;
  article: boolean;
  enabled: boolean;
  scannedAt: number;
  found?: number;
  omitted?: TabScan['omitted'];
  quotes: StoredQuote[];
}

function compact(scan: TabScan): StoredScan {
  return {
    v: 2,
    url: storedUrl(scan.url),
    doc: urlDigest(documentOf(scan.url)),
    title: scan.title,
    article: scan.article,
    enabled: scan.enabled,
    scannedAt: scan.scannedAt,
    ...(scan.found !== undefined ? { found: scan.found } : {}),
    ...(scan.omitted ? { omitted: scan.omitted } : {}),
    quotes: scan.quotes.map((q) => [
      q.span?.[0] ?? -1,
      q.span?.[1] ?? -1,
      q.result.status,
      q.quote,
      q.result.attributedTo,
    ]),
  };
}

function isStored(value: unknown): value is StoredScan {
  const s = value as StoredScan | null;
  return Boolean(s && s.v === 2 && typeof s.url === 'string' && Array.isArray(s.quotes));
}

export class TabScanStore {
  readonly #memory = new Map<number, TabScan>();
  /** Digest of each tab's document, for scans read back from storage (their URL lost its query). */
  readonly #docs = new Map<number, string>();

  constructor(
    private readonly area: SessionArea,
    private readonly rematch?: Rematch,
  ) {}

  async get(tabId: number): Promise<TabScan | null> {
    const cached = this.#memory.get(tabId);
    if (cached) return cached;
    try {
      const stored = (await this.area.get(keyOf(tabId)))[keyOf(tabId)];
      if (!isStored(stored)) return null;
      const scan = await this.expand(stored);
      // A newer scan may have arrived while this one was matched again.
      if (this.#memory.has(tabId)) return this.#memory.get(tabId) ?? null;
      this.#memory.set(tabId, scan);
      this.#docs.set(tabId, stored.doc);
      return scan;
    } catch (e) {
      console.warn('Verbatim: could not read a tab scan from session storage.', e);
      return null;
    }
  }

  private async expand(stored: StoredScan): Promise<TabScan> {
    const quotes: CheckedQuote[] = [];
    for (const [start, end, status, quote, attributedTo] of stored.quotes) {
      const again = this.rematch ? await this.rematch(quote, attributedTo) : null;
      // `hidden` is the page's doing, not the engine's: it stays. Otherwise today's match is the answer.
      const result: MatchResult =
        again && status !== 'hidden' ? again : { ...(again ?? notFound(attributedTo)), status };
      quotes.push({ quote, result, ...(start >= 0 ? { span: [start, end] as [number, number] } : {}) });
    }
    return {
      url: stored.url,
      title: stored.title,
      article: stored.article,
      enabled: stored.enabled,
      quotes,
      scannedAt: stored.scannedAt,
      ...(stored.found !== undefined ? { found: stored.found } : {}),
      ...(stored.omitted ? { omitted: stored.omitted } : {}),
    };
  }

  async set(tabId: number, scan: TabScan): Promise<void> {
    this.#memory.set(tabId, scan);
    this.#docs.set(tabId, urlDigest(documentOf(scan.url)));
    await this.write(tabId, scan);
  }

  private async write(tabId: number, scan: TabScan): Promise<void> {
    const item = { [keyOf(tabId)]: compact(scan) };
    try {
      await this.area.set(item);
    } catch (first) {
      // Over the session quota: make room by dropping other tabs' older scans, then try once more.
      try {
        await this.evictOthers(tabId);
        await this.area.set(item);
      } catch {
        // The scan still lives in memory until the worker stops.
        console.warn('Verbatim: could not keep a tab scan in session storage.', first);
      }
    }
  }

  private async evictOthers(tabId: number): Promise<void> {
    const all = await this.area.get(null);
    const others = Object.entries(all)
      .filter(([key, value]) => key.startsWith(PREFIX) && key !== keyOf(tabId) && isStored(value))
      .sort(([, a], [, b]) => (a as StoredScan).scannedAt - (b as StoredScan).scannedAt);
    for (const [key] of others.slice(0, Math.max(1, Math.ceil(others.length / 2)))) {
      await this.area.remove(key);
    }
  }

  /**
   * For a reply on the critical path: the scan is in memory (authoritative) at once, and written to
   * session storage on a later task, so the write does not delay the reply. A scan replaced or deleted
   * meanwhile is not written.
   */
  keep(tabId: number, scan: TabScan): void {
    this.#memory.set(tabId, scan);
    this.#docs.set(tabId, urlDigest(documentOf(scan.url)));
    setTimeout(() => {
      if (this.#memory.get(tabId) === scan) void this.write(tabId, scan);
    }, 0);
  }

  /** The content script found these quotations' words partly hidden by the page (see content/rendered.ts). */
  async markHidden(tabId: number, indices: readonly number[]): Promise<void> {
    const scan = await this.get(tabId);
    if (!scan) return;
    let changed = false;
    for (const i of indices) {
      const q = scan.quotes[i];
      if (!q || q.result.status === 'hidden') continue;
      scan.quotes[i] = { ...q, result: { ...q.result, status: 'hidden' } };
      changed = true;
    }
    if (changed) await this.write(tabId, scan);
  }

  async delete(tabId: number): Promise<void> {
    this.#memory.delete(tabId);
    this.#docs.delete(tabId);
    try {
      await this.area.remove(keyOf(tabId));
    } catch (e) {
      console.warn('Verbatim: could not remove a tab scan from session storage.', e);
    }
  }

  /**
   * A tab started loading. Its scan belongs to the previous document unless only the fragment changed;
   * a reload or an unknown URL drops it too (the content script rescans what it can).
   */
  async tabLoading(tabId: number, url: string | undefined): Promise<void> {
    let doc = this.#docs.get(tabId);
    if (doc === undefined) {
      const stored = await this.area
        .get(keyOf(tabId))
        .then((items) => items[keyOf(tabId)])
        .catch(() => null);
      if (!isStored(stored)) return;
      doc = stored.doc;
    }
    if (url !== undefined && urlDigest(documentOf(url)) === doc) return;
    await this.delete(tabId);
  }
}
