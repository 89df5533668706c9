/**
 * What both browser tiers (Chromium: tests/e2e, Firefox: tests/e2e-firefox) check on the seed page, and
 * the functions they run inside the browser. Those functions are serialised by the drivers: they must not
 * use anything from this module.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';

export interface ExpectedQuote {
  quote: string;
  expected: string;
  passages: string[];
  soft: boolean;
}

export const expectedQuotes = (
  JSON.parse(readFileSync(resolve(process.cwd(), 'tests/fixtures/seed-article.expected.json'), 'utf8')) as {
    quotes: ExpectedQuote[];
  }
).quotes;

export type BadgeAttrs = { status: string; quote: string; passages: string; headline?: boolean };

/**
 * The headline's quotation (“driving force”) is badged in the headline, as a phrase. In the body every
 * firm row has a badge with its verdict and passages; soft rows may lack one; no quotation twice.
 */
export function expectSeedVerdicts(all: BadgeAttrs[]): void {
  expect(all.filter((b) => b.headline).map((b) => [b.quote, b.status])).toEqual([
    ['driving force', 'phrase'],
  ]);
  const found = all.filter((b) => !b.headline);
  for (const row of expectedQuotes) {
    const badge = found.find((b) => b.quote === row.quote);
    if (!badge) {
      expect(row.soft, `no badge for “${row.quote}”`).toBe(true);
      continue;
    }
    expect(badge.status, row.quote).toBe(row.expected);
    for (const id of row.passages) expect(badge.passages.split(','), row.quote).toContain(id);
  }
  expect(new Set(found.map((b) => b.quote)).size).toBe(found.length);
}

/** In the page: the badges' attributes. */
export function readBadges(): BadgeAttrs[] {
  return [...document.querySelectorAll<HTMLElement>('verbatim-badge')].map((b) => ({
    status: b.dataset.status ?? '',
    quote: b.dataset.quote ?? '',
    passages: b.dataset.passages ?? '',
    headline: b.closest('h1') !== null,
  }));
}

/** In the page: selects `target` as a reader would (a Range over the text nodes); returns what the browser reports. */
export function selectText(target: string): string {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const nodes: Array<{ node: Text; start: number }> = [];
  let all = '';
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    nodes.push({ node, start: all.length });
    all += node.data;
  }
  const at = all.indexOf(target);
  if (at < 0) throw new Error(`"${target}" is not in the page`);
  const point = (offset: number) => {
    const hit = nodes.find(({ node, start }) => offset >= start && offset <= start + node.data.length);
    if (!hit) throw new Error('offset outside the text');
    return [hit.node, offset - hit.start] as const;
  };
  const range = document.createRange();
  range.setStart(...point(at));
  range.setEnd(...point(at + target.length));
  const selection = getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  return selection?.toString() ?? '';
}

/** In the extension (service worker or background page): every row of a `verbatim` table, with raw IndexedDB. */
export async function readStore<T>(name: string): Promise<T[]> {
  const db = await new Promise<IDBDatabase>((ok, ko) => {
    const req = indexedDB.open('verbatim');
    req.onsuccess = () => ok(req.result);
    req.onerror = () => ko(req.error);
  });
  try {
    if (!db.objectStoreNames.contains(name)) return [];
    return await new Promise<T[]>((ok, ko) => {
      const req = db.transaction(name).objectStore(name).getAll();
      req.onsuccess = () => ok(req.result as T[]);
      req.onerror = () => ko(req.error);
    });
  } finally {
    db.close();
  }
}
