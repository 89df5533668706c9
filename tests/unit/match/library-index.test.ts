/** The stored library index: the same verdicts as the index built in memory, read as needed, memory bounded. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledCorpus } from '@/data/corpus';
import type { Passage, Source } from '@/lib/corpus/types';
import { buildIndex, matchQuote } from '@/lib/engine';
import {
  buildDocumentIndex,
  buildLibrary,
  type DocumentIndex,
  documentChunks,
  LibraryIndex,
  memoryStore,
} from '@/lib/match/library-index';
import type { QuoteInput } from '@/lib/types';
import { prng, wordChain } from '@/scripts/bench/stats';

const DOCS = 5;
const random = prng(7);
const chain = wordChain(
  bundledCorpus.passages.map((p) => p.text),
  random,
);

function passage(id: string, source: string, text: string, page: string): Passage {
  return {
    id,
    source,
    text,
    kind: 'full-text',
    speaker: `Speaker of ${source}`,
    recipient: null,
    date: null,
    page,
    section: null,
    context: null,
    evidence: { level: 'original', sources: [{ url: 'file:test', printed: 'generated' }] },
  };
}

/** Generated documents: curated sentences, one continuous full text, some passages copying the report's. */
function library(): { sources: Source[]; passages: Passage[] } {
  const sources: Source[] = [];
  const passages: Passage[] = [];
  for (let d = 0; d < DOCS; d++) {
    const id = `doc-${d}`;
    sources.push({
      id,
      role: 'primary',
      title: `Document ${d}`,
      publisher: 'test',
      date: '2025-01-01',
      pack: `pack-${id}`,
      kind: 'report',
      speakers: [`Speaker of ${id}`],
      ...(d === 2 ? { fullTextOf: 'doc-1' } : {}),
    });
    for (let n = 1; n <= 300; n++) {
      const copy = n % 50 === 0 ? bundledCorpus.passages[(n + d * 7) % bundledCorpus.passages.length] : null;
      const text =
        n === 7 ? '— — —' : copy ? copy.text : `${chain.sentence(10 + Math.floor(random() * 20))}.`;
      passages.push(passage(`${id}.${n}`, id, text, String(1 + Math.floor(n / 30))));
    }
  }
  return { sources, passages };
}

const lib = library();
const docIndexes: DocumentIndex[] = lib.sources.map((s) =>
  buildDocumentIndex(
    s,
    lib.passages.filter((p) => p.source === s.id),
    `hash-${s.id}`,
  ),
);
const { tables, buckets } = buildLibrary(docIndexes);
const stored = docIndexes.flatMap((index) =>
  documentChunks(
    index,
    lib.passages.filter((p) => p.source === index.source),
  ),
);
const whole = buildIndex({
  sources: [...bundledCorpus.sources, ...lib.sources],
  passages: [...bundledCorpus.passages, ...lib.passages],
});
const pinned = () => buildIndex(bundledCorpus);

function quotations(): QuoteInput[] {
  const r = prng(99);
  const out: QuoteInput[] = [];
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)] as T;
  for (let i = 0; i < 60; i++) {
    const p = pick(lib.passages);
    const ws = p.text.split(' ');
    const start = Math.floor(r() * Math.max(1, ws.length - 8));
    const q = ws.slice(start, start + 3 + Math.floor(r() * 10));
    if (i % 3 === 1) q[Math.floor(q.length / 2)] = 'altogether';
    if (i % 7 === 3) q.reverse(); // reworded
    out.push({ text: q.join(' '), attributedTo: i % 4 === 0 ? p.speaker : null });
  }
  // One and two words; across two sentences of the continuous document; an ellipsis between passages.
  out.push({ text: 'children' }, { text: 'zero tolerance' }, { text: 'the' });
  const full = lib.passages.filter((p) => p.source === 'doc-2');
  const [a, b] = [full[10] as Passage, full[11] as Passage];
  out.push({ text: `${a.text.split(' ').slice(-5).join(' ')} ${b.text.split(' ').slice(0, 5).join(' ')}` });
  const [c, e] = [lib.passages[20] as Passage, lib.passages[40] as Passage];
  out.push({
    text: `${c.text.split(' ').slice(0, 6).join(' ')} … ${e.text.split(' ').slice(0, 6).join(' ')}`,
  });
  const seed = JSON.parse(
    readFileSync(resolve(process.cwd(), 'tests/fixtures/seed-article.expected.json'), 'utf8'),
  ) as { quotes: Array<{ quote: string; attributed_to: string | null }> };
  for (const q of seed.quotes) out.push({ text: q.quote, attributedTo: q.attributed_to });
  return out;
}

describe('a library matched from its stored index', () => {
  const quotes = quotations();
  const expected = quotes.map((q) => matchQuote(whole, q));

  it('gives exactly the verdicts, passages, diffs and highlights of the index built in memory', async () => {
    const index = new LibraryIndex(pinned(), tables, lib.sources, memoryStore(buckets, stored));
    const results = await index.matchAll(quotes);
    expect(results).toEqual(expected);
    // The cases the comparison must cover are there.
    const statuses = new Set(expected.map((r) => r.status));
    for (const s of ['verified', 'edited', 'altered', 'phrase', 'elsewhere', 'not-found'])
      expect(statuses).toContain(s);
    expect(expected.some((r) => r.source === 'doc-2' && r.passageIds.length === 2)).toBe(true);
  });

  it('after a round trip through structured cloning (what IndexedDB stores)', async () => {
    const cloned = structuredClone({ tables, buckets, stored });
    const index = new LibraryIndex(
      pinned(),
      cloned.tables,
      lib.sources,
      memoryStore(cloned.buckets, cloned.stored),
    );
    expect(await index.matchAll(quotes)).toEqual(expected);
  });

  it('keeps at most the chunks its limit allows between scans, and still matches the same', async () => {
    const index = new LibraryIndex(pinned(), tables, lib.sources, memoryStore(buckets, stored), {
      chunks: 2,
      buckets: 8,
    });
    for (const [i, q] of quotes.entries()) {
      expect(await index.match(q)).toEqual(expected[i]);
      expect(index.resident.chunks).toBeLessThanOrEqual(2);
      expect(index.resident.buckets).toBeLessThanOrEqual(8);
    }
  });

  it('reads only what a quotation needs', async () => {
    const index = new LibraryIndex(pinned(), tables, lib.sources, memoryStore(buckets, stored));
    const own = lib.passages.find((p) => p.source === 'doc-3' && p.text.split(' ').length > 12) as Passage;
    const result = await index.match({ text: own.text.split(' ').slice(0, 12).join(' ') });
    expect(result.source).toBe('doc-3');
    // A few chunks of its own and of the other candidate documents, out of the library's 50.
    expect(stored.length).toBe(50);
    expect(index.resident.chunks).toBeLessThanOrEqual(8);
    expect(index.resident.buckets).toBeLessThan(tables.bucketCount / 4);
  });

  it('never reads a stored document of other content than the library was built from', async () => {
    const edited = stored.map((c) => (c.source === 'doc-3' ? { ...c, hash: 'another' } : c));
    const index = new LibraryIndex(pinned(), tables, lib.sources, memoryStore(buckets, edited));
    const own = lib.passages.find((p) => p.source === 'doc-3' && p.text.split(' ').length > 12) as Passage;
    await expect(index.match({ text: own.text.split(' ').slice(0, 12).join(' ') })).rejects.toThrow(
      /not stored as the library expects/,
    );
  });
});
