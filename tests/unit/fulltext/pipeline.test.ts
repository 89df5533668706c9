import { describe, expect, it } from 'vitest';
import { cleanPages } from '@/lib/fulltext/clean';
import { pagesFromFormFeedText } from '@/lib/fulltext/pages';
import { documentSentences, sentenceSpans } from '@/lib/fulltext/sentences';
import { HEADER, ONLY_IN_FULL_TEXT, reportPages, toFormFeedText } from './documents';

const sentencesOf = (text: string) => documentSentences(cleanPages(pagesFromFormFeedText(text)));
const pageOf = (sentences: ReturnType<typeof sentencesOf>, fragment: string) =>
  sentences.filter((s) => s.text.includes(fragment)).map((s) => s.page);

describe('form-feed text → sentences with pages', () => {
  const sentences = sentencesOf(toFormFeedText(reportPages()));

  it('splits pages on form feeds, a trailing one making no extra page', () => {
    expect(pagesFromFormFeedText('a\fb\f')).toHaveLength(2);
    expect(pagesFromFormFeedText('a\fb')).toHaveLength(2);
    expect(pagesFromFormFeedText('a\r\nb').map((p) => p.lines)).toEqual([['a', 'b']]);
  });

  it('drops the running header and the page-number lines, and labels sentences with the printed page', () => {
    expect(sentences.some((s) => s.text.includes(HEADER))).toBe(false);
    expect(sentences.some((s) => /^(i|ii|\d)$/.test(s.text))).toBe(false);
    expect(pageOf(sentences, 'On April 6, 2018, then Attorney General')).toEqual(['i']);
    expect(pageOf(sentences, 'largely curtailed the DHS practice')).toEqual(['ii']);
    expect(pageOf(sentences, ONLY_IN_FULL_TEXT.detention.slice(0, 40))).toEqual(['1']);
    expect(pageOf(sentences, 'did not effectively coordinate')).toEqual(['2']);
    expect(pageOf(sentences, 'single-minded focus')).toEqual(['3']);
  });

  it('gives a sentence printed across a page break both pages', () => {
    const s = sentences.find((x) => x.text.startsWith('Several U.S. Attorneys told the OIG'));
    expect(s?.text).toBe(`${ONLY_IN_FULL_TEXT.crossPage1} ${ONLY_IN_FULL_TEXT.crossPage2}`);
    expect(s?.page).toBe('2–3');
  });

  it('rejoins a word hyphenated across a line end', () => {
    expect(sentences.map((s) => s.text)).toContain(ONLY_IN_FULL_TEXT.hyphenated.replace('|', ''));
  });

  it('keeps a hyphen the document spells elsewhere (a compound broken at its hyphen)', () => {
    const text =
      'This was a long-standing practice of the agency.\nIt reflected long-\nstanding DOJ practice for years.\n';
    expect(sentencesOf(text).map((s) => s.text)).toContain(
      'It reflected long-standing DOJ practice for years.',
    );
    expect(sentencesOf('Under the new\nimple-\nmentation plan.').map((s) => s.text)).toEqual([
      'Under the new implementation plan.',
    ]);
  });

  it('takes footnote markers off words and sets the footnote apart, after the sentence in progress', () => {
    const i = sentences.findIndex((s) => s.text.startsWith('The Department did not track'));
    expect(sentences[i]?.text).toBe(
      'The Department did not track the number of family unit adults it prosecuted.',
    );
    const note = sentences.find((s) => s.section === 'Footnote 1');
    expect(note).toMatchObject({ text: ONLY_IN_FULL_TEXT.footnote1, page: '1' });
    // The footnote does not cut into the page's running text: it follows the page's last sentence.
    const last = sentences.findIndex((s) => s.text === ONLY_IN_FULL_TEXT.spanB);
    expect(sentences.indexOf(note!)).toBe(last + 1);
  });

  it('does not take numbers for footnote markers', () => {
    const s = sentencesOf(
      'More than 3,000 children were separated in 2018.\nThe shortfall was $227 million. Section 1325(a) 2 applies.',
    );
    expect(s.map((x) => x.text)).toEqual([
      'More than 3,000 children were separated in 2018.',
      'The shortfall was $227 million.',
      'Section 1325(a) 2 applies.',
    ]);
  });

  it('splits sentences but not at abbreviations and initials', () => {
    const text =
      'On June 20, 2018, President Donald J. Trump issued an order. The U.S. Attorney in D.C. agreed. Mr. Smith said “yes.” Then he left!';
    expect(sentenceSpans(text).map(([s, e]) => text.slice(s, e))).toEqual([
      'On June 20, 2018, President Donald J. Trump issued an order.',
      'The U.S. Attorney in D.C. agreed.',
      'Mr. Smith said “yes.”',
      'Then he left!',
    ]);
  });

  it('uses the page index when a page prints no number', () => {
    const s = sentencesOf('First page text here.\fSecond page text here.\f');
    expect(s.map((x) => x.page)).toEqual(['1', '2']);
  });

  it('uses the PDF page label over a printed number', () => {
    const doc = cleanPages([
      { lines: ['A sentence on the cover.', '7'], label: 'Cover' },
      { lines: ['Another sentence.', '8'], label: null },
    ]);
    expect(documentSentences(doc).map((s) => s.page)).toEqual(['Cover', '8']);
  });
});
