/** Display helpers shared by the library's tables. */
import type { Source } from '@/lib/corpus/types';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatDate(epochMs: number): string {
  return dateTime.format(epochMs);
}

/** Short name of a source for a table cell: "Report 21-028", else its title; unknown ids shown as they are. */
export function sourceLabel(sourceId: string | null, sources: Record<string, Source>): string {
  if (!sourceId) return '—';
  const source = sources[sourceId];
  if (!source) return sourceId;
  return source.number ? `Report ${source.number}` : source.title;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}
