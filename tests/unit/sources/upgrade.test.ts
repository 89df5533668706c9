import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { bundledCorpus } from '@/data/corpus';
import type { Passage, Source } from '@/lib/corpus/types';
import { BUNDLED_PACK_ID } from '@/lib/sources/pack';
import { readCorpus, seedCorpus } from '@/utils/corpus-store';
import { META, openDatabase, type VerbatimDB, type VerificationRecord } from '@/utils/db';

const RECORDS = 10_000;
let name = '';
let upgraded: VerbatimDB | null = null;

afterEach(async () => {
  upgraded?.close();
  await Dexie.delete(name);
});

/** The schema as version 1 shipped it: what a reader's database holds before this upgrade. */
function openVersion1(dbName: string) {
  const db = new Dexie(dbName);
  db.version(1).stores({
    sources: 'id, role',
    passages: 'id, source, speaker',
    verifications: '++id, createdAt, updatedAt, status, url, source, [url+quote]',
    meta: 'key',
  });
  return db;
}

function record(i: number): VerificationRecord {
  const passage = bundledCorpus.passages[i % bundledCorpus.passages.length] as Passage;
  const status = i % 7 === 0 ? 'not-found' : i % 3 === 0 ? 'elsewhere' : 'verified';
  const passageIds = status === 'not-found' ? [] : [passage.id];
  return {
    quote: `quotation number ${i}`,
    status,
    passageIds,
    source: status === 'not-found' ? null : passage.source,
    url: `https://news.example/article-${i % 250}`,
    pageTitle: `Article ${i % 250}`,
    attributedTo: i % 2 ? 'Sessions' : null,
    attribution: 'unknown',
    speaker: passage.speaker,
    note: i % 10 === 0 ? `note ${i}` : undefined,
    origin: 'badge',
    createdAt: 1_700_000_000_000 + i,
    updatedAt: 1_700_000_000_000 + i * 2,
    result: {
      status,
      passageIds,
      source: status === 'not-found' ? null : passage.source,
      page: passage.page,
      speaker: passage.speaker,
      evidence: passage.evidence.level,
      attributedTo: null,
      attribution: 'unknown',
      edits: [],
      diff: [],
      highlights: passageIds.map((passageId) => ({ passageId, ranges: [[0, 4]] })),
      coverage: 1,
    },
  };
}

describe('database version 2 (documents and packs)', () => {
  it('keeps every verification and passage reference of a version-1 database with 10,000 records', async () => {
    name = `upgrade-${Math.random()}`;
    const v1 = openVersion1(name);
    const fullText: Source = {
      id: 'oig-21-028-full',
      role: 'primary',
      title: 'Report 21-028 — full text (imported)',
      publisher: 'DOJ OIG',
      date: '2021-01-14',
      fullTextOf: 'oig-21-028',
      version: 'abc',
    };
    const sentence: Passage = {
      ...(bundledCorpus.passages[0] as Passage),
      id: 'oig-21-028-full.0001',
      source: fullText.id,
      kind: 'full-text',
    };
    await v1.table('sources').bulkPut([...bundledCorpus.sources, fullText]);
    await v1.table('passages').bulkPut([...bundledCorpus.passages, sentence]);
    await v1.table('meta').bulkPut([
      { key: META.corpusVersion, value: bundledCorpus.version },
      { key: META.corpusHash, value: bundledCorpus.hash },
      { key: META.seededAt, value: 123 },
    ]);
    const records = Array.from({ length: RECORDS }, (_, i) => record(i));
    await v1.table('verifications').bulkAdd(records);
    const before = await v1.table('verifications').toArray();
    v1.close();

    upgraded = openDatabase(name);
    // Through version 2 to the current version 3 (the stored match index, an empty new table).
    expect(upgraded.verno).toBe(3);
    const after = await upgraded.verifications.toArray();
    expect(after).toHaveLength(RECORDS);
    expect(after).toEqual(before);
    // Every passage a saved verification points at is still there, under the same id.
    const referenced = [...new Set(after.flatMap((r) => r.passageIds))];
    const found = await upgraded.passages.bulkGet(referenced);
    expect(found.every((p) => p !== undefined)).toBe(true);
    expect(await upgraded.passages.count()).toBe(bundledCorpus.passages.length + 1);
    // The indexes still answer.
    expect(await upgraded.verifications.where('status').equals('elsewhere').count()).toBe(
      records.filter((r) => r.status === 'elsewhere').length,
    );
    expect(
      await upgraded.verifications
        .where('[url+quote]')
        .equals(['https://news.example/article-3', 'quotation number 3'])
        .count(),
    ).toBe(1);

    // Every source is the bundled pack's, and the pack is the stored corpus.
    const sources = await upgraded.sources.toArray();
    expect(sources.every((s) => s.pack === BUNDLED_PACK_ID)).toBe(true);
    expect(await upgraded.sources.where('pack').equals(BUNDLED_PACK_ID).count()).toBe(sources.length);
    expect(await upgraded.packs.get(BUNDLED_PACK_ID)).toMatchObject({
      origin: 'bundled',
      enabled: true,
      hash: bundledCorpus.hash,
      version: bundledCorpus.version,
      addedAt: 123,
    });

    // The same corpus is in place: starting up changes nothing, and the imported full text stays.
    expect((await seedCorpus(upgraded, bundledCorpus)).status).toBe('unchanged');
    const stored = await readCorpus(upgraded, bundledCorpus.passages);
    expect(stored.sources.map((s) => s.id)).toContain(fullText.id);
    expect(await upgraded.verifications.count()).toBe(RECORDS);
  });

  it('a never-seeded version-1 database upgrades to no pack, and seeding makes the bundled one', async () => {
    name = `upgrade-empty-${Math.random()}`;
    const v1 = openVersion1(name);
    await v1.open();
    v1.close();
    upgraded = openDatabase(name);
    expect(await upgraded.packs.count()).toBe(0);
    expect((await seedCorpus(upgraded, bundledCorpus)).status).toBe('seeded');
    expect((await upgraded.packs.toArray()).map((p) => p.id)).toEqual([BUNDLED_PACK_ID]);
  });
});
