import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bundledCorpus } from '@/data/corpus';
import { CorpusCache, storedCorpusLoader } from '@/entrypoints/background/corpus-index';
import {
  BAD_SELECTION_MESSAGE,
  ENGINE_ERROR_MESSAGE,
  runCheck,
} from '@/entrypoints/background/explicit-check';
import { quotationFromSelection, selectionQuote } from '@/lib/extract/selection';
import { seedCorpus } from '@/utils/corpus-store';
import { openDatabase, type VerbatimDB } from '@/utils/db';

vi.mock('@/lib/match', () => import('./fake-engine'));

describe('quotationFromSelection', () => {
  it.each([
    ['“We need to take away children.”', 'We need to take away children.'],
    ['  "straight quotes"  ', 'straight quotes'],
    ['„German low marks“', 'German low marks'],
    ['« guillemets »', 'guillemets'],
    ['‘single curly’', 'single curly'],
    ['「CJK corner brackets」', 'CJK corner brackets'],
    ['”reversed marks“', 'reversed marks'],
    ['“nested ‘inner’ marks”', 'nested ‘inner’ marks'],
    ['\n\n“across\n\nparagraphs”\n', 'across paragraphs'],
    ['don’t strip inner apostrophes', 'don’t strip inner apostrophes'],
  ])('%j → %j', (raw, quote) => {
    expect(quotationFromSelection(raw)).toBe(quote);
  });

  it.each([
    ['empty', ''],
    ['whitespace', ' \n\t\u00a0 '],
    ['only marks', '“ ” "'],
    ['no letters', '“2018 — 2,000 (45%)”'],
    ['2,001 characters', 'a'.repeat(2001)],
    ['10,000+ characters', 'word '.repeat(2000)],
  ])('refuses %s', (_, raw) => {
    expect(quotationFromSelection(raw)).toBeNull();
  });

  it('accepts exactly 2,000 characters, counting the quotation without its marks', () => {
    expect(quotationFromSelection(`“${'a'.repeat(2000)}”`)).toHaveLength(2000);
  });
});

describe('runCheck', () => {
  let db: VerbatimDB;
  let n = 0;
  let corpus: CorpusCache;
  const passage = bundledCorpus.passages[2]!;

  beforeEach(async () => {
    db = openDatabase(`explicit-check-${++n}`);
    await seedCorpus(db, bundledCorpus, { log: { error() {}, info() {} } });
    corpus = new CorpusCache(storedCorpusLoader(db, async () => {}));
    vi.spyOn(console, 'info').mockImplementation(() => {});
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await db.delete();
  });

  const input = (text: string) => ({
    text,
    url: 'https://news.example/a',
    title: 'A',
    context: `He said:\n${text} and left.`,
    origin: 'selection' as const,
  });

  it('saves a verification with the page, title, context and the result', async () => {
    const words = passage.text.slice(0, 50);
    const response = await runCheck({ db, corpus: () => corpus.get(), now: () => 5 }, input(`“${words}”`));
    expect(response).toMatchObject({ ok: true, quote: words.trim(), result: { status: 'verified' } });
    const rows = await db.verifications.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      quote: words.trim(),
      url: 'https://news.example/a',
      pageTitle: 'A',
      origin: 'selection',
      status: 'verified',
      passageIds: [passage.id],
      source: passage.source,
      createdAt: 5,
      updatedAt: 5,
    });
    expect(rows[0]?.context).toBe(`He said: “${words}” and left.`);
  });

  it('saves nothing for bad input', async () => {
    const response = await runCheck({ db, corpus: () => corpus.get() }, input('a'.repeat(10_001)));
    expect(response).toEqual({ ok: false, message: BAD_SELECTION_MESSAGE });
    expect(await db.verifications.count()).toBe(0);
  });

  it('saves nothing when the engine fails, and says so', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const response = await runCheck({ db, corpus: () => corpus.get() }, input('ENGINE BUG words'));
    expect(response).toEqual({ ok: false, message: ENGINE_ERROR_MESSAGE });
    expect(await db.verifications.count()).toBe(0);
  });
});

describe('selectionQuote', () => {
  it('takes the quotation and its speaker out of a selection that runs past the closing mark', () => {
    expect(selectionQuote('“We need to take away children,” Jeff Sessions said.')).toEqual({
      text: 'We need to take away children,',
      attributedTo: 'Jeff Sessions',
    });
  });

  it('finds the speaker in the paragraph around a selection of only the quoted words', () => {
    const context =
      'At the meeting, “We need to take away children,” said Jeff Sessions, according to the notes.';
    expect(selectionQuote('We need to take away children', context)).toEqual({
      text: 'We need to take away children',
      attributedTo: 'Jeff Sessions',
    });
  });

  it('names nobody when the context does not quote the selected words', () => {
    const context = '“Something else entirely,” said Jeff Sessions. We need to take away children, he wrote.';
    expect(selectionQuote('We need to take away children', context).attributedTo).toBeNull();
  });

  it('leaves a selection that is only a quotation, or holds several, as selected', () => {
    expect(selectionQuote('“We need to take away children.”').text).toBe('“We need to take away children.”');
    const two = '“First words here,” she said, and “second words there,” he added.';
    expect(selectionQuote(two)).toEqual({ text: two, attributedTo: null });
  });

  it('gives the attribution to the engine and the saved record', async () => {
    const db = openDatabase('explicit-check-attribution');
    await seedCorpus(db, bundledCorpus, { log: { error() {}, info() {} } });
    const corpus = new CorpusCache(storedCorpusLoader(db, async () => {}));
    vi.spyOn(console, 'info').mockImplementation(() => {});
    const words = bundledCorpus.passages[2]!.text.slice(0, 50).trim();
    const response = await runCheck(
      { db, corpus: () => corpus.get() },
      {
        text: `“${words}” the official said.`,
        url: 'https://news.example/b',
        title: 'B',
        origin: 'selection',
      },
    );
    expect(response).toMatchObject({ ok: true, quote: words, result: { attributedTo: 'the official' } });
    expect((await db.verifications.toArray())[0]?.attributedTo).toBe('the official');
    vi.restoreAllMocks();
    await db.delete();
  });
});
