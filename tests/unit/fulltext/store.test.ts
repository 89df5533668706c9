import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bundledCorpus } from '@/data/corpus';
import { buildFullText } from '@/lib/fulltext/build';
import { MAX_FULL_TEXT_BYTES } from '@/lib/fulltext/errors';
import { pagesFromFormFeedText } from '@/lib/fulltext/pages';
import { corpusInfoOf, readCorpus, seedCorpus } from '@/utils/corpus-store';
import { openDatabase, type VerbatimDB } from '@/utils/db';
import { importFullReport, type PickedFile } from '@/utils/fulltext/import';
import { extractPdfPagesInNode } from '@/utils/fulltext/node-pdf';
import { FULL_TEXT_META_KEY, storeFullText } from '@/utils/fulltext/store';
import {
  completeReportPages,
  corruptPdf,
  curated,
  encryptedPdf,
  notTheReportPages,
  reportPages,
  scannedPdf,
  toFormFeedText,
  toPdf,
} from './documents';

let db: VerbatimDB;
let n = 0;
const notify = vi.fn(async () => undefined);

beforeEach(async () => {
  db = openDatabase(`fulltext-store-${++n}`);
  await seedCorpus(db, bundledCorpus, { log: { error: vi.fn(), info: vi.fn() } });
  notify.mockClear();
});
afterEach(async () => {
  await db.delete();
});

function file(name: string, content: Uint8Array | string, type = ''): PickedFile {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return {
    name,
    size: bytes.byteLength,
    type,
    arrayBuffer: async () => bytes.slice().buffer as ArrayBuffer,
  };
}

const run = (f: PickedFile, signal?: AbortSignal) =>
  importFullReport(f, {
    db,
    extractPdf: extractPdfPagesInNode,
    notify,
    signal,
    now: () => new Date(1_800_000_000_000),
  });

/** Everything in the corpus tables, to show a refused import changed nothing. */
async function snapshot() {
  return {
    sources: await db.sources.toArray(),
    passages: await db.passages.toArray(),
    meta: await db.meta.toArray(),
  };
}

describe('importing the full report into the database', () => {
  it('stores the source and its passages, fills curated pages, and tells the background', async () => {
    const outcome = await run(file('report.pdf', await toPdf(completeReportPages())));
    expect(outcome.status).toBe('stored');
    expect(notify).toHaveBeenCalledTimes(1);
    const source = await db.sources.get('oig-21-028-full');
    expect(source).toMatchObject({
      role: 'primary',
      fullTextOf: 'oig-21-028',
      title: 'Report 21-028 — full text (imported)',
    });
    const passages = await db.passages.where('source').equals('oig-21-028-full').toArray();
    expect(passages.length).toBe(outcome.status === 'stored' ? outcome.record.passageCount : -1);
    // Pages filled only where the curated corpus had none; a stated page stays.
    expect((await db.passages.get('r008'))?.page).toBe('2');
    expect((await db.passages.get('r010'))?.page).toBe('3');
    expect((await db.passages.get('r004'))?.page).toBe('i');
    expect((await db.passages.get('r019'))?.page).toBeNull();
    const info = corpusInfoOf({ ...(await readCorpus(db, bundledCorpus.passages)), version: 'x' });
    expect(info.hasFullText).toBe(true);
    expect(source).toMatchObject({ scope: 'complete', edition: 'original', pages: 93 });
    expect(outcome.status === 'stored' && outcome.record).toMatchObject({
      scope: 'complete',
      edition: 'original',
    });
  });

  it('a 5-page PDF with report passages is stored as an excerpt: its matches keep their pages, and it is not "the full report"', async () => {
    const outcome = await run(file('five.pdf', await toPdf(reportPages())));
    expect(outcome.status).toBe('stored');
    expect(outcome.status === 'stored' && outcome.record).toMatchObject({
      scope: 'excerpt',
      pages: 5,
      reportPages: 93,
    });
    const source = await db.sources.get('oig-21-028-full');
    expect(source).toMatchObject({
      scope: 'excerpt',
      title: 'Report 21-028 — 5 imported pages (an excerpt)',
    });
    expect((await db.passages.get('r008'))?.page).toBe('2');
    const info = corpusInfoOf({ ...(await readCorpus(db, bundledCorpus.passages)), version: 'x' });
    expect(info).toMatchObject({ hasFullText: false, excerptImported: true });
  });

  it('does nothing when the same file is imported again, without parsing it again', async () => {
    const pdf = await toPdf(reportPages());
    const extract = vi.fn(extractPdfPagesInNode);
    const importOnce = () =>
      importFullReport(file('copy of report.pdf', pdf), { db, extractPdf: extract, notify });
    await importOnce();
    const before = await snapshot();
    const again = await importOnce();
    expect(again.status).toBe('unchanged');
    expect(extract).toHaveBeenCalledTimes(1);
    expect(notify).toHaveBeenCalledTimes(1);
    expect(await snapshot()).toEqual(before);
  });

  it('storing the same build twice changes nothing the second time', async () => {
    const pages = pagesFromFormFeedText(toFormFeedText(reportPages()));
    const report = (await db.sources.get('oig-21-028'))!;
    const curatedRows = await db.passages.where('source').equals('oig-21-028').toArray();
    const build = buildFullText({
      pages,
      format: 'text',
      fileName: 'r.txt',
      version: 'd'.repeat(64),
      report,
      curated: curatedRows,
    });
    expect((await storeFullText(db, build, { fileName: 'r.txt', now: 1 })).status).toBe('stored');
    const before = await snapshot();
    expect((await storeFullText(db, build, { fileName: 'r.txt', now: 2 })).status).toBe('unchanged');
    expect(await snapshot()).toEqual(before);
  });

  it('replaces the previous full text with a different file, undoing the pages only it had filled', async () => {
    await run(file('report.pdf', await toPdf(reportPages())));
    // The text version puts r008 on another page and drops r010.
    const pages = reportPages();
    pages[4]!.paragraphs = pages[4]!.paragraphs.filter((p) => p !== curated('r010'));
    pages[2]!.paragraphs.push(curated('r008'));
    pages[3]!.paragraphs = pages[3]!.paragraphs.filter((p) => p !== curated('r008'));
    const outcome = await run(file('report.txt', toFormFeedText(pages)));
    expect(outcome).toMatchObject({ status: 'stored', replaced: expect.any(String) });
    expect(notify).toHaveBeenCalledTimes(2);
    const sources = (await db.sources.toArray()).filter((s) => s.fullTextOf);
    expect(sources).toHaveLength(1);
    const passages = await db.passages.where('source').equals('oig-21-028-full').toArray();
    expect(passages.every((p) => p.evidence.sources[0]?.url === 'file:report.txt')).toBe(true);
    expect((await db.passages.get('r008'))?.page).toBe('1');
    expect((await db.passages.get('r010'))?.page).toBeNull();
    const meta = (await db.meta.get(FULL_TEXT_META_KEY))?.value as { fileName: string };
    expect(meta.fileName).toBe('report.txt');
  });

  it.each([
    ['a scanned PDF', () => scannedPdf(3).then((b) => file('scan.pdf', b)), 'no-text-layer'],
    ['an encrypted PDF', () => encryptedPdf().then((b) => file('locked.pdf', b)), 'encrypted'],
    ['a corrupt PDF', async () => file('broken.pdf', corruptPdf()), 'corrupt'],
    [
      'a file that is not the report',
      async () => file('article.txt', toFormFeedText(notTheReportPages())),
      'not-the-report',
    ],
    ['an empty text file', async () => file('empty.txt', ''), 'empty'],
    [
      'an image',
      async () => file('photo.png', new Uint8Array([137, 80, 78, 71]), 'image/png'),
      'unsupported-type',
    ],
  ])('refuses %s with a clear message and changes nothing', async (_, make, code) => {
    await run(file('report.pdf', await toPdf(reportPages())));
    const before = await snapshot();
    notify.mockClear();
    await expect(run(await make())).rejects.toMatchObject({ code, message: expect.stringMatching(/\S/) });
    expect(await snapshot()).toEqual(before);
    expect(notify).not.toHaveBeenCalled();
  });

  it('refuses a 50 MB file before reading it', async () => {
    const read = vi.fn(async () => new ArrayBuffer(0));
    const big: PickedFile = {
      name: 'huge.pdf',
      size: 50 * 1024 * 1024,
      type: 'application/pdf',
      arrayBuffer: read,
    };
    const before = await snapshot();
    await expect(run(big)).rejects.toMatchObject({
      code: 'too-large',
      message: `This file is 50.0 MB; the limit is ${MAX_FULL_TEXT_BYTES / 1024 / 1024}.0 MB. The report PDF is far smaller: check that you picked the right file.`,
    });
    expect(read).not.toHaveBeenCalled();
    expect(await snapshot()).toEqual(before);
  });

  it('stores nothing when cancelled', async () => {
    const before = await snapshot();
    const abort = new AbortController();
    abort.abort();
    await expect(run(file('report.pdf', await toPdf(reportPages())), abort.signal)).rejects.toMatchObject({
      code: 'cancelled',
    });
    expect(await snapshot()).toEqual(before);
  });
});
