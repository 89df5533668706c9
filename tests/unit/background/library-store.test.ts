/** The user's documents matched from the stored index (database version 3, table matchIndex). */
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bundledCorpus } from '@/data/corpus';
import { buildLoadedCorpus, storedCorpusLoader, whenLoaded } from '@/entrypoints/background/corpus-index';
import type { Passage, Source } from '@/lib/corpus/types';
import { buildIndex } from '@/lib/match';
import { LibraryIndex } from '@/lib/match/library-index';
import { scanArticle } from '@/lib/scan';
import type { Pack } from '@/lib/sources/pack';
import { readCorpus, seedCorpus } from '@/utils/corpus-store';
import { openDatabase, type VerbatimDB } from '@/utils/db';
import { deletePack, putPack, setPackEnabled } from '@/utils/sources/store';

let db: VerbatimDB;
let name = '';
let n = 0;
beforeEach(async () => {
  name = `library-store-${++n}`;
  db = openDatabase(name);
  vi.spyOn(console, 'info').mockImplementation(() => {});
  await seedCorpus(db, bundledCorpus, { log: { error: vi.fn(), info: vi.fn() } });
});
afterEach(async () => {
  vi.restoreAllMocks();
  db.close();
  await Dexie.delete(name);
});

const SENTENCES: Record<string, string[]> = {
  a: [
    'The harbour commission approved the dredging contract after a long night of testimony.',
    'Residents of the east shore asked for a second environmental review before any work begins.',
    'The commission chair said the vote reflected years of careful planning by the port staff.',
  ],
  b: [
    'Our orchestra will tour eleven cities in the spring with a programme of new commissions.',
    'The conductor thanked the donors whose gifts made the recording of the final symphony possible.',
  ],
  a2: [
    'The harbour commission rejected the dredging contract after a short morning of testimony.',
    'Residents of the west shore welcomed the decision and the commission adjourned until June.',
  ],
};

function pack(
  id: string,
  sentences: string[],
  hash: string,
): { pack: Pack; sources: Source[]; passages: Passage[] } {
  const source: Source = {
    id: `doc-${id}`,
    role: 'primary',
    title: `Document ${id}`,
    publisher: 'Test',
    date: '2025-01-01',
    kind: 'statement',
    pack: `pack-${id}`,
  };
  return {
    pack: {
      id: `pack-${id}`,
      title: source.title,
      version: '1',
      hash,
      origin: 'user',
      enabled: true,
      addedAt: 1,
    },
    sources: [source],
    passages: sentences.map((text, i) => ({
      id: `doc-${id}.${i + 1}`,
      source: source.id,
      text,
      kind: 'sentence',
      speaker: null,
      recipient: null,
      date: null,
      page: String(i + 1),
      section: null,
      context: null,
      evidence: { level: 'original', sources: [] },
    })),
  };
}

const REPORT = bundledCorpus.passages.find((p) => p.id === 'r001')?.text as string;
const article = [
  {
    text: `The commission “approved the dredging contract after a long night of testimony,” it said.`,
    kind: 'p' as const,
  },
  { text: `The orchestra said it “will tour eleven cities in the spring.”`, kind: 'p' as const },
  {
    text: `The report found that “${REPORT.slice(0, REPORT.indexOf(' that the U.S.'))}.”`,
    kind: 'p' as const,
  },
  {
    text: `The commission “rejected the dredging contract after a short morning of testimony.”`,
    kind: 'p' as const,
  },
];

async function scan() {
  const loaded = buildLoadedCorpus(await storedCorpusLoader(db, async () => {})());
  const inputs = scanArticle(buildIndex(bundledCorpus), article).map((q) => ({
    text: q.extracted.quote,
    attributedTo: q.extracted.attributedTo,
  }));
  const scanned = await whenLoaded(loaded, inputs, () => scanArticle(loaded.index, article));
  return { loaded, results: scanned.map((q) => [q.result.status, q.result.source]) };
}

describe('documents matched from the stored index', () => {
  it('gives the verdicts of the index built in memory from every stored passage', async () => {
    await putPack(db, pack('a', SENTENCES.a as string[], 'h-a'));
    await putPack(db, pack('b', SENTENCES.b as string[], 'h-b'));
    const { loaded, results } = await scan();
    expect(loaded.index).toBeInstanceOf(LibraryIndex);
    const whole = buildIndex(await readCorpus(db, bundledCorpus.passages));
    expect(results).toEqual(scanArticle(whole, article).map((q) => [q.result.status, q.result.source]));
    expect(results.slice(0, 3)).toEqual([
      ['verified', 'doc-a'],
      ['verified', 'doc-b'],
      ['verified', 'oig-21-028'],
    ]);
    expect(await db.matchIndex.get('library')).toBeDefined();
  });

  it('a later start reads the stored index, not the documents’ passages', async () => {
    await putPack(db, pack('a', SENTENCES.a as string[], 'h-a'));
    await scan();
    // Rows the library would need to rebuild from are gone; the stored index still answers.
    await db.passages.where('source').equals('doc-a').delete();
    const { results } = await scan();
    expect(results[0]).toEqual(['verified', 'doc-a']);
  });

  it('a document whose content (hash) changed is rebuilt: its old words are no longer matched', async () => {
    await putPack(db, pack('a', SENTENCES.a as string[], 'h-a'));
    expect((await scan()).results[0]).toEqual(['verified', 'doc-a']);
    await putPack(db, pack('a', SENTENCES.a2 as string[], 'h-a2'));
    const { results } = await scan();
    expect(results[0]?.[0]).not.toBe('verified');
    expect(results[3]).toEqual(['verified', 'doc-a']);
    expect((await db.matchIndex.get('doc:doc-a'))?.document?.hash).toBe('pack-a:h-a2');
  });

  it('a disabled or deleted document is not matched', async () => {
    await putPack(db, pack('a', SENTENCES.a as string[], 'h-a'));
    await putPack(db, pack('b', SENTENCES.b as string[], 'h-b'));
    await scan();
    await setPackEnabled(db, 'pack-a', false);
    await deletePack(db, 'pack-b');
    const { results } = await scan();
    expect(results.slice(0, 3)).toEqual([
      ['not-found', null],
      ['not-found', null],
      ['verified', 'oig-21-028'],
    ]);
    expect(await db.matchIndex.get('doc:doc-b')).toBeUndefined();
    await setPackEnabled(db, 'pack-a', true);
    expect((await scan()).results[0]).toEqual(['verified', 'doc-a']);
  });
});

describe('the bundled pack disabled', () => {
  it('leaves the stored documents matched on their own', async () => {
    await putPack(db, pack('a', SENTENCES.a as string[], 'h-a'));
    await setPackEnabled(db, 'bundled', false);
    const { results } = await scan();
    expect(results.slice(0, 3)).toEqual([
      ['verified', 'doc-a'],
      ['not-found', null],
      ['not-found', null],
    ]);
  });
});

describe('database version 3', () => {
  it('keeps every record of a version-2 database, and adds the empty matchIndex table', async () => {
    db.close();
    await Dexie.delete(name);
    const v2 = new Dexie(name);
    v2.version(1).stores({
      sources: 'id, role',
      passages: 'id, source, speaker',
      verifications: '++id, createdAt, updatedAt, status, url, source, [url+quote]',
      meta: 'key',
    });
    v2.version(2).stores({ sources: 'id, role, pack', packs: 'id, origin' });
    const a = pack('a', SENTENCES.a as string[], 'h-a');
    await v2.table('packs').bulkPut([a.pack]);
    await v2
      .table('sources')
      .bulkPut([...bundledCorpus.sources.map((s) => ({ ...s, pack: 'bundled' })), ...a.sources]);
    await v2.table('passages').bulkPut([...bundledCorpus.passages, ...a.passages]);
    await v2.table('meta').bulkPut([{ key: 'corpusHash', value: bundledCorpus.hash }]);
    const records = Array.from({ length: 500 }, (_, i) => ({
      quote: `quotation ${i}`,
      status: 'verified',
      passageIds: ['doc-a.1'],
      source: 'doc-a',
      url: `https://news.example/${i}`,
      createdAt: i,
      updatedAt: i,
    }));
    await v2.table('verifications').bulkAdd(records);
    const before = {
      sources: await v2.table('sources').toArray(),
      passages: await v2.table('passages').toArray(),
      verifications: await v2.table('verifications').toArray(),
      meta: await v2.table('meta').toArray(),
      packs: await v2.table('packs').toArray(),
    };
    v2.close();
    db = openDatabase(name);
    expect(db.verno).toBe(3);
    expect({
      sources: await db.sources.toArray(),
      passages: await db.passages.toArray(),
      verifications: await db.verifications.toArray(),
      meta: await db.meta.toArray(),
      packs: await db.packs.toArray(),
    }).toEqual(before);
    expect(await db.matchIndex.count()).toBe(0);
  });
});
