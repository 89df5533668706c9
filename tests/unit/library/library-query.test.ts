import { describe, expect, it } from 'vitest';
import type { VerificationRecord } from '@/utils/db';
import {
  DEFAULT_QUERY,
  filterRecords,
  foldText,
  type LibraryQuery,
  NO_SOURCE,
  paginate,
  queryRecords,
  searchTerms,
  sortRecords,
} from '@/utils/library-query';
import { makeRecord, makeResult } from './records';

const q = (over: Partial<LibraryQuery>): LibraryQuery => ({ ...DEFAULT_QUERY, ...over });
const quotes = (rs: VerificationRecord[]) => rs.map((r) => r.quote);
const localMs = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).getTime();

const records = [
  makeRecord({
    id: 1,
    quote: 'It’s that simple',
    pageTitle: 'Sessions in San Diego',
    url: 'https://a.example/1',
    speaker: 'Jeff Sessions',
    updatedAt: localMs(2026, 1, 5, 10),
  }),
  makeRecord({
    id: 2,
    quote: 'We need to take away children',
    status: 'altered',
    result: makeResult('altered'),
    pageTitle: 'Family separations',
    url: 'https://b.example/news',
    attributedTo: 'Rod Rosenstein',
    updatedAt: localMs(2026, 1, 6, 23, 59),
  }),
  makeRecord({
    id: 3,
    quote: 'zero tolerance',
    status: 'not-found',
    result: makeResult('not-found'),
    source: null,
    passageIds: [],
    speaker: null,
    pageTitle: 'Opinion',
    url: 'https://c.example/op',
    updatedAt: localMs(2026, 1, 7, 0, 0),
  }),
  makeRecord({
    id: 4,
    quote: 'Café policy',
    status: 'edited',
    result: makeResult('edited'),
    source: 'oig-press-release-2021-01-14',
    pageTitle: 'Résumé of events',
    url: 'https://d.example/x',
    updatedAt: localMs(2026, 1, 8, 9),
  }),
];

describe('foldText', () => {
  it('ignores case, accents, typographic quotes and extra whitespace', () => {
    expect(foldText('  It’s  “CAFÉ”\u00a0—\n ok ')).toBe('it\'s "cafe" - ok');
    expect(foldText('ﬁne… “naïve”')).toBe('fine... "naive"');
    expect(foldText('wait…')).toBe(foldText('wait...'));
  });
});

describe('filterRecords', () => {
  it('with the default query keeps everything', () => {
    expect(filterRecords(records, DEFAULT_QUERY)).toHaveLength(4);
  });

  it('searches the quotation, page title, URL and speaker, every word required', () => {
    expect(quotes(filterRecords(records, q({ search: "it's simple" })))).toEqual(['It’s that simple']);
    expect(quotes(filterRecords(records, q({ search: 'separations' })))).toEqual([
      'We need to take away children',
    ]);
    expect(quotes(filterRecords(records, q({ search: 'c.example' })))).toEqual(['zero tolerance']);
    expect(quotes(filterRecords(records, q({ search: 'SESSIONS jeff' })))).toEqual(['It’s that simple']);
    expect(quotes(filterRecords(records, q({ search: 'rosenstein' })))).toEqual([
      'We need to take away children',
    ]);
    expect(quotes(filterRecords(records, q({ search: 'resume cafe' })))).toEqual(['Café policy']);
    expect(filterRecords(records, q({ search: 'simple children' }))).toEqual([]);
  });

  it('filters by verdicts', () => {
    expect(quotes(filterRecords(records, q({ verdicts: ['altered', 'edited'] })))).toEqual([
      'We need to take away children',
      'Café policy',
    ]);
  });

  it('filters by source, including records without one', () => {
    expect(quotes(filterRecords(records, q({ source: 'oig-press-release-2021-01-14' })))).toEqual([
      'Café policy',
    ]);
    expect(quotes(filterRecords(records, q({ source: NO_SOURCE })))).toEqual(['zero tolerance']);
    expect(filterRecords(records, q({ source: 'oig-21-028' }))).toHaveLength(2);
  });

  it('filters by document: the report’s includes what matched in its imported full text', () => {
    const inFullText = makeRecord({ id: 99, quote: 'in the full text', source: 'oig-21-028-full' });
    const all = [...records, inFullText];
    expect(filterRecords(all, q({ source: 'oig-21-028' }))).toHaveLength(3);
    expect(quotes(filterRecords(all, q({ source: 'oig-press-release-2021-01-14' })))).toEqual([
      'Café policy',
    ]);
  });

  it('filters by local calendar days, both ends inclusive', () => {
    expect(quotes(filterRecords(records, q({ from: '2026-01-06', to: '2026-01-06' })))).toEqual([
      'We need to take away children',
    ]);
    expect(quotes(filterRecords(records, q({ from: '2026-01-07' })))).toEqual([
      'zero tolerance',
      'Café policy',
    ]);
    expect(quotes(filterRecords(records, q({ to: '2026-01-05' })))).toEqual(['It’s that simple']);
    // A malformed day is no bound rather than "nothing matches".
    expect(filterRecords(records, q({ from: 'yesterday' }))).toHaveLength(4);
  });
});

describe('sortRecords', () => {
  it('sorts by date, newest first by default', () => {
    expect(queryRecords(records, DEFAULT_QUERY).map((r) => r.id)).toEqual([4, 3, 2, 1]);
    expect(sortRecords(records, 'date', 'asc').map((r) => r.id)).toEqual([1, 2, 3, 4]);
  });

  it('sorts by quotation ignoring case and accents, both directions', () => {
    expect(quotes(sortRecords(records, 'quote', 'asc'))).toEqual([
      'Café policy',
      'It’s that simple',
      'We need to take away children',
      'zero tolerance',
    ]);
    expect(sortRecords(records, 'quote', 'desc').map((r) => r.id)).toEqual([3, 2, 1, 4]);
  });

  it('sorts verdicts in severity order and pages by title', () => {
    expect(sortRecords(records, 'status', 'asc').map((r) => r.status)).toEqual([
      'verified',
      'edited',
      'altered',
      'not-found',
    ]);
    expect(sortRecords(records, 'page', 'asc').map((r) => r.pageTitle)).toEqual([
      'Family separations',
      'Opinion',
      'Résumé of events',
      'Sessions in San Diego',
    ]);
  });

  it('puts records without a source or attribution last when ascending', () => {
    expect(sortRecords(records, 'source', 'asc').at(-1)?.id).toBe(3);
    // Attribution reads what the article says, else the recorded speaker: doj oig < jeff sessions < rod rosenstein.
    expect(sortRecords(records, 'attribution', 'asc').map((r) => r.id)).toEqual([4, 1, 2, 3]);
  });

  it('breaks ties by latest check, then id, so the order never depends on input order', () => {
    const same = [3, 1, 2].map((id) => makeRecord({ id, updatedAt: 1000 }));
    expect(sortRecords(same, 'status', 'asc').map((r) => r.id)).toEqual([1, 2, 3]);
    expect(sortRecords([...same].reverse(), 'status', 'desc').map((r) => r.id)).toEqual([1, 2, 3]);
  });

  it('does not mutate its input', () => {
    const copy = [...records];
    sortRecords(records, 'quote', 'asc');
    expect(records).toEqual(copy);
  });
});

describe('paginate', () => {
  const items = Array.from({ length: 23 }, (_, i) => i);
  it('returns the requested page and its position', () => {
    expect(paginate(items, 2, 10)).toEqual({
      items: [10, 11, 12, 13, 14, 15, 16, 17, 18, 19],
      page: 2,
      pageCount: 3,
      total: 23,
      start: 10,
    });
    expect(paginate(items, 3, 10).items).toEqual([20, 21, 22]);
  });
  it('clamps pages out of range, and an empty list has one empty page', () => {
    expect(paginate(items, 99, 10).page).toBe(3);
    expect(paginate(items, 0, 10).page).toBe(1);
    expect(paginate([], 1, 10)).toEqual({ items: [], page: 1, pageCount: 1, total: 0, start: 0 });
  });
});

describe('searchTerms', () => {
  it('folds the words and drops double quotation marks, keeping apostrophes', () => {
    expect(searchTerms('“It’s  that” "SIMPLE"')).toEqual(["it's", 'that', 'simple']);
  });
});
