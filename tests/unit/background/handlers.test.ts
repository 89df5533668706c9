import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bundledCorpus } from '@/data/corpus';
import { CorpusCache, storedCorpusLoader } from '@/entrypoints/background/corpus-index';
import { BAD_SELECTION_MESSAGE } from '@/entrypoints/background/explicit-check';
import { createHandlers, type Handlers } from '@/entrypoints/background/handlers';
import { SiteSwitch } from '@/entrypoints/background/site-switch';
import { TabScanStore } from '@/entrypoints/background/tab-scans';
import { notFound } from '@/lib/match/match-quote';
import { seedCorpus } from '@/utils/corpus-store';
import { openDatabase, type VerbatimDB } from '@/utils/db';
import { cardDataFor } from '@/utils/domain';
import type { ScanResponse, SiteOff } from '@/utils/messaging/protocol';
import { builds } from './fake-engine';

vi.mock('@/lib/match', () => import('./fake-engine'));

const self = { id: 'verbatim-id', baseUrl: 'chrome-extension://verbatim-id/' };
const PAGE = 'https://news.example/story';
const tab = (id: number) => ({ id: 'verbatim-id', url: PAGE, frameId: 0, tab: { id, url: PAGE } });
const popup = { id: 'verbatim-id', url: 'chrome-extension://verbatim-id/popup.html' };
const library = { id: 'verbatim-id', url: 'chrome-extension://verbatim-id/library.html', tab: { id: 99 } };
const stranger = { id: 'another-extension', url: PAGE, frameId: 0, tab: { id: 1 } };

const first = bundledCorpus.passages[0]!;
const second = bundledCorpus.passages[12]!;
/** Words that really are in a passage (the fake engine verifies substrings). */
const inFirst = first.text.slice(0, 60);
const inSecond = second.text.slice(10, 70);

let db: VerbatimDB;
let handlers: Handlers;
let clock = 1000;
let n = 0;

function memoryArea() {
  const items = new Map<string, unknown>();
  return {
    get: async (k: string) => (items.has(k) ? { [k]: structuredClone(items.get(k)) } : {}),
    set: async (v: Record<string, unknown>) => {
      for (const [k, x] of Object.entries(v)) items.set(k, structuredClone(x));
    },
    remove: async (k: string) => {
      items.delete(k);
    },
  };
}

const quiet = { error: () => {}, info: () => {} };

/** A `disabledSites` storage item held in memory; `set` notifies watchers as storage events would. */
function sitesItem(initial: string[] = []) {
  let value = initial;
  const watchers = new Set<(v: string[] | null) => void>();
  const reads = { count: 0 };
  return {
    reads,
    getValue: async () => {
      reads.count++;
      return value;
    },
    watch: (cb: (v: string[] | null) => void) => {
      watchers.add(cb);
      return () => watchers.delete(cb);
    },
    set(next: string[]) {
      value = next;
      for (const cb of watchers) cb(next);
    },
  };
}

/** The scan answer of a site that is on (fails the test on a site-off answer). */
async function scanned(answer: Promise<ScanResponse | SiteOff>): Promise<ScanResponse> {
  const r = await answer;
  if ('siteOff' in r) throw new Error('expected a scan, got siteOff');
  return r;
}

/** Handlers over the test's database, with in-memory parts unless a test brings its own. */
function handlersWith(parts: { scans?: TabScanStore; corpus?: CorpusCache; sites?: SiteSwitch }): Handlers {
  return createHandlers({
    db,
    corpus: parts.corpus ?? new CorpusCache(storedCorpusLoader(db, async () => {})),
    scans: parts.scans ?? new TabScanStore(memoryArea()),
    sites: parts.sites ?? new SiteSwitch(sitesItem()),
    self,
    now: () => clock,
  });
}

beforeEach(async () => {
  db = openDatabase(`handlers-test-${++n}`);
  await seedCorpus(db, bundledCorpus, { log: quiet });
  handlers = handlersWith({});
  vi.spyOn(console, 'info').mockImplementation(() => {});
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

/** An article whose paragraphs each quote one of `quotes` (the background extracts them). */
const scanRequest = (quotes: string[]) => ({
  url: PAGE,
  title: 'A story',
  blocks: quotes.map((quote) => ({ text: `Someone said: “${quote}”`, kind: 'p' as const, onPage: true })),
});

describe('who may send what', () => {
  const valid = {
    matchQuotes: scanRequest([inFirst]),
    markHidden: { indices: [0] },
    pageStatus: { url: PAGE, title: 't', article: false, enabled: true },
    saveVerification: { quote: inFirst, index: 0, url: PAGE, title: 't' },
    checkText: { text: inFirst, url: PAGE, title: 't', origin: 'popup' },
    getTabScan: { tabId: 1 },
    saveTabScan: { tabId: 1 },
    corpusChanged: {},
  } as const;

  it.each(Object.keys(valid) as (keyof typeof valid)[])('%s: refuses another extension', async (name) => {
    await expect(handlers[name](valid[name], stranger)).rejects.toThrow(/not this extension/);
  });

  it.each(['getTabScan', 'saveTabScan', 'corpusChanged', 'checkText'] as const)(
    '%s: refuses a content script (extension pages only)',
    async (name) => {
      await expect(handlers[name](valid[name], tab(1))).rejects.toThrow(/only accepted from extension-page/);
    },
  );

  it.each(['matchQuotes', 'markHidden', 'pageStatus', 'saveVerification'] as const)(
    '%s: refuses an extension page (content scripts only)',
    async (name) => {
      await expect(handlers[name](valid[name], library)).rejects.toThrow(/only accepted from content-script/);
    },
  );

  it.each([
    ['matchQuotes', { url: PAGE, title: 't', blocks: 'everything' }],
    [
      'matchQuotes',
      { url: PAGE, title: 't', blocks: [{ text: 'x'.repeat(100_001), kind: 'p', onPage: true }] },
    ],
    ['matchQuotes', { url: PAGE, title: 't', blocks: [{ text: 'x', kind: 'aside', onPage: true }] }],
    ['saveVerification', { quote: 'x', index: -1, url: PAGE, title: 't' }],
    ['checkText', { text: 'x', url: PAGE, title: 't', origin: 'badge' }],
    ['getTabScan', { tabId: 'current' }],
  ] as const)('%s: refuses a malformed request %#', async (name, data) => {
    const sender = name === 'getTabScan' || name === 'checkText' ? popup : tab(1);
    await expect(handlers[name](data, sender)).rejects.toThrow(new RegExp(`"${name}" rejected: malformed`));
  });

  it('saves nothing for a refused request', async () => {
    await expect(handlers.checkText({ ...valid.checkText, origin: 'popup' }, stranger)).rejects.toThrow();
    expect(await db.verifications.count()).toBe(0);
  });
});

describe('matchQuotes and the tab scan', () => {
  it('answers every quotation in order, with only the passages and sources the results refer to', async () => {
    const response = await scanned(
      handlers.matchQuotes(scanRequest([inFirst, 'words in no passage at all', inSecond]), tab(3)),
    );
    expect(response.results.map((r) => r.status)).toEqual(['verified', 'not-found', 'verified']);
    expect(response.quotes.map((q) => q.quote)).toEqual(
      [inFirst, 'words in no passage at all', inSecond].map((q) => q.trim()),
    );
    expect(Object.keys(response.passages).sort()).toEqual([first.id, second.id].sort());
    expect(Object.keys(response.sources).sort()).toEqual([...new Set([first.source, second.source])].sort());
    expect(response.corpus).toMatchObject({
      passageCount: bundledCorpus.passages.length,
      hasFullText: false,
    });
  });

  it('keeps the scan of the tab for the popup, not for sub-frames', async () => {
    await handlers.matchQuotes(scanRequest([inFirst]), tab(3));
    await handlers.matchQuotes(scanRequest([inSecond]), { ...tab(3), frameId: 5 });
    const scan = await handlers.getTabScan({ tabId: 3 }, popup);
    expect(scan).toMatchObject({ url: PAGE, title: 'A story', article: true, scannedAt: clock });
    expect(scan?.quotes.map((q) => [q.quote, q.result.status])).toEqual([[inFirst, 'verified']]);
    expect(await handlers.getTabScan({ tabId: 4 }, popup)).toBeNull();
  });

  it('answers before session storage has kept the scan, which badges can already save from', async () => {
    let persisted!: () => void;
    const slow = memoryArea();
    const slowArea = {
      ...slow,
      set: (v: Record<string, unknown>) =>
        new Promise<void>((ok) => {
          persisted = ok;
        }).then(() => slow.set(v)),
    };
    const h = handlersWith({ scans: new TabScanStore(slowArea) });
    const response = await scanned(h.matchQuotes(scanRequest([inFirst]), tab(3)));
    expect(response.results.map((r) => r.status)).toEqual(['verified']);
    await expect(
      h.saveVerification({ quote: inFirst, index: 0, url: PAGE, title: 'x' }, tab(3)),
    ).resolves.toMatchObject({ id: expect.any(Number) });
    await vi.waitFor(() => expect(persisted).toBeTypeOf('function'));
    persisted();
    expect(await h.getTabScan({ tabId: 3 }, popup)).toMatchObject({ quotes: [{ quote: inFirst }] });
  });

  it('reports a quotation the engine fails on as not found, and the scan goes on', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const response = await scanned(handlers.matchQuotes(scanRequest(['ENGINE BUG here', inFirst]), tab(3)));
    expect(response.results.map((r) => r.status)).toEqual(['not-found', 'verified']);
  });

  it('marks the quotations the page hides as hidden in the tab scan, and a badge saves that verdict', async () => {
    const scans = new TabScanStore(memoryArea());
    const h = handlersWith({ scans });
    await h.matchQuotes(scanRequest([inFirst, inSecond]), tab(3));
    await h.markHidden({ indices: [1] }, tab(3));
    await h.markHidden({ indices: [0] }, { ...tab(3), frameId: 4 });
    expect((await scans.get(3))?.quotes.map((q) => q.result.status)).toEqual(['verified', 'hidden']);
    await h.saveVerification({ quote: inSecond, index: 1, url: PAGE, title: 't' }, tab(3));
    const [row] = await db.verifications.toArray();
    expect(row?.status).toBe('hidden');
  });

  it('records how many quotations the article has beyond the cap, and the text the page left out', async () => {
    const scans = new TabScanStore(memoryArea());
    const h = handlersWith({ scans });
    const many = Array.from({ length: 2003 }, (_, i) => `${inFirst.slice(0, 30)} ${i}`);
    await h.matchQuotes({ ...scanRequest(many), omitted: { blocks: 4, chars: 120_000 } }, tab(3));
    const kept = await scans.get(3);
    expect(kept?.quotes).toHaveLength(2000);
    expect(kept?.found).toBe(2003);
    expect(kept?.omitted).toEqual({ blocks: 4, chars: 120_000 });
    await h.matchQuotes(scanRequest([inFirst]), tab(3));
    expect((await scans.get(3))?.found).toBeUndefined();
  });

  it('records a page that is not scanned', async () => {
    await handlers.matchQuotes(scanRequest([inFirst]), tab(3));
    await handlers.pageStatus({ url: PAGE, title: 't', article: false, enabled: false }, tab(3));
    expect(await handlers.getTabScan({ tabId: 3 }, popup)).toMatchObject({
      article: false,
      enabled: false,
      quotes: [],
    });
  });
});

describe('the per-site switch', () => {
  const withSites = (item: ReturnType<typeof sitesItem>) => {
    const corpus = new CorpusCache(storedCorpusLoader(db, async () => {}));
    const get = vi.spyOn(corpus, 'get');
    return { h: handlersWith({ corpus, sites: new SiteSwitch(item) }), get };
  };

  it("drops a switched-off site's blocks unread: no extraction, no match, the tab scan says off", async () => {
    const { h, get } = withSites(sitesItem(['news.example']));
    await expect(h.matchQuotes(scanRequest([inFirst]), tab(3))).resolves.toEqual({ siteOff: true });
    expect(get).not.toHaveBeenCalled();
    expect(await h.getTabScan({ tabId: 3 }, popup)).toMatchObject({ enabled: false, quotes: [] });
    await expect(
      h.saveVerification({ quote: inFirst, index: 0, url: PAGE, title: 'x' }, tab(3)),
    ).rejects.toThrow();
  });

  it('judges the site by the frame the browser reports, not by the URL the page sends', async () => {
    const { h } = withSites(sitesItem(['news.example']));
    const claim = { ...scanRequest([inFirst]), url: 'https://elsewhere.example/story' };
    await expect(h.matchQuotes(claim, tab(3))).resolves.toEqual({ siteOff: true });
    const other = { ...tab(4), url: 'https://elsewhere.example/story' };
    const answer = await scanned(h.matchQuotes(scanRequest([inFirst]), other));
    expect(answer.results.map((r) => r.status)).toEqual(['verified']);
  });

  it('follows the switch as it changes, reading storage once', async () => {
    const item = sitesItem([]);
    const { h } = withSites(item);
    await scanned(h.matchQuotes(scanRequest([inFirst]), tab(3)));
    item.set(['news.example']);
    await expect(h.matchQuotes(scanRequest([inFirst]), tab(3))).resolves.toEqual({ siteOff: true });
    item.set([]);
    await scanned(h.matchQuotes(scanRequest([inFirst]), tab(3)));
    expect(item.reads.count).toBe(1);
  });

  it('treats an unreadable switch as on (logged) and reads it again next time', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const item = sitesItem(['news.example']);
    const getValue = item.getValue;
    item.getValue = vi.fn(async () => {
      throw new Error('storage is broken');
    });
    const { h } = withSites(item);
    await scanned(h.matchQuotes(scanRequest([inFirst]), tab(3)));
    expect(console.error).toHaveBeenCalledWith(expect.stringMatching(/per-site switch/), expect.any(Error));
    item.getValue = getValue;
    await expect(h.matchQuotes(scanRequest([inFirst]), tab(3))).resolves.toEqual({ siteOff: true });
  });
});

describe('saving from badges', () => {
  it('saves the result of the background’s own scan, once per quotation and page', async () => {
    await handlers.matchQuotes(scanRequest(['not in the corpus', inFirst]), tab(3));
    const { id } = await handlers.saveVerification(
      { quote: inFirst, index: 1, url: PAGE, title: 'x' },
      tab(3),
    );
    clock = 2000;
    const again = await handlers.saveVerification(
      { quote: inFirst, index: 1, url: PAGE, title: 'x' },
      tab(3),
    );
    expect(again.id).toBe(id);
    const rows = await db.verifications.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      quote: inFirst,
      status: 'verified',
      passageIds: [first.id],
      url: PAGE,
      pageTitle: 'A story',
      origin: 'badge',
      createdAt: 1000,
      updatedAt: 2000,
    });
  });

  it('"This verdict looks wrong" saves the check marked as disputed, with the reason; a later save keeps the mark', async () => {
    await handlers.matchQuotes(scanRequest([inFirst]), tab(3));
    const request = { quote: inFirst, index: 0, url: PAGE, title: 'x' };
    await handlers.saveVerification({ ...request, dispute: { reason: ' not what he said ' } }, tab(3));
    expect(await db.verifications.toArray()).toMatchObject([
      { quote: inFirst, disputed: true, disputeReason: 'not what he said' },
    ]);
    await handlers.saveVerification(request, tab(3));
    expect(await db.verifications.toArray()).toMatchObject([
      { disputed: true, disputeReason: 'not what he said' },
    ]);
    await expect(
      handlers.saveVerification({ ...request, dispute: { reason: 'x'.repeat(2001) } }, tab(3)),
    ).rejects.toThrow();
  });

  it('refuses a quotation that differs from the scanned one, an unknown index or another tab', async () => {
    await handlers.matchQuotes(scanRequest([inFirst]), tab(3));
    const forged = { quote: 'something else', index: 0, url: PAGE, title: 'x' };
    await expect(handlers.saveVerification(forged, tab(3))).rejects.toThrow(/not in the latest scan/);
    await expect(
      handlers.saveVerification({ ...forged, quote: inFirst, index: 1 }, tab(3)),
    ).rejects.toThrow();
    await expect(handlers.saveVerification({ ...forged, quote: inFirst }, tab(8))).rejects.toThrow();
    expect(await db.verifications.count()).toBe(0);
  });

  it('saves all quotations of a tab without duplicates', async () => {
    await handlers.matchQuotes(scanRequest([inFirst, 'not in the corpus', inFirst, inSecond]), tab(3));
    expect(await handlers.saveTabScan({ tabId: 3 }, popup)).toEqual({ saved: 3 });
    expect(await handlers.saveTabScan({ tabId: 3 }, popup)).toEqual({ saved: 3 });
    expect(await db.verifications.count()).toBe(3);
    expect(await handlers.saveTabScan({ tabId: 42 }, popup)).toEqual({ saved: 0 });
  });
});

describe('explicit checks through checkText', () => {
  it('checks and saves a popup quotation with the given page', async () => {
    const response = await handlers.checkText(
      { text: `  “${inFirst}”  `, url: PAGE, title: 'A story', origin: 'popup' },
      popup,
    );
    expect(response).toMatchObject({ ok: true, quote: inFirst, result: { status: 'verified' } });
    expect(response.ok && Object.keys(response.passages)).toEqual([first.id]);
    const rows = await db.verifications.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: response.ok ? response.recordId : -1, url: PAGE, origin: 'popup' });
  });

  it('answers bad input with the message and saves nothing', async () => {
    for (const text of ['', '   ', '“ ”', '12,345 — 67%', 'a'.repeat(2001), 'word '.repeat(2500)]) {
      expect(await handlers.checkText({ text, url: PAGE, title: 't', origin: 'popup' }, popup)).toEqual({
        ok: false,
        message: BAD_SELECTION_MESSAGE,
      });
    }
    expect(await db.verifications.count()).toBe(0);
  });
});

describe('card data and corpus changes', () => {
  it('gives the passages asked for and their sources, ignoring unknown ids', async () => {
    const corpus = new CorpusCache(storedCorpusLoader(db, async () => {}));
    const asked = { ...notFound(null), passageIds: [second.id, 'no-such-passage'] };
    const data = cardDataFor(await corpus.get(), [asked]);
    expect(data.passages).toEqual({ [second.id]: second });
    expect(Object.keys(data.sources)).toEqual([second.source]);
  });

  it('rebuilds the index from the tables after an import', async () => {
    await scanned(handlers.matchQuotes(scanRequest([inFirst]), tab(3)));
    const before = builds.length;
    await db.sources.put({
      id: 'oig-21-028-full',
      role: 'primary',
      title: 'Full text',
      publisher: 'DOJ OIG',
      date: '2021-01-14',
      fullTextOf: 'oig-21-028',
      // The whole report (an excerpt would not make "not found" mean "not in the report").
      scope: 'complete',
    });
    await db.passages.put({
      ...first,
      id: 'oig-21-028-full.0001',
      source: 'oig-21-028-full',
      text: 'Imported words only here.',
    });
    const info = await handlers.corpusChanged({}, library);
    expect(builds.length).toBe(before + 1);
    expect(info).toMatchObject({ hasFullText: true, passageCount: bundledCorpus.passages.length + 1 });
    const response = await scanned(handlers.matchQuotes(scanRequest(['Imported words only here']), tab(3)));
    expect(response.results[0]?.passageIds).toEqual(['oig-21-028-full.0001']);
  });
});

describe('badges only on pages about the corpus', () => {
  const unrelated = {
    url: PAGE,
    title: 'Council votes on parking',
    blocks: [
      {
        text: 'The mayor said the plan was “a fair deal for every driver in town”.',
        kind: 'p' as const,
        onPage: true,
      },
    ],
  };

  it('answers an unrelated page with its quotations but no badges, and keeps that for the popup', async () => {
    const scans = new TabScanStore(memoryArea());
    const h = handlersWith({ scans });
    const r = await scanned(h.matchQuotes(unrelated, tab(5)));
    expect(r.quotes).toHaveLength(1);
    expect(r.badges).toBe(false);
    expect(await scans.get(5)).toMatchObject({ badges: false, relevance: { about: false } });
  });

  it('badges a page that matches a source', async () => {
    const r = await scanned(handlers.matchQuotes(scanRequest([inFirst]), tab(5)));
    expect(r.badges).toBe(true);
  });

  it('badges every page when the reader asks for it', async () => {
    const h = createHandlers({
      db,
      corpus: new CorpusCache(storedCorpusLoader(db, async () => {})),
      scans: new TabScanStore(memoryArea()),
      sites: new SiteSwitch(sitesItem()),
      self,
      now: () => clock,
      badgeEveryQuotation: async () => true,
    });
    expect((await scanned(h.matchQuotes(unrelated, tab(5)))).badges).toBe(true);
  });
});
