import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bundledCorpus } from '@/data/corpus';
import { CorpusCache, storedCorpusLoader } from '@/entrypoints/background/corpus-index';
import { seedCorpus } from '@/utils/corpus-store';
import { openDatabase, type VerbatimDB } from '@/utils/db';
import { builds } from './fake-engine';

vi.mock('@/lib/match', () => import('./fake-engine'));

let db: VerbatimDB;
let n = 0;
beforeEach(() => {
  db = openDatabase(`corpus-index-${++n}`);
  vi.spyOn(console, 'info').mockImplementation(() => {});
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

describe('CorpusCache', () => {
  it('waits for seeding, then builds from the stored corpus once', async () => {
    let seeded!: () => void;
    const seeding = new Promise<void>((ok) => {
      seeded = ok;
    }).then(() => seedCorpus(db, bundledCorpus, { log: { error() {}, info() {} } }));
    const cache = new CorpusCache(storedCorpusLoader(db, () => seeding));
    const before = builds.length;
    const loading = cache.get();
    seeded();
    const loaded = await loading;
    await cache.get();
    expect(builds.length).toBe(before + 1);
    expect(loaded.info.passageCount).toBe(bundledCorpus.passages.length);
    expect(loaded.passages.get(bundledCorpus.passages[0]!.id)).toEqual(bundledCorpus.passages[0]);
  });

  it('answers from the bundled corpus while the database holds none', async () => {
    const cache = new CorpusCache(storedCorpusLoader(db, async () => {}));
    const loaded = await cache.get();
    expect(loaded.info).toMatchObject({
      version: bundledCorpus.version,
      passageCount: bundledCorpus.passages.length,
    });
  });

  it('warm() builds before anyone asks, and the first request reuses that build', async () => {
    const cache = new CorpusCache(storedCorpusLoader(db, async () => {}));
    const before = builds.length;
    cache.warm();
    await vi.waitFor(() => expect(builds.length).toBe(before + 1));
    await cache.get();
    expect(builds.length).toBe(before + 1);
  });

  it('tries again after a failed build', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    let fail = true;
    const cache = new CorpusCache(async () => {
      if (fail) throw new Error('database closed');
      return { version: 'v', sources: bundledCorpus.sources, passages: bundledCorpus.passages };
    });
    await expect(cache.get()).rejects.toThrow('database closed');
    fail = false;
    await expect(cache.get()).resolves.toMatchObject({ info: { version: 'v' } });
  });
});
