/**
 * Which pages get badges by default (lib/relevance.ts): pages about a source in the corpus. Pages
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { bundledCorpus } from '@/data/corpus';
import { extractQuotes } from '@/lib/extract';
import { buildIndex, matchQuote } from '@/lib/match';
import { corpusMaps, pageRelevance } from '@/lib/relevance';

const corpus = corpusMaps(bundledCorpus);
const index = buildIndex(bundledCorpus);

/** The page as the background sees it: its title, its paragraphs, their quotations and verdicts. */
function relevanceOf(title: string, ...paragraphs: string[]) {
  const quotes = extractQuotes(paragraphs.map((text) => ({ text, kind: 'p' as const })));
  const statuses = quotes.map(
    (q) => matchQuote(index, { text: q.quote, attributedTo: q.attributedTo }).status,
  );
  return pageRelevance(corpus, { title, texts: paragraphs, quotes, statuses });
}

describe('pages about something else get no badges', () => {
  it('a scare-quote page on another subject', () => {
    const r = relevanceOf(
      'City council weighs “new” parking rules',
      'The council called the plan a “tolerance” test for drivers, and one member said the fees were “between” fair and “want” of planning.',
      'Residents said the change was “long overdue,” while shop owners warned of a “driving force” behind falling sales.',
    );
    expect(r).toEqual({ about: false, reason: null, evidence: null });
  });

  it('a sports story quoting someone who shares a surname with a corpus speaker', () => {
    const r = relevanceOf(
      'Late charge wins the race',
      '“We kept pushing until the last lap, and the car was fantastic today,” Lewis Hamilton said after the race.',
      '“It is a great result for the whole team,” Hamilton added.',
    );
    expect(r.about).toBe(false);
  });

  it('a story about another inspector general, or about a school’s zero-tolerance rule', () => {
    expect(
      relevanceOf(
        'Pentagon inspector general faults contract oversight',
        'The inspector general said the office “could not account for the spending on the new hangars,” the audit found.',
      ).about,
    ).toBe(false);
    expect(
      relevanceOf(
        'District keeps zero tolerance rule for phones',
        'The principal said the zero tolerance rule “keeps the classrooms calm and the students focused.”',
      ).about,
    ).toBe(false);
  });
});

describe('pages about the corpus get badges', () => {
  it('names the report by its number', () => {
    expect(relevanceOf('Watchdog report', 'Report 21-028 was released on Thursday.')).toMatchObject({
      about: true,
      reason: 'names-source',
      evidence: '21-028',
    });
  });

  it('names the report by an alias kept as data on the source', () => {
    expect(
      relevanceOf('A review is out', 'The Justice Department’s inspector general released a long review.'),
    ).toMatchObject({ about: true, reason: 'names-source' });
  });

  it('uses two different terms of its subject', () => {
    expect(
      relevanceOf(
        'Review out',
        'The inspector general looked at how family separations began at the border.',
      ),
    ).toMatchObject({
      about: true,
      reason: 'names-source',
      evidence: 'inspector general, family separations',
    });
  });

  it('quotes a speaker the corpus holds, named in full on the page', () => {
    expect(
      relevanceOf(
        'Former attorney general speaks',
        'Jeff Sessions spoke at a dinner on Tuesday.',
        '“The weather was lovely and the food was good,” Sessions said.',
      ),
    ).toMatchObject({ about: true, reason: 'quotes-speaker', evidence: 'Jeff Sessions' });
  });

  it('has a quotation that matches a source, though the page names nothing', () => {
    expect(
      relevanceOf(
        'Notes',
        'A memo said officials were “aware of many of these challenges prior to issuing the policy”.',
      ),
    ).toMatchObject({ about: true, reason: 'quotation-matches' });
  });

  it('a phrase that occurs in a source is not enough', () => {
    expect(relevanceOf('Notes', 'It was a “driving force” for change.').about).toBe(false);
  });
});
