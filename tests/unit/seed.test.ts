import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bundledCorpus } from '@/data/corpus';
import { corpusHash } from '@/lib/corpus/hash';
import type { Corpus, Passage, Source } from '@/lib/corpus/types';
import { corpusInfoOf, inReadingOrder, lastSeedError, readCorpus, seedCorpus } from '@/utils/corpus-store';
import { META, openDatabase, type VerbatimDB, type VerificationRecord } from '@/utils/db';

let db: VerbatimDB;
let dbCount = 0;
const quiet = { error: vi.fn(), info: vi.fn() };

beforeEach(() => {
  db = openDatabase(`seed-test-${++dbCount}`);
  quiet.error.mockClear();
});
afterEach(async () => {
  await db.delete();
});

/** A corpus upgrade: one passage reworded, one added, one dropped; a new hash computed from the content. */
async function upgradedCorpus(): Promise<Corpus> {
  const next = structuredClone(bundledCorpus);
  next.version = `${bundledCorpus.version}-next`;
  next.passages[0]!.note = 'Corrected in the next corpus version.';
  next.passages.splice(4, 1);
  next.passages.push({
    ...structuredClone(next.passages[1]!),
    id: 'r999',
    text: 'A sentence new in this version.',
  });
  const { hash: _, ...content } = next;
  next.hash = await corpusHash(content);
  return next;
}

const verification = (quote: string, at: number): VerificationRecord => ({
  quote,
  status: 'not-found',
  passageIds: [],
  source: null,
  url: 'https://news.example/article',
  pageTitle: 'An article',
  attributedTo: 'Someone',
  attribution: 'unknown',
  speaker: null,
  context: `before ${quote} after`,
  note: 'my note',
  origin: 'selection',
  createdAt: at,
  updatedAt: at + 1,
  result: {
    status: 'not-found',
    passageIds: [],
    source: null,
    page: null,
    speaker: null,
    evidence: null,
    attributedTo: 'Someone',
    attribution: 'unknown',
    edits: [],
    diff: [],
    highlights: [],
    coverage: 0,
  },
});

const fullTextSource: Source = {
  id: 'oig-21-028-full',
  role: 'primary',
  title: 'Full text of report 21-028',
  publisher: 'DOJ OIG',
  date: '2021-01-14',
  fullTextOf: 'oig-21-028',
  version: 'abc123',
  pages: 93,
};
const fullTextPassage = (n: number, linkedPassage?: string): Passage => ({
  id: `oig-21-028-full-${n}`,
  source: fullTextSource.id,
  text: `Sentence ${n} of the full report.`,
  kind: 'report-text',
  speaker: 'DOJ OIG',
  recipient: null,
  date: null,
  page: String(n + 10),
  section: null,
  context: null,
  evidence: {
    level: 'original',
    sources: [{ url: 'https://oig.justice.gov/report.pdf', printed: 'identical' }],
  },
  ...(linkedPassage ? { linkedPassage } : {}),
});

describe('seedCorpus', () => {
  it('seeds exactly the bundled sources and passages, and records version, hash and time', async () => {
    const outcome = await seedCorpus(db, bundledCorpus, { now: () => 1234, log: quiet });
    expect(outcome).toMatchObject({ status: 'seeded', passageCount: bundledCorpus.passages.length });
    expect(await db.passages.count()).toBe(bundledCorpus.passages.length);
    expect(await db.sources.count()).toBe(bundledCorpus.sources.length);
    expect(await db.passages.get(bundledCorpus.passages[7]!.id)).toEqual(bundledCorpus.passages[7]);
    expect(await db.meta.get(META.corpusHash)).toEqual({ key: META.corpusHash, value: bundledCorpus.hash });
    expect(await db.meta.get(META.corpusVersion)).toEqual({
      key: META.corpusVersion,
      value: bundledCorpus.version,
    });
    expect(await db.meta.get(META.seededAt)).toEqual({ key: META.seededAt, value: 1234 });
  });

  it('does not rewrite anything when the stored hash is the same', async () => {
    await seedCorpus(db, bundledCorpus, { now: () => 1, log: quiet });
    const hook = vi.fn();
    db.passages.hook('creating', hook);
    db.passages.hook('deleting', hook);
    const outcome = await seedCorpus(db, bundledCorpus, { now: () => 2, log: quiet });
    expect(outcome.status).toBe('unchanged');
    expect(hook).not.toHaveBeenCalled();
    expect((await db.meta.get(META.seededAt))?.value).toBe(1);
  });

  it('reseeds when bundled rows went missing even though the hash matches', async () => {
    await seedCorpus(db, bundledCorpus, { log: quiet });
    await db.passages.delete(bundledCorpus.passages[3]!.id);
    expect((await seedCorpus(db, bundledCorpus, { log: quiet })).status).toBe('seeded');
    expect(await db.passages.count()).toBe(bundledCorpus.passages.length);
  });

  it('reseeds on a changed hash, replacing the corpus and leaving every verification row as it was', async () => {
    await seedCorpus(db, bundledCorpus, { now: () => 1, log: quiet });
    await db.verifications.bulkAdd([verification('one quote', 10), verification('another', 20)]);
    const before = await db.verifications.toArray();

    const next = await upgradedCorpus();
    const outcome = await seedCorpus(db, next, { now: () => 2, log: quiet });

    expect(outcome.status).toBe('seeded');
    expect(await db.verifications.toArray()).toEqual(before);
    expect((await db.passages.toArray()).map((p) => p.id).sort()).toEqual(
      next.passages.map((p) => p.id).sort(),
    );
    expect(await db.passages.get(bundledCorpus.passages[4]!.id)).toBeUndefined();
    expect((await db.passages.get(next.passages[0]!.id))?.note).toBe('Corrected in the next corpus version.');
    expect((await db.meta.get(META.corpusHash))?.value).toBe(next.hash);
    expect((await db.meta.get(META.seededAt))?.value).toBe(2);
  });

  it('keeps an imported full text (source and passages) across a corpus upgrade, and its page links', async () => {
    await seedCorpus(db, bundledCorpus, { log: quiet });
    const linked = bundledCorpus.passages.find((p) => p.page === null && p.source === 'oig-21-028')!;
    // What the import stores: sentences (two linked to a curated passage) and that passage's page filled in.
    const imported = [fullTextPassage(1), fullTextPassage(2, linked.id), fullTextPassage(3, linked.id)];
    await db.sources.put(fullTextSource);
    await db.passages.bulkPut(imported);
    await db.passages.update(linked.id, { page: '12–13' });

    const next = await upgradedCorpus();
    expect((await seedCorpus(db, next, { log: quiet })).status).toBe('seeded');

    expect(await db.sources.get(fullTextSource.id)).toEqual(fullTextSource);
    expect(await db.passages.where('source').equals(fullTextSource.id).toArray()).toEqual(imported);
    expect(await db.passages.count()).toBe(next.passages.length + imported.length);
    expect((await db.passages.get(linked.id))?.page).toBe('12–13');
    const unlinked = bundledCorpus.passages.find((p) => p.page === null && p.id !== linked.id)!;
    expect((await db.passages.get(unlinked.id))?.page).toBeNull();
  });

  it('leaves the previous corpus in place and records the error when the new corpus is invalid', async () => {
    await seedCorpus(db, bundledCorpus, { log: quiet });
    await db.verifications.add(verification('kept', 5));
    const snapshot = {
      passages: await db.passages.toArray(),
      sources: await db.sources.toArray(),
      hash: await db.meta.get(META.corpusHash),
      verifications: await db.verifications.toArray(),
    };
    const broken = await upgradedCorpus();
    broken.passages[2]!.source = 'no-such-source';

    const outcome = await seedCorpus(db, broken, { now: () => 99, log: quiet });

    expect(outcome.status).toBe('invalid');
    expect(outcome.status === 'invalid' && outcome.errors.join('\n')).toMatch(
      /unknown source no-such-source/,
    );
    expect(await db.passages.toArray()).toEqual(snapshot.passages);
    expect(await db.sources.toArray()).toEqual(snapshot.sources);
    expect(await db.meta.get(META.corpusHash)).toEqual(snapshot.hash);
    expect(await db.verifications.toArray()).toEqual(snapshot.verifications);
    expect(quiet.error).toHaveBeenCalledWith(
      expect.stringMatching(/could not seed corpus .*previous corpus stays/s),
    );
    expect(await lastSeedError(db)).toMatchObject({
      at: 99,
      version: broken.version,
      errors: outcome.status === 'invalid' ? outcome.errors : [],
    });

    // The next good seed clears the recorded error.
    await seedCorpus(db, await upgradedCorpus(), { log: quiet });
    expect(await lastSeedError(db)).toBeNull();
  });

  it('does not seed an empty database from an invalid corpus', async () => {
    const outcome = await seedCorpus(db, { ...bundledCorpus, passages: [] }, { log: quiet });
    expect(outcome.status).toBe('invalid');
    expect(await db.passages.count()).toBe(0);
    expect(await db.meta.get(META.corpusHash)).toBeUndefined();
    expect(await lastSeedError(db)).not.toBeNull();
  });

  it('rolls back entirely when writing fails halfway', async () => {
    await seedCorpus(db, bundledCorpus, { log: quiet });
    const before = await db.passages.toArray();
    const next = await upgradedCorpus();
    db.passages.hook('creating', (key) => {
      if (key === 'r999') throw new Error('disk full');
    });
    const outcome = await seedCorpus(db, next, { log: quiet });
    expect(outcome.status).toBe('failed');
    expect(await db.passages.toArray()).toEqual(before);
    expect((await db.meta.get(META.corpusHash))?.value).toBe(bundledCorpus.hash);
    expect(await lastSeedError(db)).toMatchObject({ errors: [expect.stringMatching(/disk full/)] });
  });
});

describe('reading the corpus back', () => {
  it('returns passages in reading order: bundled order first, imported ids in numeric order', async () => {
    await seedCorpus(db, bundledCorpus, { log: quiet });
    await db.sources.put(fullTextSource);
    await db.passages.bulkPut([fullTextPassage(10), fullTextPassage(2), fullTextPassage(1)]);
    const stored = await readCorpus(db, bundledCorpus.passages);
    expect(stored.version).toBe(bundledCorpus.version);
    expect(stored.passages.map((p) => p.id)).toEqual([
      ...bundledCorpus.passages.map((p) => p.id),
      'oig-21-028-full-1',
      'oig-21-028-full-2',
      'oig-21-028-full-10',
    ]);
  });

  it('orders imported passages without a bundled position by source, then id', () => {
    const order = inReadingOrder([fullTextPassage(3), fullTextPassage(1)], []);
    expect(order.map((p) => p.id)).toEqual(['oig-21-028-full-1', 'oig-21-028-full-3']);
  });

  it('describes the corpus for the card', () => {
    const report = bundledCorpus.passages.filter((p) => p.source === 'oig-21-028').length;
    expect(corpusInfoOf(bundledCorpus)).toEqual({
      version: bundledCorpus.version,
      passageCount: bundledCorpus.passages.length,
      reportPassageCount: report,
      hasFullText: false,
      excerptImported: false,
    });
    const withFullText = { ...bundledCorpus, sources: [...bundledCorpus.sources, fullTextSource] };
    expect(corpusInfoOf(withFullText)).toMatchObject({ hasFullText: true, excerptImported: false });
    // Some pages only: an excerpt, never "the full report" (an import recorded before scopes were, by its
    // page count; a newer one by its scope).
    const excerpt = { ...fullTextSource, pages: 5 };
    const withExcerpt = { ...bundledCorpus, sources: [...bundledCorpus.sources, excerpt] };
    expect(corpusInfoOf(withExcerpt)).toMatchObject({ hasFullText: false, excerptImported: true });
    const scoped = { ...fullTextSource, scope: 'excerpt' as const };
    expect(corpusInfoOf({ ...bundledCorpus, sources: [...bundledCorpus.sources, scoped] }).hasFullText).toBe(
      false,
    );
  });
});
