/**
 * Which pages get badges follows each document's names and speakers: an enabled added document's
 * title, other names and speakers make a page about it; a disabled one's do not. Pages written here.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bundledCorpus } from '@/data/corpus';
import { extractQuotes } from '@/lib/extract';
import { contentHash } from '@/lib/fulltext/hash';
import { corpusMaps, pageRelevance } from '@/lib/relevance';
import { buildDocument } from '@/lib/sources/document';
import { readCorpus, seedCorpus } from '@/utils/corpus-store';
import { openDatabase, type VerbatimDB } from '@/utils/db';
import { putPack, setPackEnabled } from '@/utils/sources/store';
import { userPack } from './helpers';

const HEARING = [
  'The committee will come to order and the clerk will call the roll of the members present.',
  'The harbor dredging contract was awarded without a second bid, which the rules do not allow.',
];

/** A transcript with two speakers: its sentences carry no speaker, only the document does. */
async function hearing() {
  const pages = [{ lines: ['Hearing of the Harbor Oversight Committee', ...HEARING], label: '1' }];
  return buildDocument({
    pages,
    format: 'text',
    fileName: 'hearing.txt',
    version: await contentHash(new TextEncoder().encode(JSON.stringify(pages))),
    pack: 'user-test',
    title: 'Hearing of the Harbor Oversight Committee',
    kind: 'transcript',
    date: null,
    publisher: null,
    speakers: ['Chair Odile Marchetti', 'Tobias Wren (counsel)'],
    aliases: ['the dredging hearing'],
  });
}

/** A page on the harbor that quotes none of the document's words. */
function page(...paragraphs: string[]) {
  const quotes = extractQuotes(paragraphs.map((text) => ({ text, kind: 'p' as const })));
  return {
    title: 'Harbor news',
    texts: paragraphs,
    quotes,
    statuses: quotes.map(() => 'not-found' as const),
  };
}

const SPEAKER_PAGE = page(
  'Tobias Wren spoke to reporters after the session on Tuesday.',
  '“We asked the right questions and we will keep asking them,” Wren said.',
);
const NAME_PAGE = page('Reporters waited outside the dredging hearing for most of the afternoon.');

describe('relevance per document', () => {
  it('a document’s speakers and other names make a page about it, when it is in the corpus', async () => {
    const doc = await hearing();
    expect(doc.passages.every((p) => p.speaker === null)).toBe(true);
    const without = corpusMaps(bundledCorpus);
    const withIt = corpusMaps({
      sources: [...bundledCorpus.sources, doc.source],
      passages: [...bundledCorpus.passages, ...doc.passages],
    });
    expect(pageRelevance(without, SPEAKER_PAGE).about).toBe(false);
    expect(pageRelevance(withIt, SPEAKER_PAGE)).toEqual({
      about: true,
      reason: 'quotes-speaker',
      evidence: 'Tobias Wren',
    });
    expect(pageRelevance(without, NAME_PAGE).about).toBe(false);
    expect(pageRelevance(withIt, NAME_PAGE)).toMatchObject({ about: true, evidence: 'the dredging hearing' });
    // The name without the title the document gives it counts too.
    expect(
      pageRelevance(
        withIt,
        page('Odile Marchetti opened the session.', '“We begin at once,” Marchetti said.'),
      ),
    ).toMatchObject({ about: true, reason: 'quotes-speaker', evidence: 'Odile Marchetti' });
    // A surname alone is not enough: the page must print the speaker's full name.
    expect(pageRelevance(withIt, page('“We will keep asking,” Wren said.')).about).toBe(false);
  });

  describe('stored documents', () => {
    let db: VerbatimDB;
    let n = 0;
    beforeEach(async () => {
      db = openDatabase(`relevance-docs-${++n}`);
      await seedCorpus(db, bundledCorpus, { log: { error: vi.fn(), info: vi.fn() } });
      const doc = await hearing();
      await putPack(db, { pack: userPack(), sources: [doc.source], passages: doc.passages });
    });
    afterEach(() => db.delete());

    it('an enabled document’s names count; a disabled one’s do not', async () => {
      const about = async () => {
        const corpus = corpusMaps(await readCorpus(db, bundledCorpus.passages));
        return [pageRelevance(corpus, SPEAKER_PAGE).about, pageRelevance(corpus, NAME_PAGE).about];
      };
      expect(await about()).toEqual([true, true]);
      await setPackEnabled(db, 'user-test', false);
      expect(await about()).toEqual([false, false]);
    });
  });
});
