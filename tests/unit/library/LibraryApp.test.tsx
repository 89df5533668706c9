// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibraryApp } from '@/components/library/LibraryApp';
import { bundledCorpus } from '@/data/corpus';
import { seedCorpus } from '@/utils/corpus-store';
import { openDatabase, type VerbatimDB } from '@/utils/db';
import { exportJson } from '@/utils/export/json';
import { makeRecord, makeResult } from './records';

let db: VerbatimDB;
let n = 0;
const quiet = { error: () => undefined, info: () => undefined };

beforeEach(async () => {
  db = openDatabase(`library-app-${n++}`);
  await seedCorpus(db, bundledCorpus, { log: quiet });
  await db.verifications.bulkAdd([
    makeRecord({
      id: 1,
      quote: 'It’s that simple',
      url: 'https://a.example/1',
      updatedAt: 3000,
      context: 'He said it',
    }),
    makeRecord({
      id: 2,
      quote: 'words nobody said',
      status: 'not-found',
      result: makeResult('not-found'),
      source: null,
      passageIds: [],
      url: 'https://b.example/2',
      updatedAt: 2000,
      note: 'follow up',
    }),
  ]);
  location.hash = '';
});
afterEach(async () => {
  cleanup();
  await db.delete();
});

/** The full flat table (the read-only preview of the newest rows can come first; articles are the default). */
const table = async () => {
  await screen.findByRole('button', { name: 'Export all as JSON' });
  fireEvent.click(screen.getByRole('radio', { name: 'All quotations' }));
  return screen.getByRole('table', { name: 'Saved verifications' });
};

describe('the library page', () => {
  it('deletes a record and Undo restores it exactly', async () => {
    render(<LibraryApp db={db} />);
    await table();
    const original = await db.verifications.get(2);
    fireEvent.click(screen.getByRole('button', { name: 'Delete “words nobody said”' }));
    await waitFor(() => expect(screen.queryByText('words nobody said')).toBeNull());
    expect(await db.verifications.get(2)).toBeUndefined();
    expect(screen.getByText(/Deleted “words nobody said”/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('words nobody said');
    expect(await db.verifications.get(2)).toStrictEqual(original);
  });

  it('opens a record’s card in a dialog and saves a note on it', async () => {
    render(<LibraryApp db={db} />);
    await table();
    const opener = screen.getByRole('button', { name: 'Open card for “It’s that simple”' });
    fireEvent.click(opener);
    const dialog = await screen.findByRole('dialog', { name: 'Saved verification' });
    expect(await within(dialog).findByRole('heading', { name: /Verified/ })).toBeTruthy();
    // The matched passage's own text, read from the corpus tables.
    const passage = bundledCorpus.passages.find((p) => p.id === 'r001');
    expect(within(dialog).getByLabelText('Source passage').textContent).toContain(passage?.text.slice(0, 40));
    fireEvent.input(within(dialog).getByLabelText('Your note'), { target: { value: 'check the memo' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save note' }));
    await within(dialog).findByText('Note saved.');
    expect((await db.verifications.get(1))?.note).toBe('check the memo');
    expect((await db.verifications.get(1))?.updatedAt).toBe(3000);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Open card for “It’s that simple”');
  });

  it('a corrupt import file gets a message and changes nothing; a valid one merges', async () => {
    render(<LibraryApp db={db} />);
    await table();
    const before = await db.verifications.toArray();
    const input = screen.getByLabelText('Import verifications (JSON export)');
    const good = exportJson([makeRecord({ id: 1, quote: 'brand new', url: 'https://c.example' })], 'v');
    const corrupt = new File([good.slice(0, 100)], 'export.json', { type: 'application/json' });
    fireEvent.change(input, { target: { files: [corrupt] } });
    expect((await screen.findByRole('alert')).textContent).toMatch(/not valid JSON.*Nothing was imported/);
    expect(await db.verifications.toArray()).toStrictEqual(before);

    fireEvent.change(input, { target: { files: [new File([good], 'export.json')] } });
    expect((await screen.findByText(/Imported 1 new record/)).textContent).toMatch(
      /updated 0 records, skipped 0/,
    );
    await screen.findByText('brand new');
    expect(await db.verifications.count()).toBe(3);
  });

  it('the corpus tab lists every passage, its coverage, and opens a passage card', async () => {
    render(<LibraryApp db={db} />);
    await table();
    fireEvent.click(screen.getByRole('tab', { name: 'Corpus' }));
    const total = bundledCorpus.passages.length;
    expect((await screen.findByTestId('corpus-total')).textContent).toBe(String(total));
    expect(screen.getByText(`${total} passages`)).toBeTruthy();
    const perSource = within(screen.getByRole('table', { name: 'Passages per source' }));
    const counted = perSource
      .getAllByRole('row')
      .slice(1)
      .reduce((sum, row) => sum + Number(row.querySelector('.num')?.textContent), 0);
    expect(counted).toBe(total);

    fireEvent.change(screen.getByLabelText('Evidence'), { target: { value: 'single-source' } });
    const single = bundledCorpus.passages.filter((p) => p.evidence.level === 'single-source').length;
    await screen.findByText(`${single} of ${total} passages match`);

    const first = bundledCorpus.passages.find((p) => p.evidence.level === 'single-source');
    fireEvent.click(screen.getByRole('button', { name: `Open card for passage ${first?.id}` }));
    const dialog = await screen.findByRole('dialog', { name: `Passage ${first?.id}` });
    expect(within(dialog).getByRole('heading', { name: /Verified/ })).toBeTruthy();
  });
});

describe('restoring deleted records', () => {
  it('skips a record the background saved again meanwhile, and restores the rest exactly', async () => {
    const { deleteRecords, restoreRecords } = await import('@/components/library/records-store');
    const all = await db.verifications.toArray();
    await deleteRecords(db, all);
    const again = makeRecord({ quote: 'It’s that simple', url: 'https://a.example/1', updatedAt: 9000 });
    const newId = await db.verifications.add(again);
    expect(await restoreRecords(db, all)).toBe(1);
    const rows = await db.verifications.toArray();
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.id === newId)?.updatedAt).toBe(9000);
    expect(rows.find((r) => r.id === 2)).toStrictEqual(all.find((r) => r.id === 2));
  });
});

describe('library tabs', () => {
  it('move with the arrow keys, Home and End, and keep one tab in the Tab order', async () => {
    render(<LibraryApp db={db} />);
    await table();
    const [saved, corpus] = screen.getAllByRole('tab');
    expect(saved?.getAttribute('aria-selected')).toBe('true');
    expect([saved?.tabIndex, corpus?.tabIndex]).toEqual([0, -1]);
    saved?.focus();
    fireEvent.keyDown(saved as HTMLElement, { key: 'ArrowRight' });
    expect(corpus?.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(corpus);
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe('tab-corpus');
    fireEvent.keyDown(corpus as HTMLElement, { key: 'Home' });
    expect(document.activeElement).toBe(saved);
    fireEvent.keyDown(saved as HTMLElement, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(corpus);
    expect(location.hash).toBe('#corpus');
  });
});
