import { describe, expect, it } from 'vitest';
import { bundledCorpus } from '@/data/corpus';
import type { Source } from '@/lib/corpus/types';
import { CSV_BOM, csvCell, exportCsv } from '@/utils/export/csv';
import { makeRecord } from '../library/records';

/** A strict RFC 4180 reader, to check that what we write reads back cell for cell. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else cell += c;
      i++;
      continue;
    }
    if (c === '"') {
      if (cell !== '') throw new Error(`quote inside an unquoted cell at ${i}`);
      quoted = true;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else if (c === '\n' || c === '\r') throw new Error(`bare line break at ${i}`);
    else cell += c;
    i++;
  }
  if (quoted) throw new Error('unterminated quote');
  if (cell !== '' || row.length) throw new Error('last row without CRLF');
  return rows;
}

describe('csvCell', () => {
  it('leaves plain text alone and quotes commas, quotes and line breaks', () => {
    expect(csvCell('plain words')).toBe('plain words');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('He said "no"')).toBe('"He said ""no"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('cr\rlf')).toBe('"cr\rlf"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(0.5)).toBe('0.5');
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe('"\'=HYPERLINK(""http://evil"",""x"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('a=1')).toBe('a=1');
  });
});

describe('exportCsv', () => {
  const tricky = makeRecord({
    id: 7,
    quote: 'He said, “It’s that simple”\nand "left"',
    pageTitle: '=cmd|" /C calc"!A0',
    url: 'https://news.example/a?x=1,2',
    note: '@mention, -dash',
    context: 'before\r\nafter',
  });

  it('starts with a BOM, uses CRLF rows and reads back cell for cell', () => {
    const csv = exportCsv([tricky, makeRecord({ id: 8 })]);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    const rows = parseCsv(csv.slice(CSV_BOM.length));
    expect(rows).toHaveLength(3);
    const [header, first] = rows;
    expect(header?.length).toBe(first?.length);
    const cell = (name: string) => first?.[header?.indexOf(name) ?? -1];
    expect(cell('id')).toBe('7');
    expect(cell('quotation')).toBe(tricky.quote);
    expect(cell('page title')).toBe(`'${tricky.pageTitle}`);
    expect(cell('url')).toBe(tricky.url);
    expect(cell('note')).toBe(`'${tricky.note}`);
    expect(cell('context')).toBe('before\r\nafter');
    expect(cell('verdict')).toBe('verified');
    expect(cell('passages')).toBe('r001');
    expect(cell('last checked')).toBe(new Date(tricky.updatedAt).toISOString());
  });

  it('writes just the header for no records', () => {
    expect(parseCsv(exportCsv([]).slice(1))).toHaveLength(1);
  });
});

it('has the disputed mark and its reason as its last columns', () => {
  const csv = exportCsv([
    makeRecord({ id: 1, disputed: true, disputeReason: 'wrong day' }),
    makeRecord({ id: 2 }),
  ]);
  const [header, first, second] = csv.slice(1).split('\r\n');
  // The document column came later, and goes after them: existing columns keep their positions.
  expect(header?.endsWith(',disputed,dispute reason,document')).toBe(true);
  expect(first?.endsWith(',yes,wrong day,')).toBe(true);
  expect(second?.endsWith(',,,')).toBe(true);
});

it('names each record’s document in a last column: the report for its imported full text', () => {
  const report = bundledCorpus.sources.find((s) => s.id === 'oig-21-028') as Source;
  const fullText: Source = { ...report, id: 'oig-21-028-full', title: 'Full text', fullTextOf: report.id };
  const ruling: Source = {
    ...report,
    id: 'doc-1',
    title: 'Harbor Coalition v. Port Authority',
    number: undefined,
  };
  const sources = { [report.id]: report, [fullText.id]: fullText, [ruling.id]: ruling };
  const csv = exportCsv(
    [
      makeRecord({ id: 1, source: 'doc-1' }),
      makeRecord({ id: 2, source: 'oig-21-028-full' }),
      makeRecord({ id: 3, source: null, status: 'not-found' }),
    ],
    sources,
  );
  const [header, ...rows] = parseCsv(csv.slice(CSV_BOM.length)).filter((r) => r.length > 1);
  expect(header?.slice(0, 3)).toEqual(['id', 'quotation', 'verdict']);
  expect(header?.at(-1)).toBe('document');
  expect(rows.map((r) => r.at(-1))).toEqual([ruling.title, report.title, '']);
});
