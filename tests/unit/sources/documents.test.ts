import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bundledCorpus } from '@/data/corpus';
import { buildIndex, type CorpusIndex, matchQuote } from '@/lib/match';
import { scanArticle } from '@/lib/scan';
import { BUNDLED_PACK_ID } from '@/lib/sources/pack';
import { readCorpus, seedCorpus } from '@/utils/corpus-store';
import { openDatabase, type VerbatimDB } from '@/utils/db';
import type { PickedFile } from '@/utils/fulltext/import';
import { extractPdfPagesInNode } from '@/utils/fulltext/node-pdf';
import { addDocument, packIdOf } from '@/utils/sources/add-document';
import { setPackEnabled } from '@/utils/sources/store';
import { RULING_SENTENCES } from './helpers';
import { rulingPdf } from './ruling-pdf';

let db: VerbatimDB;
let n = 0;
beforeEach(async () => {
  db = openDatabase(`documents-${++n}`);
  await seedCorpus(db, bundledCorpus, { log: { error: vi.fn(), info: vi.fn() } });
});
afterEach(async () => {
  await db.delete();
});

const picked = (name: string, bytes: Uint8Array, type = ''): PickedFile => ({
  name,
  size: bytes.byteLength,
  type,
  arrayBuffer: async () => bytes.slice().buffer,
});

const options = (extra: { signal?: AbortSignal; onProgress?: (stage: string) => void } = {}) => ({
  db,
  extractPdf: extractPdfPagesInNode,
  parseHtml: (html: string) => parseHTML(html).document,
  notify: vi.fn(async () => undefined),
  ...extra,
});

async function addRuling() {
  return addDocument(
    picked('ruling.pdf', await rulingPdf(), 'application/pdf'),
    {
      title: 'Harbor Coalition v. Port Authority',
      kind: 'ruling',
      date: '2025-03-03',
      speakers: ['Judge Maria Alvarez'],
      aliases: ['the ruling', 'the opinion'],
    },
    options(),
  );
}

const indexOf = async (): Promise<CorpusIndex> => buildIndex(await readCorpus(db, bundledCorpus.passages));
const REPORT = bundledCorpus.passages.find((p) => p.id === 'r001')!.text;
const REPORT_QUOTE = REPORT.slice(0, REPORT.indexOf(' that the U.S.'));

describe('a document added in the library', () => {
  it('a generated PDF gives verified quotations naming it, on one page with report quotations', async () => {
    const added = await addRuling();
    expect(added).toMatchObject({ status: 'added', pages: 2 });
    const index = await indexOf();
    const page = [
      { text: `The court wrote that “${RULING_SENTENCES[1]}”`, kind: 'p' as const },
      { text: `The inspector general found: “${REPORT_QUOTE}”`, kind: 'p' as const },
    ];
    const scanned = scanArticle(index, page);
    expect(
      scanned.map((q) => [q.result.status, index.sources.get(q.result.source ?? '')?.title, q.result.page]),
    ).toEqual([
      ['verified', 'Harbor Coalition v. Port Authority', '2'],
      ['verified', bundledCorpus.sources.find((s) => s.id === 'oig-21-028')!.title, scanned[1]!.result.page],
    ]);
    expect(scanned[0]!.result.speaker).toBe('Judge Maria Alvarez');

    // Disabling its pack silences its badges; the report's stay.
    await setPackEnabled(db, added.pack.id, false);
    const off = scanArticle(await indexOf(), page);
    expect(off.map((q) => q.result.status)).toEqual(['not-found', 'verified']);
  });

  it('elsewhere: the words are in a document other than the one the article attributes', async () => {
    await addRuling();
    const index = await indexOf();
    const ruling = RULING_SENTENCES[0] as string;
    // Attributed to the ruling (an alias) or its judge (a speaker): verified there.
    expect(matchQuote(index, { text: ruling, attributedTo: 'the ruling' }).status).toBe('verified');
    expect(matchQuote(index, { text: ruling, attributedTo: 'Alvarez' }).status).toBe('verified');
    // Attributed to the ruling, but the words are the report's: said elsewhere, and which document.
    const moved = matchQuote(index, { text: REPORT_QUOTE, attributedTo: 'the opinion' });
    expect(moved.status).toBe('elsewhere');
    expect(moved.source).toBe('oig-21-028');
    // Attributed to nobody: each document is checked in its own right.
    expect(matchQuote(index, { text: ruling }).status).toBe('verified');
    expect(matchQuote(index, { text: REPORT_QUOTE }).status).toBe('verified');
    // A related statement of the bundled pack is still "elsewhere" when nothing is attributed.
    const related = bundledCorpus.passages.find((p) => p.source === 'sessions-cbn-2018-06')!;
    expect(matchQuote(index, { text: related.text }).status).toBe('elsewhere');
  });

  it('a text file and a saved web page are added too, the title suggested from the file', async () => {
    const text = new TextEncoder().encode(`Remarks at the Harbor Luncheon\n\n${RULING_SENTENCES[2]}\n`);
    const fromText = await addDocument(picked('remarks.txt', text), {}, options());
    expect(fromText.pack.title).toBe('Remarks at the Harbor Luncheon');
    const html = new TextEncoder().encode(
      `<!doctype html><html><head><title>Council statement</title></head><body><article><h1>Council statement</h1>` +
        `<p>${'The council met on Tuesday to discuss the harbor. '.repeat(6)}</p>` +
        `<p>The council will publish every dredging contract online before the end of the fiscal year.</p>` +
        `</article></body></html>`,
    );
    const fromHtml = await addDocument(
      picked('statement.html', html, 'text/html'),
      { kind: 'statement' },
      options(),
    );
    const index = await indexOf();
    const result = matchQuote(index, {
      text: 'The council will publish every dredging contract online before the end of the fiscal year.',
    });
    expect(result.status).toBe('verified');
    expect(result.source).toBe(fromHtml.sourceId);
    expect(index.sources.get(fromHtml.sourceId)?.kind).toBe('statement');
  });

  it('Cancel stops the import and stores nothing', async () => {
    const controller = new AbortController();
    const bytes = await rulingPdf();
    const run = addDocument(
      picked('ruling.pdf', bytes, 'application/pdf'),
      { title: 'Cancelled' },
      options({
        signal: controller.signal,
        onProgress: (stage) => stage === 'reading' && controller.abort(),
      }),
    );
    await expect(run).rejects.toMatchObject({ code: 'cancelled' });
    expect(await db.packs.where('origin').equals('user').count()).toBe(0);
    expect(await db.sources.count()).toBe(bundledCorpus.sources.length);
  });

  it('the pack of an added document is the user’s: a new bundled corpus leaves it alone', async () => {
    const added = await addRuling();
    expect(added.pack.id).toBe(packIdOf(added.sourceId));
    expect((await db.packs.get(BUNDLED_PACK_ID))?.origin).toBe('bundled');
    expect((await db.packs.get(added.pack.id))?.origin).toBe('user');
  });
});
