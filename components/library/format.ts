/** Display helpers shared by the library's tables. */
import { shortTitle } from '@/components/card/parts/SourceLine';
import type { Source } from '@/lib/corpus/types';
import type { VerificationRecord } from '@/utils/db';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatDate(epochMs: number): string {
  return dateTime.format(epochMs);
}

/** Short name of a source for a table cell: "Report 21-028", else its title; unknown ids shown as they are. */
export function sourceLabel(sourceId: string | null, sources: Record<string, Source>): string {
  if (!sourceId) return '—';
  const source = sources[sourceId];
  if (!source) return sourceId;
  return shortTitle(source);
}

/**
 * Where a saved check was made, in words: a check typed or pasted into the popup is "checked by hand"
 * (its tab is not where the words were quoted); else the page's title, else its site.
 */
export function recordPlace(record: Pick<VerificationRecord, 'origin' | 'pageTitle' | 'url'>): string {
  if (record.origin === 'popup') return 'Checked by hand';
  if (record.pageTitle.trim()) return record.pageTitle;
  try {
    return new URL(record.url).hostname || 'Untitled page';
  } catch {
    return 'Untitled page';
  }
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}
