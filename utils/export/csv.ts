/**
 * CSV for spreadsheets: RFC 4180 (CRLF rows, every cell quoted when it holds a comma, quote or line
 * break), UTF-8 with a byte-order mark so Excel reads accents and curly quotes correctly. Quotations come
 * from web pages, so a cell starting with = + - @ (or tab/CR, which some spreadsheets strip first) gets a
 * leading apostrophe: a spreadsheet must show it as text, never run it as a formula.
 */
import type { Source } from '@/lib/corpus/types';
import type { VerificationRecord } from '@/utils/db';

export const CSV_BOM = '\uFEFF';

type Sources = Readonly<Record<string, Source>>;

/** The document a record's words are in (an imported full text is the report it completes). */
function documentTitle(sourceId: string | null, sources: Sources): string | null {
  const source = sourceId ? sources[sourceId] : undefined;
  if (!source) return null;
  return (source.fullTextOf ? sources[source.fullTextOf] : undefined)?.title ?? source.title;
}

// New columns go at the end: spreadsheets and scripts read the others by position.
const COLUMNS: Array<
  [header: string, cell: (r: VerificationRecord, sources: Sources) => string | number | null | undefined]
> = [
  ['id', (r) => r.id],
  ['quotation', (r) => r.quote],
  ['verdict', (r) => r.status],
  ['source', (r) => r.source],
  ['passages', (r) => r.passageIds.join(' ')],
  ['report page', (r) => r.result.page],
  ['speaker', (r) => r.speaker],
  ['attributed to', (r) => r.attributedTo],
  ['attribution', (r) => r.attribution],
  ['coverage', (r) => r.result.coverage],
  ['page title', (r) => r.pageTitle],
  ['url', (r) => r.url],
  ['note', (r) => r.note],
  ['context', (r) => r.context],
  ['origin', (r) => r.origin],
  ['first checked', (r) => new Date(r.createdAt).toISOString()],
  ['last checked', (r) => new Date(r.updatedAt).toISOString()],
  ['disputed', (r) => (r.disputed ? 'yes' : '')],
  ['dispute reason', (r) => r.disputeReason],
  ['document', (r, sources) => documentTitle(r.source, sources)],
];

/** One cell: formula-guarded, then quoted if it needs to be. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(cells: Array<string | number | null | undefined>): string {
  return cells.map(csvCell).join(',');
}

/** The whole file, BOM included; each row ends with CRLF. */
export function exportCsv(records: VerificationRecord[], sources: Sources = {}): string {
  const lines = [csvRow(COLUMNS.map(([header]) => header))];
  for (const record of records) lines.push(csvRow(COLUMNS.map(([, cell]) => cell(record, sources))));
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}
