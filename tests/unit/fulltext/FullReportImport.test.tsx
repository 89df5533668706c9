// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FullReportImport } from '@/components/library/FullReportImport';
import { bundledCorpus } from '@/data/corpus';
import type { RawPage } from '@/lib/fulltext/types';
import { seedCorpus } from '@/utils/corpus-store';
import { openDatabase, type VerbatimDB } from '@/utils/db';
import type { ExtractOptions } from '@/utils/fulltext/pdf-text';
import { completeReportPages, reportPages, toFormFeedText } from './documents';

let db: VerbatimDB;
let n = 0;
beforeEach(async () => {
  db = openDatabase(`fulltext-panel-${++n}`);
  await seedCorpus(db, bundledCorpus, { log: { error: vi.fn(), info: vi.fn() } });
});
afterEach(async () => {
  cleanup();
  await db.delete();
});

function pick(file: File) {
  const input = screen.getByLabelText(/Add the full report/) as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

const pdfFile = () =>
  new File([new Uint8Array([37, 80, 68, 70, 45, 49])], 'report.pdf', { type: 'application/pdf' });

describe('the "Add the full report" panel', () => {
  it('imports a text file, says what it did, and then describes the loaded full text', async () => {
    const notify = vi.fn(async () => undefined);
    render(<FullReportImport db={db} notify={notify} />);
    expect(screen.getByText(/Only excerpts of the report are loaded/)).toBeTruthy();
    pick(new File([toFormFeedText(completeReportPages())], 'report.txt', { type: 'text/plain' }));
    const status = await screen.findByText(
      /^Imported “report\.txt”: 93 pages, \d+ sentences\..* It is the complete report: the original of January 2021\./,
      {},
      { timeout: 5000 },
    );
    expect(status.getAttribute('role')).toBe('status');
    expect(notify).toHaveBeenCalledTimes(1);
    await screen.findByText(/^The full report is loaded: “report\.txt”/);
    expect(screen.getByLabelText(/Replace the full report/)).toBeTruthy();
  });

  it('keeps a file of a few pages as an excerpt and says so, never "the full report is loaded"', async () => {
    render(<FullReportImport db={db} notify={vi.fn(async () => undefined)} />);
    pick(new File([toFormFeedText(reportPages())], 'pages.txt', { type: 'text/plain' }));
    const status = await screen.findByText(/^Imported “pages\.txt”: 5 pages/, {}, { timeout: 5000 });
    expect(status.textContent).toContain(
      'It is not the whole report (which has 93 pages), so it is kept as an excerpt: quotations outside these pages read “not in the imported pages”.',
    );
    await screen.findByText(/^An excerpt of the report is loaded: “pages\.txt”, 5 pages of 93/);
    expect(screen.queryByText(/The full report is loaded/)).toBeNull();
  });

  it('shows page progress with a Cancel button that stops the import and stores nothing', async () => {
    let progress: ((done: number, total: number) => void) | undefined;
    let signal: AbortSignal | undefined;
    const extractPdf = vi.fn(
      (_data: Uint8Array, options: ExtractOptions) =>
        new Promise<RawPage[]>((_ok, fail) => {
          progress = options.onProgress;
          signal = options.signal;
          signal?.addEventListener('abort', () =>
            fail(Object.assign(new Error('aborted'), { code: 'cancelled' })),
          );
        }),
    );
    render(<FullReportImport db={db} extractPdf={extractPdf} notify={vi.fn()} />);
    pick(pdfFile());
    await waitFor(() => expect(extractPdf).toHaveBeenCalled());
    progress?.(3, 93);
    const bar = (await screen.findByLabelText('Import progress')) as HTMLProgressElement;
    await waitFor(() => expect(bar.getAttribute('value')).toBe('3'));
    expect(bar.getAttribute('max')).toBe('93');
    expect(screen.getByText('Extracting text: page 3 of 93')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(signal?.aborted).toBe(true);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Import cancelled: nothing was changed.');
    expect(screen.queryByLabelText('Import progress')).toBeNull();
    expect((await db.sources.toArray()).some((s) => s.fullTextOf)).toBe(false);
  });

  it('shows a refusal as an alert', async () => {
    render(<FullReportImport db={db} notify={vi.fn()} />);
    pick(new File(['nothing to see'], 'notes.txt', { type: 'text/plain' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^“notes\.txt” does not look like report 21-028: 0 of the 9 passages/);
  });
});
