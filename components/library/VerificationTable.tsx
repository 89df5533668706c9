/**
 * The saved-verifications table for one page of results. A real <table>: column headers are buttons that
 * sort, and `aria-sort` tells assistive technology which column and direction is in effect.
 */

import { SafeLink } from '@/components/card/parts/SafeLink';
import { ShownVerdict } from '@/components/card/parts/ShownVerdict';
import { speakerName } from '@/components/card/wording';
import type { Source } from '@/lib/corpus/types';
import type { VerificationRecord } from '@/utils/db';
import type { SortDir, SortKey } from '@/utils/library-query';
import { formatDate, recordPlace, sourceLabel } from './format';

const COLUMNS: Array<{ key: SortKey; label: string }> = [
  { key: 'quote', label: 'Quotation' },
  { key: 'status', label: 'Verdict' },
  { key: 'source', label: 'Document' },
  { key: 'reportPage', label: 'Page' },
  { key: 'attribution', label: 'Article says' },
  { key: 'speaker', label: 'Source says' },
  { key: 'page', label: 'Article' },
  { key: 'date', label: 'Checked' },
];

export interface VerificationTableProps {
  rows: VerificationRecord[];
  sources: Record<string, Source>;
  sort: SortKey;
  dir: SortDir;
  /** Omitted while the records are still loading: headers are then plain text. */
  onSort?: (key: SortKey) => void;
  /** Both omitted for the read-only preview shown while all records load: no Actions column then. */
  onOpen?: (record: VerificationRecord, opener: HTMLElement) => void;
  onDelete?: (record: VerificationRecord) => void;
  /** False inside an article's group, where every row is the same article. */
  showArticle?: boolean;
  caption?: string;
}

function SortHeader(props: {
  column: (typeof COLUMNS)[number];
  sort: SortKey;
  dir: SortDir;
  onSort?: (key: SortKey) => void;
}) {
  const { column, sort, dir, onSort } = props;
  const active = column.key === sort;
  const arrow = <span aria-hidden="true">{active ? (dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>;
  return (
    <th scope="col" aria-sort={active ? (dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
      {onSort ? (
        <button type="button" class="sort" onClick={() => onSort(column.key)}>
          {column.label}
          {arrow}
        </button>
      ) : (
        <>
          {column.label}
          {arrow}
        </>
      )}
    </th>
  );
}

export function VerificationTable(props: VerificationTableProps) {
  const { rows, sources } = props;
  const showArticle = props.showArticle ?? true;
  const columns = showArticle ? COLUMNS : COLUMNS.filter((c) => c.key !== 'page');
  return (
    <table class="records">
      <caption class="visually-hidden">{props.caption ?? 'Saved verifications'}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <SortHeader
              key={column.key}
              column={column}
              sort={props.sort}
              dir={props.dir}
              onSort={props.onSort}
            />
          ))}
          {props.onOpen && <th scope="col">Actions</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id ?? `${r.url}\u0000${r.quote}`} data-status={r.status}>
            <td class="quote-cell">
              <span class="quote-text">{r.quote}</span>
              {r.note && (
                <span class="note">
                  <span class="note-label">Note: </span>
                  {r.note}
                </span>
              )}
              {r.disputed && (
                <span class="disputed">
                  <span class="note-label">You marked this verdict as looking wrong</span>
                  {r.disputeReason ? `: ${r.disputeReason}` : '.'}
                </span>
              )}
            </td>
            <td>
              <ShownVerdict status={r.status} attribution={r.attribution} />
            </td>
            <td>{sourceLabel(r.source, sources)}</td>
            <td>{r.result.page ? `p. ${r.result.page}` : '—'}</td>
            <td>{r.attributedTo?.trim() || '—'}</td>
            <td>{r.speaker ? speakerName(r.speaker) : '—'}</td>
            {showArticle && (
              <td class="page-cell">
                <span class="page-title">{recordPlace(r)}</span>
                {r.url && (
                  <span class="sub url">
                    <SafeLink url={r.url} />
                  </span>
                )}
              </td>
            )}
            <td>
              <time dateTime={new Date(r.updatedAt).toISOString()}>{formatDate(r.updatedAt)}</time>
            </td>
            {props.onOpen && (
              <td class="actions">
                <button
                  type="button"
                  aria-label={`Open card for “${r.quote.slice(0, 60)}”`}
                  onClick={(e) => props.onOpen?.(r, e.currentTarget)}
                >
                  Open
                </button>
                <button
                  type="button"
                  aria-label={`Delete “${r.quote.slice(0, 60)}”`}
                  onClick={() => props.onDelete?.(r)}
                >
                  Delete
                </button>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
