/** Page controls for a long table: buttons with text, the position in words, and a page-size choice. */
import { useId } from 'preact/hooks';
import type { Page } from '@/utils/library-query';

export const PAGE_SIZES = [25, 50, 100, 200] as const;

export interface PaginationProps {
  /** What is being paged, e.g. "records": used in the labels. */
  noun: string;
  /** The page being shown, as `paginate` cut it. */
  slice: Page<unknown>;
  pageSize: number;
  onPage(page: number): void;
  /** A new page size; the table goes back to its first page, where the reader's position is known. */
  onPageSize(size: number): void;
}

export function Pagination(props: PaginationProps) {
  const sizeId = useId();
  const { noun } = props;
  const { page, pageCount, total, start } = props.slice;
  const shown = props.slice.items.length;
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
        onChange={(e) => {
          props.onPageSize(Number(e.currentTarget.value));
          props.onPage(1);
        }}
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
