/**
 * The saved-verifications table for one page of results. A real <table>: column headers are buttons that
 * sort, and `aria-sort` tells assistive technology which column and direction is in effect.
 */

import { SafeLink } from '@/components/card/parts/SafeLink';
import { VERDICT_ICON, VERDICT_LABEL } from '@/components/card/verdict-text';
import type { Source } from '@/lib/corpus/types';
import type { VerificationRecord } from '@/utils/db';
import type { SortDir, SortKey } from '@/utils/library-query';
import { formatDate, sourceLabel } from './format';

const COLUMNS: Array<{ key: SortKey; label: string }> = [
  { key: 'quote', label: 'Quotation' },
  { key: 'status', label: 'Verdict' },
  { key: 'source', label: 'Source / passage' },
  { key: 'page', label: 'Page' },
  { key: 'attribution', label: 'Attribution' },
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

function attributionText(r: VerificationRecord): string {
  const said = r.attributedTo;
  const recorded = r.speaker;
  if (r.attribution === 'mismatch') return `${said ?? '?'} ≠ ${recorded ?? '?'} (mismatch)`;
  if (r.attribution === 'ok') return `${said ?? recorded ?? ''} ✓`;
  return said ?? recorded ?? '—';
}

export function VerificationTable(props: VerificationTableProps) {
  const { rows, sources } = props;
  return (
    <table class="records">
      <caption class="visually-hidden">Saved verifications</caption>
      <thead>
        <tr>
          {COLUMNS.map((column) => (
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
            </td>
            <td>
              <span class={`verdict verdict-${r.status}`}>
                <span aria-hidden="true">{VERDICT_ICON[r.status]} </span>
                {VERDICT_LABEL[r.status]}
              </span>
            </td>
            <td>
              {sourceLabel(r.source, sources)}
              {r.passageIds.length > 0 && <span class="sub">{r.passageIds.join(', ')}</span>}
              {r.result.page && <span class="sub">p. {r.result.page}</span>}
            </td>
            <td class="page-cell">
              <span class="page-title">{r.pageTitle || '(untitled page)'}</span>
              <span class="sub url">
                <SafeLink url={r.url} />
              </span>
            </td>
            <td>{attributionText(r)}</td>
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
