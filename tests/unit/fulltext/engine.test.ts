import { beforeAll, describe, expect, it } from 'vitest';
import { verdictSentence } from '@/components/card/wording';
import { bundledCorpus } from '@/data/corpus';
import { buildIndex, type CorpusIndex, matchQuote } from '@/lib/engine';
import { buildFullText, type FullTextBuild } from '@/lib/fulltext/build';
import { withFullText } from '@/lib/fulltext/merge';
import { pagesFromFormFeedText } from '@/lib/fulltext/pages';
import { corpusInfoOf } from '@/utils/corpus-store';
import { completeReportPages, curated, ONLY_IN_FULL_TEXT, toFormFeedText } from './documents';

let build: FullTextBuild;
let curatedOnly: CorpusIndex;
let complete: CorpusIndex;
let merged: ReturnType<typeof withFullText>;

beforeAll(() => {
  build = buildFullText({
    pages: pagesFromFormFeedText(toFormFeedText(completeReportPages())),
    format: 'text',
    fileName: 'report.txt',
    version: 'c'.repeat(64),
    report: bundledCorpus.sources.find((s) => s.id === 'oig-21-028')!,
    curated: bundledCorpus.passages.filter((p) => p.source === 'oig-21-028'),
  });
  merged = withFullText(bundledCorpus, build);
  curatedOnly = buildIndex(bundledCorpus);
  complete = buildIndex(merged);
});

const idOf = (text: string) => build.passages.find((p) => p.text === text)?.id;

describe('matching against an imported full text', () => {
  it('verifies a quotation spanning two sentences, with both passages and the page', () => {
    const result = matchQuote(complete, { text: `${ONLY_IN_FULL_TEXT.spanA} ${ONLY_IN_FULL_TEXT.spanB}` });
    expect(result.status).toBe('verified');
    expect(result.source).toBe('oig-21-028-full');
    expect(result.passageIds).toEqual([idOf(ONLY_IN_FULL_TEXT.spanA), idOf(ONLY_IN_FULL_TEXT.spanB)]);
    expect(result.page).toBe('1');
  });

  it('verifies a sentence only the full text has, which the curated corpus cannot find', () => {
    const quote = { text: ONLY_IN_FULL_TEXT.detention };
    expect(matchQuote(curatedOnly, quote).status).toBe('not-found');
    expect(matchQuote(complete, quote)).toMatchObject({
      status: 'verified',
      page: '1',
      source: 'oig-21-028-full',
    });
  });

  it('matches words rejoined across a hyphenated line end, and a sentence across a page break', () => {
    expect(
      matchQuote(complete, { text: 'no written guidance on the implementation of the policy' }),
    ).toMatchObject({
      status: 'verified',
      page: 'ii',
    });
    expect(
      matchQuote(complete, { text: 'learned of the change in DHS referral practice from news reports' }),
    ).toMatchObject({ status: 'verified', page: '2–3' });
  });

  it('gives a curated passage found in the full text its page', () => {
    const result = matchQuote(complete, { text: curated('r008') });
    expect(result.status).toBe('verified');
    expect(result.page).toBe('2');
    expect(matchQuote(curatedOnly, { text: curated('r008') }).page).toBeNull();
  });

  it('says "Not in the report" for a quotation missing from the full text, and only then', () => {
    const quote = { text: 'The Attorney General personally approved every separation of a nursing infant.' };
    const sources = Object.fromEntries(merged.sources.map((s) => [s.id, s]));
    const withText = matchQuote(complete, quote);
    expect(withText.status).toBe('not-found');
    const info = corpusInfoOf({ ...merged, version: bundledCorpus.version });
    expect(info.hasFullText).toBe(true);
    expect(verdictSentence({ result: withText, sources, corpus: info })).toMatch(/^Not in the report/);
    const without = corpusInfoOf(bundledCorpus);
    expect(without.hasFullText).toBe(false);
    expect(verdictSentence({ result: matchQuote(curatedOnly, quote), sources, corpus: without })).toMatch(
      /^Not found in the corpus/,
    );
  });
});
