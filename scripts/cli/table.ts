/** The default, human-readable output: one row per quotation. Plain text, no colour. */
import type { ScannedQuote } from '../../lib/scan';

const VERDICT_LABELS: Record<string, string> = {
  verified: 'verified',
  edited: 'edited (marked)',
  altered: 'altered (unmarked changes)',
  partial: 'partial',
  elsewhere: 'elsewhere',
  'not-found': 'not found in corpus',
};

/** With the complete report loaded, a quotation found nowhere is known not to be in the report. */
const NOT_IN_REPORT = 'not in the report';

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
  checked: readonly ScannedQuote[],
  options: { fullText: boolean } = { fullText: false },
): string {
  const label = (status: string) =>
    status === 'not-found' && options.fullText ? NOT_IN_REPORT : (VERDICT_LABELS[status] ?? status);
  const lines: string[] = [];
  lines.push(title ? `Article: ${title}` : 'Article: (untitled)');
  if (checked.length === 0) {
    lines.push('No quotations found.');
    return `${lines.join('\n')}\n`;
  }
  const header = ['#', 'Quotation', 'Verdict', 'Passage', 'Page', 'Speaker', 'Article says', 'Attribution'];
  const rows = checked.map(({ extracted, result }, i) => {
    const quote = `“${extracted.quote}”${extracted.fragment ? ' (fragment)' : ''}${extracted.unclosed ? ' (unclosed)' : ''}`;
    return [
      String(i + 1),
      truncate(quote, QUOTE_WIDTH),
      label(result.status),
      result.passageIds.join(', ') || '—',
      result.page ?? '—',
      truncate(result.speaker ?? '—', CELL_WIDTH),
      truncate(extracted.attributedTo ?? '—', CELL_WIDTH),
      result.attribution,
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
