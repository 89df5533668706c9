/**
 * The foundation in real Chromium: the service worker seeds the corpus from data/, a corpus update
 * leaves the user's verifications untouched, and the extension pages open cleanly.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch } from './harness';
import { metaValue, putAll, readAll } from './worker-db';

interface Row {
  id: string;
  source: string;
  [k: string]: unknown;
}

const corpus = JSON.parse(readFileSync(resolve(process.cwd(), 'data/corpus.json'), 'utf8')) as {
  version: string;
  hash: string;
  passages: Row[];
};
const passagesInData = readFileSync(resolve(process.cwd(), 'data/passages.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '').length;

let h: Harness;
const workerErrors: string[] = [];
beforeAll(async () => {
  h = await launch();
  h.worker.on('console', (msg) => {
    if (msg.type() === 'error') workerErrors.push(msg.text());
  });
});
afterAll(() => h?.close());

describe('foundation', () => {
  it('seeds `verbatim` with exactly as many passages as data/ holds', async () => {
    expect(corpus.passages).toHaveLength(passagesInData);
    await expect
      .poll(async () => (await readAll<Row>(h, 'passages')).length, { timeout: 15_000 })
      .toBe(passagesInData);
    const stored = await readAll<Row>(h, 'passages');
    expect(stored.map((p) => p.id).sort()).toEqual(corpus.passages.map((p) => p.id).sort());
    expect(await metaValue(h, 'corpusHash')).toBe(corpus.hash);
    expect(await metaValue(h, 'corpusVersion')).toBe(corpus.version);
  });

  it('after an update with a changed corpus hash, reseeds and leaves every verification row unchanged', async () => {
    await expect.poll(() => metaValue(h, 'corpusHash'), { timeout: 15_000 }).toBe(corpus.hash);
    const seededBefore = await metaValue(h, 'seededAt');

    // The state an older version left: another corpus hash, a passage the new corpus dropped, the
    // user's history, and a full report the user imported.
    const history = [
      {
        quote: 'We need to take away children',
        status: 'verified',
        passageIds: ['r010'],
        source: 'oig-21-028',
        url: 'https://news.example/story',
        pageTitle: 'A story',
        attributedTo: 'Someone',
        attribution: 'unknown',
        speaker: 'Gene Hamilton',
        context: 'He said “We need to take away children” on the call.',
        note: 'my own note',
        origin: 'selection',
        createdAt: 1_600_000_000_000,
        updatedAt: 1_600_000_100_000,
        result: {
          status: 'verified',
          passageIds: ['r010'],
          edits: [],
          diff: [],
          highlights: [],
          coverage: 1,
        },
      },
      {
        quote: 'words in no source',
        status: 'not-found',
        passageIds: [],
        source: null,
        url: 'https://news.example/other',
        pageTitle: 'Other',
        attributedTo: null,
        attribution: 'unknown',
        speaker: null,
        origin: 'badge',
        createdAt: 1_600_000_200_000,
        updatedAt: 1_600_000_200_000,
        result: { status: 'not-found', passageIds: [], edits: [], diff: [], highlights: [], coverage: 0 },
      },
    ];
    await putAll(h, 'verifications', history);
    const stale = { ...corpus.passages[0], id: 'zz-dropped-passage', text: 'A passage an older corpus had.' };
    await putAll(h, 'passages', [stale]);
    const fullText = {
      id: 'oig-21-028-full',
      role: 'primary',
      title: 'Full text',
      publisher: 'DOJ OIG',
      date: '2021-01-14',
      fullTextOf: 'oig-21-028',
    };
    const fullTextPassage = { ...corpus.passages[0], id: 'oig-21-028-full.0001', source: fullText.id };
    await putAll(h, 'sources', [fullText]);
    await putAll(h, 'passages', [fullTextPassage]);
    await putAll(h, 'meta', [{ key: 'corpusHash', value: 'hash-of-an-older-corpus' }]);
    const verificationsBefore = await readAll(h, 'verifications');
    expect(verificationsBefore).toHaveLength(2);

    // Fires the listener the worker really registered, as an extension update does.
    await h.inWorker(() => {
      type Dispatchable = { dispatch(details: { reason: string; previousVersion?: string }): void };
      const { chrome } = globalThis as unknown as { chrome: { runtime: { onInstalled: Dispatchable } } };
      chrome.runtime.onInstalled.dispatch({ reason: 'update', previousVersion: '0.0.1' });
    });

    await expect.poll(() => metaValue(h, 'corpusHash'), { timeout: 15_000 }).toBe(corpus.hash);
    expect(await metaValue(h, 'seededAt')).not.toBe(seededBefore);
    expect(await readAll(h, 'verifications')).toEqual(verificationsBefore);
    const passages = await readAll<Row>(h, 'passages');
    expect(passages.find((p) => p.id === 'zz-dropped-passage')).toBeUndefined();
    expect(passages.find((p) => p.id === fullTextPassage.id)).toEqual(fullTextPassage);
    expect(passages).toHaveLength(passagesInData + 1);
    expect((await readAll<Row>(h, 'sources')).find((s) => s.id === fullText.id)).toEqual(fullText);
  });

  it('opens the popup and the library without console errors', async () => {
    for (const path of ['popup.html', 'library.html']) {
      const page = await h.openExtensionPage(path);
      await expect(page.title()).resolves.toContain('Verbatim');
      await page.waitForLoadState('networkidle');
      await page.close();
    }
    expect(h.consoleErrors).toEqual([]);
    expect(workerErrors).toEqual([]);
  });
});
