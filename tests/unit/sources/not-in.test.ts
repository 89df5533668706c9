/**
 * "Not in X" is said only for a complete document the article attributes the quotation to: a document
 * the reader added (a whole document), or the report once its complete full text is imported. Anything
 * else found nowhere stays "not found in the corpus"; nothing is ever called false.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { badgeDocument, badgeParts } from '@/components/badge/dom';
import { verdictSentence } from '@/components/card/wording';
import { bundledCorpus } from '@/data/corpus';
import type { CorpusContent, Source } from '@/lib/corpus/types';
import { buildFullText } from '@/lib/fulltext/build';
import { withFullText } from '@/lib/fulltext/merge';
import { pagesFromFormFeedText } from '@/lib/fulltext/pages';
import { buildIndex, matchQuote } from '@/lib/match';
import type { DocumentBuild } from '@/lib/sources/document';
import type { MatchResult } from '@/lib/types';
import { corpusInfoOf } from '@/utils/corpus-store';
import { cardDataFor, corpusLookup } from '@/utils/domain';
import { completeReportPages, reportPages, toFormFeedText } from '../fulltext/documents';
import { rulingDocument } from './helpers';

const ABSENT = 'The harbor authority must repaint every lighthouse on the coast before the summer ends.';

let ruling: DocumentBuild;
beforeAll(async () => {
  ruling = await rulingDocument();
});

const report = bundledCorpus.sources.find((s) => s.id === 'oig-21-028') as Source;

function withReportText(pages: ReturnType<typeof reportPages>): CorpusContent {
  const build = buildFullText({
    pages: pagesFromFormFeedText(toFormFeedText(pages)),
    format: 'text',
    fileName: 'report.txt',
    version: 'c'.repeat(64),
    report,
    curated: bundledCorpus.passages.filter((p) => p.source === 'oig-21-028'),
  });
  return withFullText(bundledCorpus, build);
}

const plus = (corpus: CorpusContent, doc: DocumentBuild): CorpusContent => ({
  sources: [...corpus.sources, doc.source],
  passages: [...corpus.passages, ...doc.passages],
});

function check(corpus: CorpusContent, attributedTo: string | null) {
  const result = matchQuote(buildIndex(corpus), { text: ABSENT, attributedTo });
  const sources = Object.fromEntries(corpus.sources.map((s) => [s.id, s]));
  const info = corpusInfoOf({ ...corpus, version: 'test' });
  return {
    result,
    sentence: verdictSentence({ result, sources, corpus: info }),
    badge: badgeParts(result.status, result.evidence, result.attribution, badgeDocument(result, sources))
      .label,
  };
}

const notFalse = (r: { sentence: string; badge: string }) => {
  expect(r.sentence).not.toMatch(/\bfalse\b/i);
  expect(r.badge).not.toMatch(/\bfalse\b/i);
};

describe('"Not in X" for an added document', () => {
  it('the article attributes the words to it by a speaker or another name: not in it', () => {
    const corpus = plus(bundledCorpus, ruling);
    for (const said of ['Judge Alvarez', 'the ruling']) {
      const r = check(corpus, said);
      expect(r.result).toMatchObject({ status: 'not-found', notIn: ruling.source.id });
      expect(r.sentence).toMatch(
        /^Not in “Memorandum Opinion of the District Court”: the article attributes/,
      );
      // No short name: the badge shortens the title.
      expect(r.badge).toBe('Not in Memorandum Opinion of…');
      notFalse(r);
    }
  });

  it('by its short name on the badge, when it has one', () => {
    const named = { ...ruling, source: { ...ruling.source, shortName: 'Harbor ruling' } };
    expect(check(plus(bundledCorpus, named), 'Alvarez').badge).toBe('Not in Harbor ruling');
  });

  it('no attribution, or one naming no document: "not found in the corpus" as before', () => {
    const corpus = plus(bundledCorpus, ruling);
    for (const said of [null, 'a spokesman for the port']) {
      const r = check(corpus, said);
      expect(r.result.status).toBe('not-found');
      expect(r.result.notIn).toBeUndefined();
      expect(r.sentence).toMatch(/^Not found in the corpus/);
      expect(r.badge).toBe('Not found');
      notFalse(r);
    }
  });

  it('a document that says it is an excerpt is not complete', () => {
    const excerpt = { ...ruling, source: { ...ruling.source, scope: 'excerpt' as const } };
    const r = check(plus(bundledCorpus, excerpt), 'Judge Alvarez');
    expect(r.result.notIn).toBeUndefined();
    expect(r.sentence).toMatch(/^Not found in the corpus/);
  });
});

describe('"Not in X" for the report', () => {
  const byAuthor = 'Inspector General Michael Horowitz';

  it('attributed to the report (its author, as data) with its complete text imported: not in it', () => {
    const r = check(withReportText(completeReportPages()), byAuthor);
    expect(r.result).toMatchObject({ status: 'not-found', notIn: 'oig-21-028' });
    expect(r.sentence).toMatch(/^Not in report 21-028: the article attributes/);
    expect(r.badge).toBe('Not in OIG 21-028');
    notFalse(r);
  });

  it('without its full text, or with only some pages, the report is not complete', () => {
    for (const corpus of [bundledCorpus, withReportText(reportPages())]) {
      const r = check(corpus, byAuthor);
      expect(r.result.status).toBe('not-found');
      expect(r.result.notIn).toBeUndefined();
      expect(r.badge).toBe('Not found');
      expect(r.sentence).not.toMatch(/^Not in report 21-028/);
    }
  });

  it('attributed to a related statement, which holds only excerpts: never "not in" it', () => {
    const r = check(withReportText(completeReportPages()), 'the zero-tolerance memo');
    expect(r.result.notIn).toBeUndefined();
    expect(r.badge).toBe('Not found');
  });
});

describe('the badge names the matched document', () => {
  it('by its short name; an imported full text by the report’s', () => {
    const corpus = withReportText(completeReportPages());
    const sources = Object.fromEntries(corpus.sources.map((s) => [s.id, s]));
    const inText = { source: 'oig-21-028-full' } as Pick<MatchResult, 'source'>;
    expect(badgeDocument(inText, sources)).toEqual({ name: 'OIG 21-028', notIn: null });
    expect(badgeDocument({ source: ruling.source.id }, { [ruling.source.id]: ruling.source })).toEqual({
      name: null,
      notIn: null,
    });
    const parts = badgeParts('verified', 'original', 'ok', { name: 'OIG 21-028', notIn: null });
    expect([parts.label, parts.document]).toEqual(['Verified', '· OIG 21-028']);
  });
});

describe('what a card is sent', () => {
  it('the document a quotation is not in, and the report an imported full text completes', () => {
    const corpus = plus(withReportText(completeReportPages()), ruling);
    const lookup = corpusLookup(corpus, corpusInfoOf({ ...corpus, version: 'test' }));
    const absent = matchQuote(buildIndex(corpus), { text: ABSENT, attributedTo: 'Judge Alvarez' });
    const inText = { ...absent, status: 'verified' as const, source: 'oig-21-028-full', notIn: undefined };
    expect(Object.keys(cardDataFor(lookup, [absent]).sources)).toEqual([ruling.source.id]);
    expect(Object.keys(cardDataFor(lookup, [inText]).sources).sort()).toEqual([
      'oig-21-028',
      'oig-21-028-full',
    ]);
  });
});

describe('attributed elsewhere', () => {
  it('words in the report and in a related statement, attributed to a third document: the report is named', () => {
    const words = 'The harbor pilots were told to stop every ship at the breakwater until further notice.';
    const row = (id: string, source: string) => ({
      ...bundledCorpus.passages[0]!,
      id,
      source,
      text: words,
      page: null,
    });
    const statement: Source = {
      ...report,
      id: 'statement',
      role: 'related',
      number: undefined,
      title: 'A statement',
    };
    const memo: Source = {
      ...report,
      id: 'memo',
      role: 'related',
      number: undefined,
      title: 'A memo',
      aliases: { names: ['the pilots memo'], terms: [] },
    };
    // The statement comes first, so only the rule (not the order) puts the report first.
    const corpus: CorpusContent = {
      sources: [statement, report, memo],
      passages: [
        row('s1', 'statement'),
        row('r1', report.id),
        { ...row('m1', 'memo'), text: 'Nothing to see.' },
      ],
    };
    const result = matchQuote(buildIndex(corpus), { text: words, attributedTo: 'the pilots memo' });
    expect(result).toMatchObject({ status: 'elsewhere', source: report.id });
  });
});
