/** Page controls for a long table: buttons with text, the position in words, and a page-size choice. */
import { useId } from 'preact/hooks';

export const PAGE_SIZES = [25, 50, 100, 200] as const;

export interface PaginationProps {
  /** What is being paged, e.g. "records": used in the labels. */
  noun: string;
  page: number;
  pageCount: number;
  pageSize: number;
  total: number;
  start: number;
  shown: number;
  onPage(page: number): void;
  onPageSize(size: number): void;
}

export function Pagination(props: PaginationProps) {
  const sizeId = useId();
  const { page, pageCount, total, start, shown, noun } = props;
  const range =
    total === 0
      ? `No ${noun}`
      : `${(start + 1).toLocaleString('en-US')}–${(start + shown).toLocaleString('en-US')} of ${total.toLocaleString('en-US')} ${noun}`;
  return (
    <nav class="pagination" aria-label={`Pages of ${noun}`}>
      <button type="button" onClick={() => props.onPage(1)} disabled={page <= 1}>
        First
      </button>
      <button type="button" onClick={() => props.onPage(page - 1)} disabled={page <= 1}>
        Previous
      </button>
      <span class="pagination-position" aria-live="polite">
        Page {page} of {pageCount} · {range}
      </span>
      <button type="button" onClick={() => props.onPage(page + 1)} disabled={page >= pageCount}>
        Next
      </button>
      <button type="button" onClick={() => props.onPage(pageCount)} disabled={page >= pageCount}>
        Last
      </button>
      <label for={sizeId}>Per page</label>
      <select
        id={sizeId}
        value={String(props.pageSize)}
        onChange={(e) => props.onPageSize(Number(e.currentTarget.value))}
      >
        {PAGE_SIZES.map((n) => (
          <option key={n} value={String(n)}>
            {n}
          </option>
        ))}
      </select>
    </nav>
  );
}
