import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { bundledCorpus } from '@/data/corpus';
import { watchCorpusTables } from '@/entrypoints/background/corpus-watch';
import { openDatabase, type VerbatimDB } from '@/utils/db';

let db: VerbatimDB;
let n = 0;
// Opened first: creating the database announces every table once.
beforeEach(async () => {
  db = openDatabase(`corpus-watch-test-${++n}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const passage = bundledCorpus.passages[0]!;

it('reports each committed write to the corpus tables, and nothing else', async () => {
  const changed = vi.fn();
  const stop = watchCorpusTables(db, changed);
  await db.verifications.add({
    url: 'https://news.example/',
    pageTitle: 'T',
    quote: 'words',
    status: 'not-found',
    origin: 'popup',
    result: null as never,
    createdAt: 1,
    updatedAt: 1,
  } as never);
  await db.meta.put({ key: 'unrelated', value: 1 });
  expect(changed).not.toHaveBeenCalled();
  await db.passages.put({ ...passage, id: 'watched-1' });
  expect(changed).toHaveBeenCalledTimes(1);
  await db.transaction('rw', db.sources, db.passages, async () => {
    await db.sources.put(bundledCorpus.sources[0]!);
    await db.passages.bulkPut([
      { ...passage, id: 'watched-2' },
      { ...passage, id: 'watched-3' },
    ]);
  });
  expect(changed).toHaveBeenCalledTimes(2);
  stop();
  await db.passages.delete('watched-1');
  expect(changed).toHaveBeenCalledTimes(2);
});

it('ignores another database with the same tables', async () => {
  const other = openDatabase(`corpus-watch-other-${n}`);
  await other.open();
  const changed = vi.fn();
  const stop = watchCorpusTables(db, changed);
  await other.passages.put({ ...passage, id: 'elsewhere' });
  expect(changed).not.toHaveBeenCalled();
  stop();
  await other.delete();
});
