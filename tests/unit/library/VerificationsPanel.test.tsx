// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SEARCH_DEBOUNCE_MS } from '@/components/library/LibraryFilters';
import { VerificationsPanel } from '@/components/library/VerificationsPanel';
import type { Verdict } from '@/lib/types';
import { VERDICTS } from '@/lib/types';
import type { VerificationRecord } from '@/utils/db';
import { makeRecord, makeResult } from './records';

afterEach(cleanup);

/**
 * Six verdicts, 20 records each in 120: the engine's (`hidden` is the content script's), without
 * `phrase`, so the counts below stay whole.
 */
const CYCLED = VERDICTS.filter((v) => v !== 'hidden' && v !== 'phrase');

/** 120 records: quotation "quote 000".."quote 119", verdicts cycling, newest = highest number. */

function many(count = 120): VerificationRecord[] {
  return Array.from({ length: count }, (_, i) => {
    const status: Verdict = CYCLED[i % CYCLED.length] ?? 'verified';
    return makeRecord({
      id: i + 1,
      quote: `quote ${String(i).padStart(3, '0')}`,
      status,
      result: makeResult(status),
      pageTitle: i % 10 === 0 ? `Special page ${i}` : `Page ${i}`,
      updatedAt: Date.UTC(2026, 0, 1) + i * 60_000,
    });
  });
}

// Small pages keep role queries (accessible-name computation in jsdom is slow) quick.
function setup(records = many(), pageSize = 10) {
  const props = { onOpen: vi.fn(), onDelete: vi.fn(), onExport: vi.fn() };
  render(
    <VerificationsPanel
      records={records}
      sources={{}}
      initialPageSize={pageSize}
      initialView="flat"
      {...props}
    />,
  );
  return props;
}

const bodyRows = () => {
  const table = screen.getByRole('table', { name: 'Saved verifications' });
  return within(table).getAllByRole('row').slice(1);
};
const pager = (name: string) =>
  within(screen.getByRole('navigation', { name: 'Pages of records' })).getByRole('button', { name });
const firstCells = () => bodyRows().map((row) => within(row).getAllByRole('cell')[0]?.textContent);

describe('the saved-verifications table', () => {
  it('renders one page of rows, newest first, with labelled column headers', () => {
    setup(many(), 50);
    expect(bodyRows()).toHaveLength(50);
    expect(firstCells()[0]).toBe('quote 119');
    const headers = screen.getAllByRole('columnheader').map((h) => h.textContent?.trim());
    expect(headers).toEqual([
      'Quotation',
      'Verdict',
      'Document',
      'Page',
      'Article says',
      'Source says',
      'Article',
      'Checked ▼',
      'Actions',
    ]);
    expect(screen.getByRole('columnheader', { name: /Checked/ }).getAttribute('aria-sort')).toBe(
      'descending',
    );
    expect(screen.getByText('120 records')).toBeTruthy();
  });

  it('sorts by a column when its header is clicked, and reverses on a second click', () => {
    setup();
    fireEvent.click(screen.getByRole('button', { name: 'Quotation' }));
    expect(firstCells()[0]).toBe('quote 000');
    expect(screen.getByRole('columnheader', { name: /Quotation/ }).getAttribute('aria-sort')).toBe(
      'ascending',
    );
    expect(screen.getByRole('columnheader', { name: /Checked/ }).getAttribute('aria-sort')).toBe('none');
    fireEvent.click(screen.getByRole('button', { name: /Quotation/ }));
    expect(firstCells()[0]).toBe('quote 119');
    fireEvent.click(screen.getByRole('button', { name: 'Verdict' }));
    expect(within(bodyRows()[0] as HTMLElement).getByText('Verified')).toBeTruthy();
  });

  it('pages with Next, Previous, Last and the page size', () => {
    setup(many(115), 50);
    expect(screen.getByText(/Page 1 of 3 · 1–50 of 115 records/)).toBeTruthy();
    fireEvent.click(pager('Next'));
    expect(firstCells()[0]).toBe('quote 064');
    fireEvent.click(pager('Last'));
    expect(bodyRows()).toHaveLength(15);
    expect(pager('Next')).toHaveProperty('disabled', true);
    fireEvent.click(pager('Previous'));
    expect(screen.getByText(/Page 2 of 3 · 51–100 of 115/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Per page'), { target: { value: '25' } });
    expect(bodyRows()).toHaveLength(25);
    expect(screen.getByText(/Page 1 of 5/)).toBeTruthy();
  });

  it('filters by the search box once typing settles, and back to page 1', async () => {
    vi.useFakeTimers();
    try {
      setup(many(), 50);
      fireEvent.click(pager('Next'));
      fireEvent.input(screen.getByLabelText(/Search quotation/), { target: { value: 'special' } });
      // Not yet: the search waits for the typing to stop.
      expect(bodyRows()).toHaveLength(50);
      await act(async () => {
        await vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS + 10);
      });
      expect(firstCells()).toEqual(
        Array.from({ length: 12 }, (_, k) => `quote ${String(110 - k * 10).padStart(3, '0')}`),
      );
      expect(screen.getByText('12 of 120 records match')).toBeTruthy();
      expect(screen.getByText(/Page 1 of 1/)).toBeTruthy();
    } finally {
      vi.useRealTimers();
    }
  });

  it('filters by verdict and clears filters', () => {
    setup(many(), 50);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Altered' }));
    expect(bodyRows()).toHaveLength(20);
    expect(bodyRows().every((r) => r.getAttribute('data-status') === 'altered')).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Not found' }));
    expect(screen.getByText('40 of 120 records match')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(screen.getByText('120 records')).toBeTruthy();
  });

  it('filters by source, with records that have none', () => {
    const records = [
      makeRecord({ id: 1, quote: 'in report' }),
      makeRecord({
        id: 2,
        quote: 'nowhere',
        status: 'not-found',
        result: makeResult('not-found'),
        source: null,
      }),
    ];
    setup(records);
    fireEvent.change(screen.getByLabelText('Document'), { target: { value: '(none)' } });
    expect(firstCells()).toEqual(['nowhere']);
  });

  it('exports all, or only the filtered set, and opens and deletes a record', () => {
    const props = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Export all as JSON' }));
    expect(props.onExport).toHaveBeenLastCalledWith('json', expect.any(Array));
    expect(props.onExport.mock.lastCall?.[1]).toHaveLength(120);
    expect(screen.queryByRole('button', { name: /shown as CSV/ })).toBeNull();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Verified' }));
    fireEvent.click(screen.getByRole('button', { name: 'Export 20 shown as CSV' }));
    expect(props.onExport).toHaveBeenLastCalledWith('csv', expect.any(Array));
    const exported = props.onExport.mock.lastCall?.[1] as VerificationRecord[];
    expect(exported.map((r) => r.status)).toEqual(Array(20).fill('verified'));

    fireEvent.click(screen.getByRole('button', { name: /Open card for “quote 114”/ }));
    expect(props.onOpen.mock.lastCall?.[0]).toMatchObject({ id: 115 });
    fireEvent.click(screen.getByRole('button', { name: /Delete “quote 114”/ }));
    expect(props.onDelete.mock.lastCall?.[0]).toMatchObject({ id: 115 });
  });

  it('shows page text as text, and only http(s) URLs as links', () => {
    setup([
      makeRecord({
        id: 1,
        quote: '<img src=x onerror=alert(1)>',
        url: 'javascript:alert(1)',
        pageTitle: '<b>t</b>',
      }),
    ]);
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText('javascript:alert(1)')).toBeTruthy();
  });

  it('says so when there is nothing saved', () => {
    setup([]);
    expect(screen.getByText(/No saved verifications yet/)).toBeTruthy();
  });
});

describe('the read-only preview table', () => {
  it('has no actions and no sort buttons', async () => {
    const { VerificationTable } = await import('@/components/library/VerificationTable');
    render(<VerificationTable rows={many(3)} sources={{}} sort="date" dir="desc" />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Quotation',
      'Verdict',
      'Document',
      'Page',
      'Article says',
      'Source says',
      'Article',
      'Checked ▼',
    ]);
    expect(bodyRows()).toHaveLength(3);
  });
});
