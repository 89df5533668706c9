/** The default, human-readable output: one row per quotation. Plain text, no colour. */
import type { Source } from '../../lib/corpus/types';
import type { CheckedQuote } from './report';

const VERDICT_LABELS: Record<string, string> = {
  verified: 'verified',
  edited: 'edited (marked)',
  altered: 'altered (unmarked changes)',
  partial: 'partial',
  elsewhere: 'elsewhere',
  'not-found': 'not found in corpus',
};

/**
 * With the complete report loaded, a quotation found nowhere is known not to be in the report; with only
 * some of its pages, only that it is not in those pages.
 */
const NOT_FOUND_WITH: Record<'complete' | 'excerpt', string> = {
  complete: 'not in the report',
  excerpt: 'not in the imported pages',
};

const QUOTE_WIDTH = 48;
const CELL_WIDTH = 24;

function truncate(text: string, width: number): string {
  const chars = Array.from(text);
  return chars.length <= width ? text : `${chars.slice(0, width - 1).join('')}…`;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - Array.from(text).length));
}

export function formatTable(
  title: string | null,
  checked: readonly CheckedQuote[],
  options: { fullText: 'none' | 'complete' | 'excerpt'; sources?: ReadonlyMap<string, Source> } = {
    fullText: 'none',
  },
): string {
  // The document's short name where it has one (the report's number), else its title.
  const documentOf = (id: string | null) => {
    const source = id ? options.sources?.get(id) : undefined;
    if (!source) return '—';
    return source.number ? `Report ${source.number}` : (source.shortName ?? source.title);
  };
  const label = (status: string) =>
    status === 'not-found' && options.fullText !== 'none'
      ? NOT_FOUND_WITH[options.fullText]
      : (VERDICT_LABELS[status] ?? status);
  // A complete document the article attributes the quotation to: the words are known not to be in it.
  const verdict = (result: CheckedQuote['result']) =>
    result.status === 'not-found' && result.notIn
      ? `not in ${documentOf(result.notIn)}`
      : label(result.status);
  const lines: string[] = [];
  lines.push(title ? `Article: ${title}` : 'Article: (untitled)');
  if (checked.length === 0) {
    lines.push('No quotations found.');
    return `${lines.join('\n')}\n`;
  }
  const header = [
    '#',
    'Quotation',
    'Verdict',
    'Passage',
    'Page',
    'Speaker',
    'Article says',
    'Attribution',
    'Document',
  ];
  const rows = checked.map(({ extracted, result, block }, i) => {
    const place = block === 'title' ? ' (headline)' : block === 'subtitle' ? ' (standfirst)' : '';
    const quote = `“${extracted.quote}”${place}${extracted.fragment ? ' (fragment)' : ''}${extracted.unclosed ? ' (unclosed)' : ''}`;
    return [
      String(i + 1),
      truncate(quote, QUOTE_WIDTH),
      verdict(result),
      result.passageIds.join(', ') || '—',
      result.page ?? '—',
      truncate(result.speaker ?? '—', CELL_WIDTH),
      truncate(extracted.attributedTo ?? '—', CELL_WIDTH),
      result.attribution,
      truncate(documentOf(result.source), CELL_WIDTH),
    ];
  });
  const widths = header.map((h, c) =>
    Math.max(Array.from(h).length, ...rows.map((r) => Array.from(r[c] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => pad(cell, widths[c] ?? 0))
      .join('  ')
      .trimEnd();
  lines.push('', line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line));

  const counts = new Map<string, number>();
  for (const { result } of checked) counts.set(result.status, (counts.get(result.status) ?? 0) + 1);
  const summary = [...counts].map(([status, n]) => `${n} ${label(status)}`).join(', ');
  lines.push('', `${checked.length} quotation${checked.length === 1 ? '' : 's'}: ${summary}.`);
  return `${lines.join('\n')}\n`;
}
