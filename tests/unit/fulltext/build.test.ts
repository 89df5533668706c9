import { describe, expect, it } from 'vitest';
import { bundledCorpus } from '@/data/corpus';
import { passageSchema, sourceSchema } from '@/lib/corpus/schema';
import { buildFullText, type FullTextInput, reportOverlapRule } from '@/lib/fulltext/build';
import { FullTextImportError } from '@/lib/fulltext/errors';
import { findPassage, wordStream } from '@/lib/fulltext/link';
import { pagesFromFormFeedText } from '@/lib/fulltext/pages';
import {
  completeReportPages,
  notTheReportPages,
  ONLY_IN_FULL_TEXT,
  REPORT_PAGE_COUNT,
  reportPages,
  toFormFeedText,
} from './documents';

const report = bundledCorpus.sources.find((s) => s.id === 'oig-21-028')!;
const curated = bundledCorpus.passages.filter((p) => p.source === 'oig-21-028');

const input = (text: string, over: Partial<FullTextInput> = {}): FullTextInput => ({
  pages: pagesFromFormFeedText(text),
  format: 'text',
  fileName: 'report 21-028.txt',
  version: 'a'.repeat(64),
  report,
  curated,
  importedAt: new Date('2026-11-28T12:00:00Z'),
  ...over,
});

function refusal(fn: () => unknown): FullTextImportError {
  try {
    fn();
  } catch (error) {
    if (error instanceof FullTextImportError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('buildFullText', () => {
  const build = buildFullText(input(toFormFeedText(reportPages())));

  it('builds a primary source linked to the curated report, versioned by content hash', () => {
    expect(build.source).toMatchObject({
      id: 'oig-21-028-full',
      role: 'primary',
      fullTextOf: 'oig-21-028',
      version: 'a'.repeat(64),
      pages: 5,
    });
    expect(sourceSchema.safeParse(build.source).success).toBe(true);
  });

  it('a file with a few of the report’s pages is an excerpt, never the full report', () => {
    expect(build.source).toMatchObject({
      scope: 'excerpt',
      title: 'Report 21-028 — 5 imported pages (an excerpt)',
    });
    expect(build.source.edition).toBeUndefined();
    expect(build.stats).toMatchObject({ scope: 'excerpt', edition: null, reportPages: REPORT_PAGE_COUNT });
  });

  it('all 93 pages are the complete report, the original; with the April 2022 notice page, the revision', () => {
    const original = buildFullText(input(toFormFeedText(completeReportPages())));
    expect(original.source).toMatchObject({
      scope: 'complete',
      edition: 'original',
      pages: 93,
      title: 'Report 21-028 — full text (imported)',
    });
    const revised = buildFullText(input(toFormFeedText(completeReportPages({ revised: true }))));
    expect(revised.source).toMatchObject({ scope: 'complete', edition: 'revised', pages: 94 });
    expect(revised.source.title).toContain('April 2022 revision');
    // One page more without the notice is not the report as published: an excerpt of something else.
    const extra = [
      ...completeReportPages(),
      { label: '92', paragraphs: ['An appendix someone added to the file.'] },
    ];
    expect(buildFullText(input(toFormFeedText(extra))).source.scope).toBe('excerpt');
    expect(sourceSchema.safeParse(revised.source).success).toBe(true);
  });

  it('stores sentence passages in reading order with zero-padded ids and the file as evidence', () => {
    const ids = build.passages.map((p) => p.id);
    expect(ids[0]).toBe('oig-21-028-full.0001');
    expect([...ids].sort()).toEqual(ids);
    for (const p of build.passages) {
      expect(passageSchema.safeParse(p).success).toBe(true);
      expect(p).toMatchObject({ source: 'oig-21-028-full', kind: 'full-text', speaker: 'DOJ OIG' });
      expect(p.evidence).toEqual({
        level: 'original',
        sources: [{ url: 'file:report%2021-028.txt', printed: 'imported by the user' }],
      });
    }
  });

  it('finds curated passages on their pages, including one with a bracketed insertion', () => {
    expect(build.curatedPages).toMatchObject({
      r001: 'i',
      r002: 'i',
      r004: 'ii',
      r005: 'ii',
      r007: '1',
      r008: '2',
      r009: '2',
      r014: '2',
      r010: '3',
      r012: '3',
    });
    // r011 and r013 are other outlets' wordings of r010 and r012 (printed on page 3): not the report's words.
    expect(build.curatedPages.r013).toBeUndefined();
    expect(build.curatedPages.r011).toBeUndefined();
    expect(build.curatedPages.r019).toBeUndefined();
  });

  it('links the sentences a curated passage covers to it', () => {
    const linkedTo = (id: string) => build.passages.filter((p) => p.linkedPassage === id).map((p) => p.text);
    const r001 = curated.find((p) => p.id === 'r001')!.text;
    expect(linkedTo('r001').join(' ')).toBe(r001);
    expect(linkedTo('r008')).toHaveLength(1);
    expect(build.passages.find((p) => p.text === ONLY_IN_FULL_TEXT.detention)?.linkedPassage).toBeUndefined();
  });

  it('does not link a passage found on two different pages', () => {
    const twice = toFormFeedText([
      ...reportPages(),
      { label: '4', paragraphs: [curated.find((p) => p.id === 'r008')!.text] },
    ]);
    const b = buildFullText(input(twice));
    expect(b.curatedPages.r008).toBeUndefined();
    expect(b.curatedPages.r009).toBe('2');
  });

  it('requires half of the passages copied from the report itself, at least 3', () => {
    const rule = reportOverlapRule(curated);
    expect(rule.checked.every((p) => p.evidence.level === 'original')).toBe(true);
    expect(rule.required).toBe(Math.max(3, Math.ceil(rule.checked.length / 2)));
    expect(build.stats.reportPassagesFound).toBeGreaterThanOrEqual(rule.required);
  });

  it('refuses a file that is not the report, saying how many passages were found and needed', () => {
    const error = refusal(() =>
      buildFullText(input(toFormFeedText(notTheReportPages()), { fileName: 'article.txt' })),
    );
    expect(error.code).toBe('not-the-report');
    const rule = reportOverlapRule(curated);
    expect(error.message).toBe(
      `“article.txt” does not look like report 21-028: 2 of the ${rule.checked.length} passages copied from the ` +
        `report were found in its text; at least ${rule.required} are needed. Nothing was imported.`,
    );
  });

  it('refuses an empty text file and a PDF without a text layer', () => {
    expect(refusal(() => buildFullText(input('\f\f'))).message).toBe(
      '“report 21-028.txt” is empty: there is no text to import.',
    );
    const scanned = refusal(() =>
      buildFullText(
        input('', {
          format: 'pdf',
          fileName: 'scan.pdf',
          pages: [1, 2, 3].map(() => ({ lines: [], label: null })),
        }),
      ),
    );
    expect(scanned.code).toBe('no-text-layer');
    expect(scanned.message).toMatch(
      /^“scan\.pdf” has no text layer: 3 of its 3 pages are images without text/,
    );
  });
});

describe('finding a curated passage in the text', () => {
  const stream = wordStream([
    { text: 'He said the policy was “just an issue that the AG and his staff were involved in.”' },
  ]);

  it('matches across quote styles and case, and bridges an ellipsis or bracket', () => {
    expect(findPassage(stream, 'the policy was "just an issue that the AG')).toHaveLength(1);
    expect(findPassage(stream, 'the policy was … the AG and his staff were involved in')).toHaveLength(1);
    expect(findPassage(stream, 'the policy was “just [an issue] that the AG and his staff')).toHaveLength(1);
  });

  it('does not match a different wording or a too-short fragment', () => {
    expect(findPassage(stream, 'the policy was just a problem that the AG and his staff')).toEqual([]);
    expect(findPassage(stream, 'his staff')).toEqual([]);
  });
});
