import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bundledCorpus } from '@/data/corpus';
import { corpusHash } from '@/lib/corpus/hash';
import type { Corpus } from '@/lib/corpus/types';
import { BUNDLED_PACK_ID } from '@/lib/sources/pack';
import { readPackFile, toPackFile } from '@/lib/sources/pack-file';
import { readCorpus, seedCorpus } from '@/utils/corpus-store';
import { openDatabase, type VerbatimDB } from '@/utils/db';
import { deletePack, putPack, readPack, setPackEnabled } from '@/utils/sources/store';
import { RULING_SENTENCES, rulingDocument, userPack } from './helpers';

let db: VerbatimDB;
let n = 0;
const quiet = { error: vi.fn(), info: vi.fn() };

beforeEach(async () => {
  db = openDatabase(`packs-${++n}`);
  await seedCorpus(db, bundledCorpus, { log: quiet });
});
afterEach(async () => {
  await db.delete();
});

async function addRuling() {
  const doc = await rulingDocument();
  await putPack(db, { pack: userPack(), sources: [doc.source], passages: doc.passages });
  return doc;
}

async function snapshot() {
  return {
    packs: await db.packs.toArray(),
    sources: await db.sources.toArray(),
    passages: await db.passages.toArray(),
  };
}

describe('documents and packs', () => {
  it('a document is sentences with pages, in its pack, with its kind, speakers and aliases', async () => {
    const doc = await rulingDocument();
    expect(doc.passages.map((p) => [p.text, p.page])).toEqual([
      ['Memorandum Opinion of the District Court', '1'],
      ['March 3, 2025', '1'],
      [RULING_SENTENCES[0], '1'],
      [RULING_SENTENCES[1], '2'],
      [RULING_SENTENCES[2], '2'],
    ]);
    expect(doc.source).toMatchObject({ pack: 'user-test', kind: 'ruling', speakers: ['Judge Alvarez'] });
    expect(doc.passages.every((p) => p.speaker === 'Judge Alvarez' && p.source === doc.source.id)).toBe(true);
  });

  it('seeding a new bundled corpus replaces the bundled pack by hash and never touches a user pack', async () => {
    const doc = await addRuling();
    const next = structuredClone(bundledCorpus) as Corpus;
    next.version = `${bundledCorpus.version}-next`;
    next.passages.splice(2, 1);
    const { hash: _, ...content } = next;
    next.hash = await corpusHash(content);

    expect((await seedCorpus(db, next, { log: quiet })).status).toBe('seeded');
    expect((await db.packs.get(BUNDLED_PACK_ID))?.hash).toBe(next.hash);
    expect(await readPack(db, 'user-test')).toEqual({
      pack: userPack(),
      sources: [doc.source],
      passages: doc.passages,
    });
    expect(await db.passages.get(bundledCorpus.passages[2]!.id)).toBeUndefined();
    expect((await seedCorpus(db, next, { log: quiet })).status).toBe('unchanged');
  });

  it('seeding keeps the bundled pack disabled when the reader disabled it', async () => {
    await setPackEnabled(db, BUNDLED_PACK_ID, false);
    await db.packs.update(BUNDLED_PACK_ID, { hash: '0'.repeat(64) });
    expect((await seedCorpus(db, bundledCorpus, { log: quiet })).status).toBe('seeded');
    expect((await db.packs.get(BUNDLED_PACK_ID))?.enabled).toBe(false);
  });

  it('a disabled pack is kept but not read for matching', async () => {
    const doc = await addRuling();
    const on = await readCorpus(db, bundledCorpus.passages);
    expect(on.sources.map((s) => s.id)).toContain(doc.source.id);
    await setPackEnabled(db, 'user-test', false);
    const off = await readCorpus(db, bundledCorpus.passages);
    expect(off.sources.map((s) => s.id)).not.toContain(doc.source.id);
    expect(off.passages.some((p) => p.source === doc.source.id)).toBe(false);
    expect(off.passages).toHaveLength(bundledCorpus.passages.length);
    expect((await readCorpus(db, bundledCorpus.passages, { disabled: true })).sources).toHaveLength(
      bundledCorpus.sources.length + 1,
    );
  });

  it('deleting a pack removes its documents; putting back what it returned undoes it', async () => {
    await addRuling();
    const before = await snapshot();
    const removed = await deletePack(db, 'user-test');
    expect(await db.packs.get('user-test')).toBeUndefined();
    expect(await db.passages.count()).toBe(bundledCorpus.passages.length);
    await putPack(db, removed);
    expect(await snapshot()).toEqual(before);
    await expect(deletePack(db, BUNDLED_PACK_ID)).rejects.toThrow(/disabled, not deleted/);
  });

  it('a pack whose document id belongs to another pack is refused and changes nothing', async () => {
    const doc = await addRuling();
    const before = await snapshot();
    await expect(
      putPack(db, { pack: userPack('other'), sources: [doc.source], passages: doc.passages }),
    ).rejects.toThrow(/already in another pack/);
    await expect(
      putPack(db, {
        pack: userPack('other'),
        sources: [{ ...bundledCorpus.sources[0]!, id: 'new-doc' }],
        passages: [{ ...bundledCorpus.passages[0]!, source: 'new-doc' }],
      }),
    ).rejects.toThrow(/belongs to another document/);
    expect(await snapshot()).toEqual(before);
  });
});

describe('pack files', () => {
  it('export then import gives the same pack, documents and passages', async () => {
    const doc = await addRuling();
    const stored = (await readPack(db, 'user-test'))!;
    const text = JSON.stringify(await toPackFile(stored.pack, stored.sources, stored.passages));
    await deletePack(db, 'user-test');

    const reading = await readPackFile(text, 99);
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    await putPack(db, reading);
    const back = (await readPack(db, 'user-test'))!;
    expect(back.sources).toEqual([doc.source]);
    expect(back.passages).toEqual(doc.passages);
    expect(back.pack).toMatchObject({ id: 'user-test', title: 'Test pack', origin: 'user', enabled: true });
  });

  it('a corrupt pack file is refused with reasons and changes nothing', async () => {
    await addRuling();
    const stored = (await readPack(db, 'user-test'))!;
    const file = await toPackFile(stored.pack, stored.sources, stored.passages);
    const before = await snapshot();
    const edited = structuredClone(file);
    edited.passages[0]!.text = 'Words the document never said.';
    const orphan = structuredClone(file);
    orphan.passages[0]!.source = 'nowhere';
    const bundled = structuredClone(file);
    bundled.pack.id = BUNDLED_PACK_ID;
    const corrupt = [
      '{"format": "verbatim-pack", ',
      JSON.stringify({ ...file, format: 'something-else' }),
      JSON.stringify({ ...file, passages: [{ id: 'x' }] }),
      JSON.stringify(edited),
      JSON.stringify(orphan),
      JSON.stringify(bundled),
    ];
    for (const text of corrupt) {
      const reading = await readPackFile(text, 1);
      expect(reading.ok, text.slice(0, 60)).toBe(false);
      if (!reading.ok) expect(reading.errors.length).toBeGreaterThan(0);
    }
    expect(await snapshot()).toEqual(before);
  });
});
